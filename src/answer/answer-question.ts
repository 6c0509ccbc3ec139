// Answers one question: analyse it, rank the sentences (rank-sentences.ts), check that the best one
// really answers it (evidence.ts), and give the short answer of the right type found inside it
// (choose-span.ts), quoted. When nothing in the article supports an answer of the asked type,
// decline and offer related passages.
import type { Sentence } from "../knowledge/article.ts";
import { analyseQuestion, type AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex, QueryTerm } from "../search/knowledge-index.ts";
import { findAttribution, flagsUnverified } from "../analysis/attribution.ts";
import type { Span } from "./choose-span.ts";
import { answerAboutArticle } from "./meta-answers.ts";
import { decline } from "./decline.ts";
import { describeSubject, holderOfRole } from "./describe.ts";
import { answerYesNo } from "./yes-no.ts";
import { toQuote } from "./quote.ts";
import type { Answer, AskContext, Reply } from "./types.ts";
import { evidenceProblem, REFERS_BACK } from "./evidence.ts";
import { emphasis, rankSentences, termWeights, type ScoredSentence } from "./rank-sentences.ts";

/** Share of the question's (rarity-weighted) words a sentence must hold to be taken as the answer. */
export const MIN_COVERAGE = 0.4;

export function answerQuestion(index: KnowledgeIndex, raw: string, _context?: AskContext): Answer {
  const started = performance.now();
  const q = analyseQuestion(raw);
  const result = answer(index, q);
  const outcome = result.outcome ?? (result.answered ? "answer" : "declined");
  return {
    question: q.text,
    kind: q.kind,
    ...result,
    outcome,
    ms: Math.round((performance.now() - started) * 1000) / 1000,
  };
}

type Result = Reply;

function answer(index: KnowledgeIndex, q: AnalysedQuestion): Result {
  if (!q.text) return decline("Ask me a question about the article, for example “who visited the capital?”.", []);
  const about = answerAboutArticle(index, q);
  if (about) return about;
  if (!q.terms.length) return decline("I need a few words about what you want to know.", []);

  const terms = index.queryTerms(q.terms);
  const weights = termWeights(terms);
  const related = () =>
    index
      .rank(terms, emphasis(terms))
      .slice(0, 2)
      .map((h) => toQuote(h.sentence));

  // A name the articles never mention ("Carrowby", "Velt") means they cannot answer it.
  const unknownName = terms.find((t) => t.isName && !t.known);
  const asWritten = (t: QueryTerm) => q.tokens.find((k) => k.lower === t.lower)?.text ?? t.lower;
  if (unknownName) return decline(`The article doesn't mention “${asWritten(unknownName)}”.`, related());
  // The action asked about ("what did the mayor eat?") must be one the article speaks of.
  const verb = q.askedVerb ? terms.find((t) => t.lower === q.askedVerb) : undefined;
  if (verb && !verb.known) return decline(`The article doesn't say anything about “${asWritten(verb)}”.`, related());

  if (q.answerType === "description") {
    const described = describeSubject(index, q, terms);
    if (described) return described;
  }
  // "Who is the president of the region?", "Who is Dunmere's chief negotiator?": someone the article
  // gives that role, in an apposition or a title.
  if (q.answerType === "person" && /^who (is|was|are|were) (the\b|\S+['’]s\b)/i.test(q.text)) {
    const holder = holderOfRole(index, terms);
    if (holder) return holder;
  }
  const ranked = rankSentences(index, q, terms, weights);
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) return decline("The article doesn't say.", related());
  const problem = evidenceProblem(index, q, terms, best, asWritten);
  if (problem)
    return decline(
      problem,
      ranked.slice(0, 2).map((r) => toQuote(r.sentence)),
    );
  if (q.answerType === "yes-no") return answerYesNo(best, terms, q.askedVerb);
  return answerFrom(index, q, best, best.span!); // evidenceProblem has checked there is a span
}

/** The short answer, its quotes, and who the article says it comes from. */
function answerFrom(index: KnowledgeIndex, q: AnalysedQuestion, best: ScoredSentence, span: Span): Result {
  const attribution = findAttribution(best.sentence.text) ?? attributionFromContext(index, best.sentence);
  const next = index.next(best.sentence);
  // "The authenticity of this claim is yet to be verified" speaks of the sentence before it; an
  // unverified figure about something else in the next sentence does not.
  const flaggedNext = next !== undefined && flagsUnverified(next.text) && REFERS_BACK.test(next.text);
  const unverified = flaggedNext || flagsUnverified(best.sentence.text);
  const quotes = [toQuote(best.sentence), ...(flaggedNext ? [toQuote(next)] : [])];
  // "against the raiders" → "the raiders": the preposition belongs to the sentence, not the answer.
  let text =
    q.answerType === "date"
      ? span.text
      : span.text.replace(/^(against|with|by|for|from|to|into|of|about|on|in|at(?!\s+(?:least|most)\b))\s+(?=\S)/i, "");
  if (attribution && (q.answerType === "number" || /claim|alleg/i.test(attribution)))
    text += `, ${attribution.replace(/^The\b/, "the")}`;
  if (unverified) text += " (not yet verified)";
  return { answered: true, answer: text, quotes, related: [], ...(attribution ? { attribution } : {}) };
}

function attributionFromContext(index: KnowledgeIndex, s: Sentence): string | undefined {
  const prev = index.previous(s);
  return prev && /^(this|that|these|the claim|the report)\b/i.test(s.text) ? findAttribution(prev.text) : undefined;
}
