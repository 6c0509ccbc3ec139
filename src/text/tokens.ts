// Tokenising and term keys: every word is reduced to a key (irregular form → lemma → Porter stem →
// synonym group), so "visited", "visits" and "trip" all meet on one key.
import { stemmer } from "stemmer";
import { COUNTRY_GROUPS, COUNTRY_INITIALISMS, NAME_PART_GROUPS } from "./countries.ts";
import { inDictionary } from "./dictionary.ts";
import { ANTONYM_PAIRS, IRREGULAR_VERBS, NUMBER_WORDS, OPPOSITE_OUTCOMES, STOPWORDS, SYNONYM_GROUPS } from "./words.ts";

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

const WORD = /[\p{L}\p{N}]+(?:[’'.-][\p{L}\p{N}]+)*/gu;
/** The rest of a number written with thousands separators, after its first group: ",000", ",250,000.5". */
const THOUSANDS = /(?:,\d{3})+(?:\.\d+)?(?![\p{L}\p{N}])/uy;

const synonymKey = new Map<string, string>();
/** The group key of each word a group names as written (not of its stem). */
const groupWordKey = new Map<string, string>();
// Countries and their people ("Ruritania" / "Ruritanian") fold like synonyms.
for (const group of [...SYNONYM_GROUPS, ...COUNTRY_GROUPS, ...NAME_PART_GROUPS]) {
  const canonical = `~${stem(group[0]!)}`;
  for (const word of group) {
    groupWordKey.set(word, canonical);
    synonymKey.set(word, canonical);
    synonymKey.set(stem(word), canonical);
  }
}

/** "uae" → the key of its demonym: a country's initialism as written (see countries.ts). */
const initialismKey = new Map(
  [...COUNTRY_INITIALISMS].map(([abbr, word]) => [abbr, groupWordKey.get(word) ?? stem(word)]),
);

/** The word's own stem, irregular forms read as their verb, without folding synonyms together. */
export function stem(word: string): string {
  const base = IRREGULAR_VERBS[word] ?? word;
  return /^\p{N}/u.test(base) ? base : stemmer(base);
}

/** Number words that name one exact whole number ("two", "forty"), keyed like the digits. */
const CARDINALS = new Map(
  Object.entries(NUMBER_WORDS)
    .filter(
      ([word, n]) =>
        Number.isInteger(n) && n <= 1000 && !/s$|^(both|several|couple|dozen|single|twice|half)$/.test(word),
    )
    .map(([word, n]) => [word, String(n)]),
);

/** "twenty-nine" → "29": tens and units joined by a hyphen, keyed like the digits. */
function tensAndUnits(bare: string): string | undefined {
  const m = /^([a-z]+)-([a-z]+)$/.exec(bare);
  const [tens, units] = [Number(CARDINALS.get(m?.[1] ?? "")), Number(CARDINALS.get(m?.[2] ?? ""))];
  return tens >= 20 && tens <= 90 && tens % 10 === 0 && units >= 1 && units <= 9 ? String(tens + units) : undefined;
}

const keyCache = new Map<string, string>();
/** The search key of one lower-cased word. */
export function termKey(lower: string): string {
  let key = keyCache.get(lower);
  if (key === undefined) {
    key = computeKey(lower.replace(/['’]s$/, "").replace(/['’]/g, ""));
    if (keyCache.size < 200_000) keyCache.set(lower, key);
  }
  return key;
}

function computeKey(bare: string): string {
  // "two" and "2" are one number; "1950s" and "1950's" one decade.
  const cardinal = CARDINALS.get(bare) ?? tensAndUnits(bare);
  if (cardinal !== undefined) return cardinal;
  // "2,000" and "2000" are one number, however chat writes it.
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(bare)) return bare.replace(/,/g, "");
  if (/^\d+s$/.test(bare)) return bare.slice(0, -1);
  const initialism = initialismKey.get(bare);
  if (initialism) return initialism;
  const ize = izeSpelling(bare);
  if (ize) return computeKey(ize);
  // An irregular form is read as its verb first: "found" is "find", not "founded". A form a synonym
  // group names itself keeps that group: "slain" is "killed", though its verb "slay" is in none.
  const lemma = IRREGULAR_VERBS[bare];
  if (lemma) return groupWordKey.get(bare) ?? synonymKey.get(lemma) ?? synonymKey.get(stem(lemma)) ?? stem(lemma);
  // "lies", "lying", "tied": the stemmer cuts an -ie verb's forms to "li", "ly", "ti"; they are the verb.
  const ie = /^([a-z]{1,2})(?:ies|ied|ying)$/.exec(bare);
  if (ie && !synonymKey.has(bare) && inDictionary(`${ie[1]}ie`)) return computeKey(`${ie[1]}ie`);
  return synonymKey.get(bare) ?? synonymKey.get(stem(bare)) ?? stem(bare);
}

/**
 * "organisation" → "organization", "colour" → "color": the -ise and -our spellings read as -ize and -or
 * when the dictionary lists that form (not "promise" → "promize", nor "four" → "for").
 */
function izeSpelling(bare: string): string | undefined {
  const m = /^([a-z]{3,})(?:is(e|es|ed|ing|ation|ations|er|ers)|our(s|ed|ing|ful|ite|ites)?)$/.exec(bare);
  if (!m) return undefined;
  const other = m[2] !== undefined ? `${m[1]}iz${m[2]}` : `${m[1]}or${m[3] ?? ""}`;
  return inDictionary(other) ? other : undefined;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const words = new RegExp(WORD.source, WORD.flags);
  for (let m = words.exec(text); m !== null; m = words.exec(text)) {
    let raw = m[0].replace(/[.-]+$/, "");
    const start = m.index;
    // (A number with thousands separators is one word: "2,000", "1,250,000".)
    if (text.charCodeAt(start + m[0].length) === 44 && /^\d{1,3}$/.test(m[0])) {
      THOUSANDS.lastIndex = start + m[0].length;
      const rest = THOUSANDS.exec(text);
      if (rest) {
        raw = m[0] + rest[0];
        words.lastIndex = THOUSANDS.lastIndex;
      }
    }
    // A range "1620-21" is two numbers, as "1620–21" (with a dash) already is.
    // So is "150-seat": a count and what it counts.
    // And so is "24-year-old": the number, then each word ("how old" meets "old").
    if (!/^\d+(?:-(?:\d+|\p{L}+))+$/u.test(raw)) out.push(token(raw, start));
    else {
      let at = 0;
      for (const part of raw.split("-")) {
        out.push(token(part, start + at));
        at += part.length + 1;
      }
    }
  }
  withIdiomKeys(out);
  return out;
}

/**
 * Idioms whose verb means another word, keyed as that word. Shared by the search's words and the
 * tagger's, so that such a verb is matched the same in the index and where a question's verb is
 * looked for ("were any climbers killed?"):
 * - "lost their lives" is how news says died; "broke out" and "set up", began (was founded);
 * - "called for a truce", "called on the board to resign" ask for something: a key of their own,
 *   not that of "call" as in naming ("what do the fans call the coach?").
 */
export function withIdiomKeys<T extends { lower: string; key: string }>(words: T[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const word = words[i]!.lower;
    if (
      /^(lose|loses|lost|losing)$/.test(word) &&
      /^(their|his|her|its|our)$/.test(words[i + 1]!.lower) &&
      /^(life|lives)$/.test(words[i + 2]?.lower ?? "")
    ) {
      words[i] = { ...words[i]!, key: DIED_KEY };
    } else if (/^(call|calls|called|calling)$/.test(word) && /^(for|on)$/.test(words[i + 1]!.lower)) {
      words[i] = { ...words[i]!, key: CALL_FOR_KEY };
    } else if (/^(break|breaks|broke|breaking)$/.test(word) && words[i + 1]!.lower === "out") {
      words[i] = { ...words[i]!, key: BEGIN_KEY };
    } else if (
      /^(set|sets|setting)$/.test(word) &&
      words[i + 1]!.lower === "up" &&
      // (A verb, not "a set up phase".)
      !/^(a|an|the|this|that|each|every)$/.test(words[i - 1]?.lower ?? "")
    ) {
      words[i] = { ...words[i]!, key: BEGIN_KEY };
    }
  }
}

const DIED_KEY = termKey("died");
/** "A fire broke out", "the trust was set up in 1962": how news says something started or was founded. */
const BEGIN_KEY = termKey("begin");
/** (A key no word stems to: stems have no "~" inside.) */
const CALL_FOR_KEY = "call~for";

function token(text: string, start: number): Token {
  const lower = text.toLowerCase().replace(/’/g, "'");
  return { text, lower, key: termKey(lower), start, end: start + text.length };
}

export function isStopword(lower: string): boolean {
  return STOPWORDS.has(lower) || STOPWORDS.has(lower.replace(/'s$/, ""));
}

/** A stopword as written here: "us" is one, "the US" is a country. */
export function isStopToken(t: Token): boolean {
  return isStopword(t.lower) && t.text !== "US";
}

/** Keys of the content words of a text: stopwords dropped, order kept. */
export function contentKeys(text: string): string[] {
  return tokenize(text)
    .filter((t) => !isStopToken(t))
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
const outcomes = new Map<string, string>();
for (const [a, b] of OPPOSITE_OUTCOMES) {
  outcomes.set(termKey(a), termKey(b));
  outcomes.set(termKey(b), termKey(a));
}
/** The key of the opposite outcome of this key's word ("fall" → "rise"), if it has one (see OPPOSITE_OUTCOMES). */
export function oppositeOutcome(key: string): string | undefined {
  return outcomes.get(key);
}
