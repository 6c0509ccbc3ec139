// Tokenising and term keys: every word is reduced to a key (irregular form → lemma → Porter stem →
// synonym group), so "visited", "visits" and "trip" all meet on one key.
import { stemmer } from "stemmer";
import { ANTONYM_PAIRS, IRREGULAR_VERBS, STOPWORDS, SYNONYM_GROUPS } from "./words.ts";

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, quote marks folded. */
  lower: string;
  /** The search key: stem or synonym group. */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[’'.\-][\p{L}\p{N}]+)*/gu;

const synonymKey = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const canonical = "~" + stem(group[0]!);
  for (const word of group) {
    synonymKey.set(word, canonical);
    synonymKey.set(stem(word), canonical);
  }
}

/** The word's own stem, irregular forms read as their verb, without folding synonyms together. */
export function stem(word: string): string {
  const base = IRREGULAR_VERBS[word] ?? word;
  return /^\p{N}/u.test(base) ? base : stemmer(base);
}

const keyCache = new Map<string, string>();
/** The search key of one lower-cased word. */
export function termKey(lower: string): string {
  let key = keyCache.get(lower);
  if (key === undefined) {
    const bare = lower.replace(/['’]s$/, "").replace(/['’]/g, "");
    // An irregular form is read as its verb first: "found" is "find", not "founded".
    const lemma = IRREGULAR_VERBS[bare];
    key = lemma ? (synonymKey.get(lemma) ?? stem(lemma)) : (synonymKey.get(bare) ?? synonymKey.get(stem(bare)) ?? stem(bare));
    if (keyCache.size < 200_000) keyCache.set(lower, key);
  }
  return key;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/[.\-]+$/, "");
    const lower = raw.toLowerCase().replace(/’/g, "'");
    out.push({ text: raw, lower, key: termKey(lower), start: m.index!, end: m.index! + raw.length });
  }
  return out;
}

export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower) || STOPWORDS.has(lower.replace(/'s$/, ""));
}

/** Keys of the content words of a text: stopwords dropped, order kept. */
export function contentKeys(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopword(t.lower))
    .map((t) => t.key);
}

const antonyms = new Map<string, Set<string>>();
for (const [a, b] of ANTONYM_PAIRS) {
  const [ka, kb] = [termKey(a), termKey(b)];
  if (ka === kb) continue;
  (antonyms.get(ka) ?? antonyms.set(ka, new Set()).get(ka)!).add(kb);
  (antonyms.get(kb) ?? antonyms.set(kb, new Set()).get(kb)!).add(ka);
}
/** Keys of the words that mean the opposite of this key's word ("modern" → "ancient", "medieval"). */
export function antonymKeys(key: string): ReadonlySet<string> {
  return antonyms.get(key) ?? NONE;
}
const NONE: ReadonlySet<string> = new Set();
