// Fixed phrases that link a sentence to the one before ("on the other hand", "as a result"): the
// noun inside them ("hand", "result") is no thing the sentence speaks of, so it never answers a
// question. Rows of data, each with a made-up sentence that uses the phrase so.
import type { TaggedTerm } from "./tag-sentence.ts";

export interface DiscourseRow {
  /** The phrase as written, in lower case. */
  readonly phrase: string;
  /** A made-up sentence in which the phrase links, and its noun names nothing. */
  readonly example: string;
}

export const DISCOURSE_PHRASES: readonly DiscourseRow[] = [
  { phrase: "on the other hand", example: "On the other hand, the ferry company lost money." },
  { phrase: "on the one hand", example: "On the one hand the port grew quickly." },
  { phrase: "as a result", example: "As a result the harbour trustees sold the quay." },
  { phrase: "in addition", example: "In addition, the mill built a school." },
  { phrase: "in fact", example: "In fact the guild had no members left." },
  { phrase: "for example", example: "For example, the museum keeps a woven map." },
  { phrase: "for instance", example: "For instance the town council met twice." },
  { phrase: "in other words", example: "In other words, the union accepted the offer." },
  { phrase: "by the way", example: "By the way, the captain never returned." },
  { phrase: "in any case", example: "In any case the dockers went back to work." },
  { phrase: "on the contrary", example: "On the contrary, the river rose again." },
  { phrase: "as a whole", example: "The region as a whole lost a tenth of its people." },
  { phrase: "in particular", example: "The guild in particular opposed the tax." },
  { phrase: "of course", example: "Of course the mayor denied it." },
];

const PHRASE_WORDS = DISCOURSE_PHRASES.map((r) => r.phrase.split(" "));

/**
 * For each word of the sentence, whether it stands inside such a phrase. ("In fact of law …" is
 * no such phrase: one followed by "of" is a plain noun phrase.)
 */
export function insideDiscoursePhrase(terms: readonly TaggedTerm[]): boolean[] {
  const inside = terms.map(() => false);
  for (const words of PHRASE_WORDS)
    for (let i = 0; i + words.length <= terms.length; i++) {
      if (!phraseAt(terms, i, words)) continue;
      if (terms[i + words.length]?.lower === "of") continue;
      for (let k = 0; k < words.length; k++) inside[i + k] = true;
    }
  return inside;
}

/**
 * Whether the words stand in `terms` from `i` on. (A loop, not `words.every(…)`: a closure made
 * for every phrase at every word was a third of all an ask allocated on a small article.)
 */
function phraseAt(terms: readonly TaggedTerm[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (terms[i + k]!.lower !== words[k]) return false;
  return true;
}
