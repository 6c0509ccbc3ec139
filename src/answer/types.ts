// The engine's public shapes. Nothing here knows about Discord or the terminal.
import type { Sentence } from "../knowledge/article.ts";

export type QuestionKind =
  | "who"
  | "what"
  | "how-many"
  | "how-much"
  | "when"
  | "where"
  | "why"
  | "how"
  | "yes-no"
  | "describe";

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

export interface Answer {
  question: string;
  answered: boolean;
  kind: QuestionKind;
  /** The short direct answer; when declined, a plain "The article doesn't say …". */
  answer: string;
  /** Sentences that support the answer, the first being the one that says it. Empty when declined. */
  quotes: Quote[];
  /** When declined: the closest passages, offered as related reading, never as the answer. */
  related: Quote[];
  /** Who the article says the claim comes from ("according to Israeli sources"), when it says. */
  attribution?: string;
  /** Milliseconds the engine took. */
  ms: number;
}

export type FactKind = "meta" | "entity" | "role" | "number" | "place" | "date" | "relation" | "attribution";

/** One thing the article states, extracted by general rules from one sentence. */
export interface Fact {
  kind: FactKind;
  /** Who or what the fact is about. */
  subject: string;
  /** The verb or relation ("visited", "is", "counts", "says"). */
  predicate: string;
  /** What it relates the subject to: a role, a count, a place, an object. */
  object: string;
  /** Who the article attributes the fact to, when it does. */
  attribution?: string;
  /** Id of the sentence the fact comes from. */
  sentence: number;
}
