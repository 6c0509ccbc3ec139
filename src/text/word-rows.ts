// Word lists as rows of data. Each row is a plain word with a made-up sentence that uses it, and
// the search keys are built from the words with termKey(): a list of typed stems ("recentli",
// "born") stops matching without a sound when the stemmer or a synonym group changes, a list of
// words cannot. One test (test/engine/rule-tables.test.ts) runs every row's example.
import { termKey } from "./tokens.ts";

export interface WordRow {
  /** The word as it is written in a sentence ("recently", "born"), never a stem or key. */
  readonly word: string;
  /** A made-up sentence or question in which the rule reading this word must fire. */
  readonly example: string;
}

/** The search keys of the rows' words. */
export function keysOf(rows: readonly WordRow[]): ReadonlySet<string> {
  return new Set(rows.map((r) => termKey(r.word)));
}

/** A phrase rule: a regular-expression fragment, with a made-up sentence it must fire on. */
export interface PhraseRow {
  readonly pattern: string;
  readonly example: string;
}

/** One case-insensitive pattern that finds any row's phrase as whole words. */
export function phrasesPattern(rows: readonly PhraseRow[]): RegExp {
  return new RegExp(`\\b(?:${rows.map((r) => r.pattern).join("|")})\\b`, "i");
}
