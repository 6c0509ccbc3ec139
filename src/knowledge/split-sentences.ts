// Splits a paragraph into sentences without changing a character of them.
// A full stop ends a sentence unless it belongs to an abbreviation, an initial or a number.

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "ft",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cmdr",
  "adm",
  "gov",
  "sen",
  "rep",
  "pres",
  "rev",
  "hon",
  "messrs",
  "mme",
  "mlle",
  "inc",
  "ltd",
  "co",
  "corp",
  "dept",
  "univ",
  "assn",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vol",
  "vols",
  "pp",
  "p",
  "fig",
  "figs",
  "ch",
  "art",
  "sec",
  "ed",
  "eds",
  "approx",
  "est",
  "ca",
  "cf",
  "vs",
  "etc",
  "al",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "d.c",
  "b.c",
  "a.d",
]);
// Abbreviations that may end a sentence when the next word is capitalised ("... in the U.S. The ...").
const SENTENCE_FINAL_ABBREVIATIONS = new Set([
  "etc",
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "d.c",
  "a.m",
  "p.m",
  "inc",
  "ltd",
  "co",
  "corp",
  "al",
]);

const CLOSERS = `"'”’»)]}`;
const OPENERS = `"'“‘«([{`;

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

/** Returns the sentences of `paragraph` with their offsets; text is sliced verbatim. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = skipSpace(paragraph, 0);
  let i = start;
  while (i < paragraph.length) {
    const ch = paragraph[i]!;
    if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let end = i + 1;
      while (end < paragraph.length && ".!?…".includes(paragraph[end]!)) end++;
      while (end < paragraph.length && CLOSERS.includes(paragraph[end]!)) end++;
      const next = skipSpace(paragraph, end);
      if (next > end && next < paragraph.length && isBoundary(paragraph, start, i, next)) {
        pushTrimmed(out, paragraph, start, end);
        start = next;
      }
      i = end;
      continue;
    }
    i++;
  }
  if (start < paragraph.length) pushTrimmed(out, paragraph, start, paragraph.length);
  return out;
}

function isBoundary(text: string, sentenceStart: number, dot: number, next: number): boolean {
  const nextChar = text[next]!;
  const startsLikeSentence =
    /[\p{Lu}\p{N}]/u.test(nextChar) || OPENERS.includes(nextChar) || /[^\p{L}\p{N}\s]/u.test(nextChar);
  if (!startsLikeSentence) return false;
  if (text[dot] !== ".") return true;
  const word = wordBefore(text, sentenceStart, dot);
  if (!word) return true;
  const lower = word.toLowerCase();
  // A single capital letter before a dot is an initial ("Ilka T. Velt"), unless it is the sentence's only
  // word or a unit after a figure or a degree sign ("23 °C.", "5C.").
  if (/^\p{Lu}$/u.test(word)) return isUnitLetter(text, dot - 1);
  if (ABBREVIATIONS.has(lower)) return SENTENCE_FINAL_ABBREVIATIONS.has(lower) && startsNewClause(text, next);
  return true;
}

function isUnitLetter(text: string, letter: number): boolean {
  return /[\d°] ?$/u.test(text.slice(Math.max(0, letter - 2), letter));
}

// After "U.S." or "etc." we only split when the next word looks like a sentence opener.
function startsNewClause(text: string, next: number): boolean {
  const nextWord = /^[\p{L}']+/u.exec(text.slice(next))?.[0] ?? "";
  return /^(The|A|An|In|It|He|She|They|We|This|That|These|Those|But|However|On|At|After|Before|When|While|As|Its|His|Her|Their|There|I)$/.test(
    nextWord,
  );
}

function wordBefore(text: string, sentenceStart: number, dot: number): string {
  let j = dot;
  while (j > sentenceStart && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  return text.slice(j, dot).replace(/^\.+/, "");
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
