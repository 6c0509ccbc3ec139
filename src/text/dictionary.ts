// A dictionary of the language (SCOWL, via the word-list package: 274,000 lower-case words, no names of
// people or places of its own). Compromise's lexicon holds some 14,000 words, so "company", "rail"
// or "moon" are unknown to it; the dictionary tells the engine that they are ordinary words even
// when an article only writes them inside a name ("the Harbour Company").
import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let words: string | undefined;

/**
 * True when the dictionary lists the word. The list is kept as the file's text (2.7 MB, one string)
 * and searched by bisection, which costs far less memory than a set of 274,000 strings.
 */
export function inDictionary(lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return false;
  words ??= `\n${readFileSync(wordListPath, "utf8").trim()}\n`;
  let lo = 0;
  let hi = words.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = words.lastIndexOf("\n", mid) + 1;
    const end = words.indexOf("\n", start);
    if (end < 0) return false;
    const word = words.slice(start, end);
    if (word === lower) return true;
    if (word < lower) lo = end;
    else hi = start - 1;
  }
  return false;
}
