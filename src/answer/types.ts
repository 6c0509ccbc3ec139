// The engine's public shapes. Nothing here knows about Discord or the terminal.
import type { Sentence } from "../knowledge/article.ts";
import type { QuestionKind } from "../question/analyse-question.ts";

// Re-exported so the front ends (cli, discord) take every public shape of ask() from one place.
export type { Fact, FactKind } from "../facts/fact.ts";
export type { QuestionKind } from "../question/analyse-question.ts";

/** A sentence quoted verbatim, with where it stands. */
export interface Quote {
  text: string;
  article: string;
  paragraph: number;
  sentence: number;
  part: Sentence["part"];
  /** "paragraph 2, sentence 1", or "headline". */
  location: string;
}

/**
 * What kind of reply this is, chosen by how sure the engine is:
 * - "answer": a short direct answer the engine is confident of, with the sentence that says it quoted first;
 * - "passage": the quoted sentence is where the article answers, but no short phrase is certain ("The article says: …");
 * - "declined": the article doesn't say; `quotes` is empty and `related` holds the closest passages.
 */
export type Outcome = "answer" | "passage" | "declined";

/** Where a question was asked: the previous question of the same conversation, for follow-ups ("and the mayor?"). */
export interface AskContext {
  /** The previous question of this conversation (same user and channel, a few minutes old at most). */
  previous?: string;
  /** The short answer given to it, so that "who else?" never gives the same one again. */
  previousAnswer?: string;
}

export interface Answer {
  question: string;
  outcome: Outcome;
  /** outcome !== "declined". */
  answered: boolean;
  kind: QuestionKind;
  /** The short direct answer; when declined, a plain "The article doesn't say …". */
  answer: string;
  /** Sentences that support the answer, the first being the one that says it. Empty when declined. */
  quotes: Quote[];
  /** When declined: the closest passages, offered as related reading, never as the answer. */
  related: Quote[];
  /** Who the article says the claim comes from ("according to Dunmeran sources"), when it says. */
  attribution?: string;
  /** When declined: up to three questions close to this one that the engine can answer. */
  suggestions?: string[];
  /** The question as the engine read it, when that differs from what was typed (a follow-up, chat spelling). */
  readAs?: string;
  /** Milliseconds the engine took. */
  ms: number;
}

/** What an answering step returns; answerQuestion adds the question, its kind, the time, and the outcome when unset. */
export type Reply = Omit<Answer, "question" | "kind" | "ms" | "outcome"> & { outcome?: Outcome };
