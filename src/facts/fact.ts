// What the fact extractor produces: the facts layer owns this shape; search indexes it, answers use it.
/** Every kind of fact, listed once so a saved facts file can be checked against it. */
export const FACT_KINDS = ["meta", "entity", "role", "number", "place", "date", "relation", "attribution"] as const;
export type FactKind = (typeof FACT_KINDS)[number];

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
