// A sentence ranked for a question: its own module so that evidence.ts, which rank-sentences.ts
// imports, can take the shape without importing rank-sentences.ts back.
import type { Sentence } from "../knowledge/article.ts";
import type { Span } from "./choose-span.ts";
import type { RankFeature } from "./params.ts";

export interface ScoredSentence {
  sentence: Sentence;
  coverage: number;
  score: number;
  span: Span | null;
  /** The rank features the score is made of (see params.ts). */
  features: Record<RankFeature, number>;
}
