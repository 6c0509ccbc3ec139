// Phrases that set a second figure or group against the sentence's own ("41 died, compared with 63
// in the control group"; "sales rose to 90, up from 70 a year earlier"): what stands after one
// belongs to the words after it, not to the clause before. Rows of data, each with a made-up
// sentence, a figure inside the contrast and one outside it. (Not "whereas" or "while": those open
// a clause of their own, with its own verb, for the clause rules.)
import { endsClause, type TaggedTerm } from "./tag-sentence.ts";

export interface ContrastRow {
  /** The phrase as written, in lower case. */
  readonly phrase: string;
  /** A made-up sentence that uses it so. */
  readonly example: string;
  /** A word of the example that stands inside the contrast, and one that stands outside it. */
  readonly inside: string;
  readonly outside: string;
}

export const CONTRAST_PHRASES: readonly ContrastRow[] = [
  {
    phrase: "compared with",
    example: "Among treated cows, 12 fell ill, compared with 30 in the untreated herd.",
    inside: "30",
    outside: "12",
  },
  {
    phrase: "compared to",
    example: "The ferry carried 900 people, compared to 400 on the old boat.",
    inside: "400",
    outside: "900",
  },
  {
    phrase: "up from",
    example: "Profits rose to 90 million, up from 70 million last year.",
    inside: "70",
    outside: "90",
  },
  { phrase: "down from", example: "The herd fell to 200 head, down from 350 in 2019.", inside: "350", outside: "200" },
  { phrase: "as against", example: "The guild won 14 seats, as against 9 for the union.", inside: "9", outside: "14" },
  { phrase: "versus", example: "Trains ran late 8% of the time versus 15% for buses.", inside: "15%", outside: "8%" },
];

const PHRASE_WORDS = CONTRAST_PHRASES.map((r) => r.phrase.split(" "));

/**
 * For each word of the sentence, whether it stands in a contrast: from the phrase to the end of
 * its clause (the next comma, or the sentence's end).
 */
export function insideContrast(terms: readonly TaggedTerm[]): boolean[] {
  const inside = terms.map(() => false);
  for (const words of PHRASE_WORDS)
    for (let i = 0; i + words.length <= terms.length; i++) {
      if (!words.every((w, k) => terms[i + k]!.lower === w)) continue;
      for (let k = i; k < terms.length; k++) {
        inside[k] = true;
        if (k >= i + words.length - 1 && endsClause(terms[k]!)) break;
      }
    }
  return inside;
}
