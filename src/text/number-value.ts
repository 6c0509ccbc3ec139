// A figure written as a word or in digits, read as a number: "224", "2,000", "twenty-nine",
// "seven". Shared by the rules that compare the question's figures with the article's.
import { NUMBER_WORDS } from "./words.ts";

/** The value of one word that is a count ("2,000", "twenty-nine", "seven"); not a year ("in 2019"). */
export function numberValue(lower: string): number | undefined {
  if (/^\d[\d,]*(\.\d+)?$/.test(lower)) {
    // A year is not a count ("in 2019").
    if (/^(1[5-9]|20)\d\d$/.test(lower)) return undefined;
    return Number(lower.replace(/,/g, ""));
  }
  // "twenty-nine": tens and units joined by a hyphen.
  const [tens, units] = lower.split("-");
  if (units !== undefined) {
    const [a, b] = [NUMBER_WORDS[tens!], NUMBER_WORDS[units]];
    return a !== undefined && b !== undefined && a >= 20 && a <= 90 && a % 10 === 0 && b >= 1 && b <= 9
      ? a + b
      : undefined;
  }
  const word = NUMBER_WORDS[lower];
  return word !== undefined && Number.isInteger(word) && !/^(both|single|several|couple|twice)$/.test(lower)
    ? word
    : undefined;
}

/** Ordinal words in order: "first" is 1, "tenth" is 10. */
export const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
];

/** The place an ordinal word gives: "third" → 3; undefined for any other word. */
export function ordinalValue(lower: string): number | undefined {
  const place = ORDINAL_WORDS.indexOf(lower);
  return place >= 0 ? place + 1 : undefined;
}
