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

/**
 * A slip of the keys away from a dictionary word: two letters swapped ("palce"), one left out
 * ("accomlish"), or, in a longer word, one too many ("happenned"). Not a letter changed: "blinken" is
 * a letter from "blinked", and a name.
 */
export function nearDictionaryWord(lower: string): boolean {
  if (!/^[a-z]+$/.test(lower)) return false;
  for (let i = 0; i + 1 < lower.length; i++) {
    if (inDictionary(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2))) return true;
  }
  for (let i = 0; i <= lower.length; i++) {
    for (const c of "abcdefghijklmnopqrstuvwxyz") if (inDictionary(lower.slice(0, i) + c + lower.slice(i))) return true;
  }
  if (lower.length >= 6) {
    for (let i = 0; i < lower.length; i++) if (inDictionary(lower.slice(0, i) + lower.slice(i + 1))) return true;
  }
  return false;
}
