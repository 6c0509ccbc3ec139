// The one entry point every front end uses: load the knowledge, then ask.
import type { Article } from "../knowledge/article.ts";
import { loadKnowledge, type KnowledgeProblem, type LoadedKnowledge } from "../knowledge/load-knowledge.ts";
import { KnowledgeIndex } from "../search/knowledge-index.ts";
import { type AnswerTrace, answerQuestion } from "./answer-question.ts";
import { suggestionsFor, suggestQuestions } from "./suggest-questions.ts";
import { asksForAnotherAnswer } from "../question/follow-up.ts";
import { loadOrExtractFacts } from "../facts/facts-file.ts";
import type { Answer, AskContext, Fact, Quote } from "./types.ts";
import { toQuote } from "./quote.ts";
import { tagSentence } from "../text/tag-sentence.ts";

const PRETAG_LIMIT = 500;
/** Longest stretch of background tagging before other work (a Discord event, a keystroke) gets a turn. */
const IDLE_SLICE_MS = 10;

export interface Engine {
  readonly articles: readonly Article[];
  /** Files in the knowledge folder that could not be used, each with the reason. */
  readonly problems: readonly KnowledgeProblem[];
  /**
   * Answers a question about the loaded articles. Never throws on any string. With the previous
   * question of the conversation in `context`, a follow-up ("and the mayor?", "why?") is read against it.
   */
  ask(question: string, context?: AskContext): Answer;
  /**
   * What the answer to a question was decided from: the ranked sentences, the short answer found,
   * the checks' findings and the confidence of each. For tests and for finding out why.
   */
  explain(question: string): AnswerTrace;
  /** Extracted facts, optionally those about a topic (typo-tolerant). */
  facts(topic?: string): Fact[];
  /** The passages that best match a query, verbatim, best first. */
  search(query: string, limit?: number): Quote[];
  /** Answerable questions ranked by how well they fit what has been typed (for autocomplete). */
  suggest(typed: string, limit?: number): string[];
  /**
   * Whether a question now gets steady-state speed: facts read and any background tagging done.
   * Until then one ask can take long (seconds on a large folder built without `eager`), so a front
   * end with a deadline, like Discord's 3 s, acknowledges first.
   */
  isWarm(): boolean;
}

export interface EngineOptions {
  /** Read `<article>.facts.json` when it matches the article (default true). */
  useFactsFiles?: boolean;
  /**
   * Extract every article's facts while building, whatever the size, instead of on the first question
   * that needs them. Long-running front ends want this: on a 20,000-sentence folder with no facts files
   * that first question would otherwise block for seconds, past Discord's 3 s reply window.
   */
  eager?: boolean;
  /** Where each article's facts come from (default: its facts file, or extraction); lets a caller cache them. */
  factsOf?: (article: Article) => Fact[];
}

export function createEngine(knowledge: LoadedKnowledge, options: EngineOptions = {}): Engine {
  let articlesWithFacts = 0;
  const factsOf =
    options.factsOf ?? ((a: Article) => loadOrExtractFacts(knowledge.dir, a, options.useFactsFiles ?? true));
  const index = new KnowledgeIndex(knowledge.articles, (a) => {
    const facts = factsOf(a);
    articlesWithFacts++;
    return facts;
  });
  let tagged = index.size > PRETAG_LIMIT; // a large folder is tagged as questions need it, never ahead
  // Tagging is the slow step of answering and of fact extraction (compromise takes 2-3 ms a
  // sentence). A small knowledge base is tagged and its facts read in the background, so the engine
  // is ready at once and, by the time someone has typed a question, so is everything else; a
  // question asked sooner does what it needs itself. A large one waits for first need, unless built
  // eagerly: then its facts are read now, since a first question would wait seconds for them.
  if (index.size <= PRETAG_LIMIT) warmUpWhenIdle(index, () => (tagged = true));
  else if (options.eager) void index.facts;
  return {
    articles: knowledge.articles,
    problems: knowledge.problems,
    ask: (question, context) =>
      withSuggestions(index, notTheSameAgain(answerQuestion(index, question, context), question, context)),
    explain: (question) => {
      const trace: AnswerTrace = {};
      answerQuestion(index, question, undefined, { trace });
      return trace;
    },
    facts: (topic) => index.findFacts(topic),
    search: (query, limit = 3) => index.searchSentences(query, limit).map((hit) => toQuote(hit.sentence)),
    suggest: (typed, limit = 25) => suggestQuestions(index, typed, limit),
    isWarm: () => tagged && articlesWithFacts === knowledge.articles.length,
  };
}

/**
 * "who else?" asks again the previous question; when the article gives the same answer, it names
 * no one else, and saying that one again as someone else would mislead.
 */
function notTheSameAgain(answer: Answer, question: string, context: AskContext | undefined): Answer {
  const before = context?.previousAnswer?.trim().toLowerCase();
  if (!before || answer.outcome !== "answer" || !asksForAnotherAnswer(question)) return answer;
  if (answer.answer.trim().toLowerCase() !== before) return answer;
  return {
    ...answer,
    outcome: "declined",
    answered: false,
    answer: "The article doesn't say: it names no other answer than the one already given.",
    quotes: [],
    related: answer.quotes,
  };
}

/** A decline offers up to three questions close to it that the engine does answer. */
function withSuggestions(index: KnowledgeIndex, answer: Answer): Answer {
  if (answer.outcome !== "declined") return answer;
  const suggestions = suggestionsFor(index, answer.readAs ?? answer.question, 3);
  return suggestions.length ? { ...answer, suggestions } : answer;
}

/**
 * Tags every sentence a few milliseconds' worth at a time, between other work, then reads the facts
 * (quick by then: extraction reuses the tags). Never keeps the process alive.
 */
function warmUpWhenIdle(index: KnowledgeIndex, done: () => void): void {
  const texts = index.sentences.map((s) => s.text);
  let next = 0;
  const step = () => {
    const until = performance.now() + IDLE_SLICE_MS;
    while (next < texts.length && performance.now() < until) tagSentence(texts[next++]!);
    if (next < texts.length) setImmediate(step).unref();
    else {
      void index.facts;
      done();
      // Then the answerable questions a decline suggests, so the first decline need not build them.
      setImmediate(() => suggestQuestions(index, "", 0)).unref();
    }
  };
  setImmediate(step).unref();
}

/** Loads the knowledge folder and builds the engine. Throws KnowledgeError when the folder is missing. */
export function loadEngine(dir: string, options: EngineOptions = {}): Engine {
  return createEngine(loadKnowledge(dir), options);
}
