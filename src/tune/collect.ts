// Runs the engine in-process over SQuAD-format articles and records, per question, what the
// decision is made from: every candidate sentence's rank features with whether it holds a gold
// answer, and the best sentence's confidence features with whether its quote and its short answer
// are right. The tuner fits on these records instead of re-running the engine for every trial.
import { type AnswerTrace, answerQuestion } from "../answer/answer-question.ts";
import type { AnswerParams, ConfidenceFeature, RankFeature } from "../answer/params.ts";
import type { Outcome } from "../answer/types.ts";
import { loadOrExtractFacts } from "../facts/facts-file.ts";
import { loadKnowledge } from "../knowledge/load-knowledge.ts";
import { KnowledgeIndex } from "../search/knowledge-index.ts";
import { bestF1, holdsGold, type SquadArticle, withArticleDir } from "./squad.ts";

export interface QuestionRecord {
  set: string;
  question: string;
  article: string;
  paragraph: number;
  impossible: boolean;
  /** The reply as the engine gave it with the params it ran with. */
  outcome: Outcome;
  f1: number;
  quoteRight: boolean;
  /** Set when the reply came from the thresholds (not from an earlier rule): what they decide from. */
  decidable?: {
    confidence: Record<ConfidenceFeature, number>;
    /** The best sentence holds a gold answer. */
    quoteRight: boolean;
    /** F1 of the short answer it would give. */
    spanF1: number;
    /** The evidence checks found a problem (the engine declines whatever the models say). */
    problem: boolean;
    noSpan: boolean;
    /** The short answer fills the question's statement slot: answered whatever the span model says. */
    fillsSlot: boolean;
    /** The asked action is no word of the articles: a passage at or above the `verbAbsent` threshold. */
    verbAbsent: boolean;
  };
  /** Every candidate sentence's rank features and whether it holds a gold answer. */
  candidates?: { features: Record<RankFeature, number>; gold: boolean }[];
}

/** A question with its grading: whether a quote holds the answer, and how good a short answer is (F1, or 0/1). */
export interface GradedQuestion {
  question: string;
  impossible: boolean;
  /** Questions of one paragraph (SQuAD) or one number (other sets) stay on one side of the split. */
  paragraph: number;
  quoteHolds(sentence: string): boolean;
  answerScore(answer: string, sentence: string): number;
}

/**
 * `tagAll` tags every candidate sentence, as fitting the rank weights needs; without it the engine
 * runs as in production (only the best few by the cheap features are tagged), so that the
 * confidence features the thresholds are fitted on are the ones the bot will see.
 */
export function collect(
  set: string,
  articles: readonly SquadArticle[],
  params: AnswerParams,
  tagAll = false,
): QuestionRecord[] {
  return articles.flatMap((article) =>
    withArticleDir(article, (dir) =>
      collectFrom(
        set,
        article.title,
        dir,
        article.questions.map((item) => ({
          question: item.question,
          impossible: item.impossible,
          paragraph: item.paragraph,
          quoteHolds: (sentence) => holdsGold(sentence, item.golds),
          answerScore: (answer) => bestF1(answer, item.golds),
        })),
        params,
        tagAll,
      ),
    ),
  );
}

/** Asks every question of a knowledge folder and records what the decision is made from. */
export function collectFrom(
  set: string,
  article: string,
  dir: string,
  items: readonly GradedQuestion[],
  params: AnswerParams,
  tagAll = false,
): QuestionRecord[] {
  const knowledge = loadKnowledge(dir);
  const index = new KnowledgeIndex(knowledge.articles, (a) => loadOrExtractFacts(dir, a, false));
  return items.map((item) => {
    const trace: AnswerTrace = {};
    const reply = answerQuestion(index, item.question, undefined, { params, tagAll, trace });
    const firstQuote = reply.quotes[0]?.text ?? "";
    const record: QuestionRecord = {
      set,
      question: item.question,
      article,
      paragraph: item.paragraph,
      impossible: item.impossible,
      outcome: reply.outcome,
      f1: reply.outcome === "answer" && !item.impossible ? item.answerScore(reply.answer, firstQuote) : 0,
      quoteRight: !item.impossible && reply.outcome !== "declined" && item.quoteHolds(firstQuote),
    };
    const best = trace.ranked?.[0];
    if (trace.confidence && best) {
      record.decidable = {
        confidence: trace.confidence,
        quoteRight: !item.impossible && item.quoteHolds(best.sentence.text),
        spanF1: item.impossible || !trace.span ? 0 : item.answerScore(trace.span, best.sentence.text),
        problem: trace.problem !== undefined,
        noSpan: trace.spanProblem !== undefined,
        fillsSlot: trace.fillsSlot === true,
        verbAbsent: trace.verbAbsent === true,
      };
    }
    if (trace.ranked && !item.impossible)
      record.candidates = trace.ranked.map((r) => ({ features: r.features, gold: item.quoteHolds(r.sentence.text) }));
    return record;
  });
}

export interface Figures {
  questions: number;
  answerable: number;
  answered: number;
  quoteAt1: number;
  f1: number;
  direct: number;
  harmful: number;
  declinedUnanswerable: number;
}

/** squad-eval.mjs's figures, in percent, from records and (optionally) outcomes decided anew. */
export function figures(records: readonly QuestionRecord[], decide?: (r: QuestionRecord) => Outcome): Figures {
  let answerable = 0;
  let answered = 0;
  let quote = 0;
  let f1 = 0;
  let direct = 0;
  let harmful = 0;
  let unanswerable = 0;
  let declinedU = 0;
  for (const r of records) {
    const outcome = decide ? decide(r) : r.outcome;
    const redecided = decide && r.decidable && outcome !== r.outcome;
    const quoteRight = redecided ? outcome !== "declined" && r.decidable!.quoteRight : r.quoteRight;
    const answerF1 = redecided ? (outcome === "answer" ? r.decidable!.spanF1 : 0) : r.f1;
    if (r.impossible) {
      unanswerable++;
      if (outcome === "declined") declinedU++;
      else harmful++;
      continue;
    }
    answerable++;
    if (outcome !== "declined") answered++;
    if (quoteRight) quote++;
    if (outcome === "answer") {
      direct++;
      f1 += answerF1;
      if (answerF1 < 0.4) harmful++;
    } else {
      if (outcome === "passage" && !quoteRight) harmful++;
    }
  }
  const pct = (a: number, b: number) => (b ? (100 * a) / b : 0);
  return {
    questions: records.length,
    answerable,
    answered: pct(answered, answerable),
    quoteAt1: pct(quote, answerable),
    f1: pct(f1, answerable),
    direct: pct(direct, answerable),
    harmful: pct(harmful, records.length),
    declinedUnanswerable: pct(declinedU, unanswerable),
  };
}
