// A phrase cut out of a sentence must not start or end inside a word: "a two" taken from
// "a two-state plan" is not what the sentence says. Hyphens and apostrophes join a word's parts.
const WORD_PART = /[\p{L}\p{N}]/u;
const JOINER = /[-'’]/;

/** Widens `phrase`, found in `sentence`, to whole words; the phrase itself when it is not found. */
export function wholeWords(sentence: string, phrase: string): string {
  const at = sentence.indexOf(phrase);
  if (at < 0 || !phrase) return phrase;
  let start = at;
  let end = at + phrase.length;
  const inWord = (i: number) =>
    WORD_PART.test(sentence[i] ?? "") ||
    (JOINER.test(sentence[i] ?? "") && WORD_PART.test(sentence[i - 1] ?? "") && WORD_PART.test(sentence[i + 1] ?? ""));
  while (start > 0 && inWord(start - 1) && inWord(start)) start--;
  while (end < sentence.length && inWord(end) && inWord(end - 1)) end++;
  return sentence.slice(start, end);
}
