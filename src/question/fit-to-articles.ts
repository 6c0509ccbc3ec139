// The question's words fitted to how the articles write them, by general rules over the articles'
// own vocabulary (no list): two words the articles write as one ("cease fire" → "ceasefire"), one
// word they write as two or hyphenated ("handover" → "hand over", "ceasefire" → "cease-fire"), and
// a word typed in lower case that the articles write as a name ("who is okafor" → "Okafor"), a
// possessive typed without its apostrophe ("okafors" → "Okafor's"), a word they never use swapped
// for the news word they do (paraphrases.ts: "kids" → "children"), and "who is his wife?" read as
// "who did he marry?" when the articles speak only of marrying.
import { isStopword, termKey, tokenize, type Token } from "../text/tokens.ts";
import { isVerb, tagSentence } from "../text/tag-sentence.ts";
import { isCommonWord, isKnownName, isOrdinaryWord } from "../text/lexicon.ts";
import { NUMBER_WORDS, QUESTION_NOISE } from "../text/words.ts";
import { isDemonym } from "../text/countries.ts";
import { paraphraseOf } from "./paraphrases.ts";
import { lemmaOf, synonymsOf, verbLemma, verbSynonyms } from "../text/wordnet.ts";

/** What the articles' vocabulary tells about a word (KnowledgeIndex provides it). */
export interface ArticleWords {
  usesWord(lower: string): boolean;
  /** True when some article has a word of this search key ("resigned" for the key of "resign"). */
  usesKey(key: string): boolean;
  capitalisedForm(lower: string): string | undefined;
  /** An ordinary word the articles only ever write as a name on its own ("City"). */
  nameOnItsOwn?(lower: string): string | undefined;
  /** How the articles write these lower-case words as one name ("tamar river" → "Tamar River"). */
  capitalisedName(lowerWords: string): string | undefined;
  hyphenatedForm(joined: string): string | undefined;
  /** A hyphenated word of the articles whose letters alone have this search key ("re-occupied" for "reoccupi"). */
  hyphenatedOfKey?(key: string): string | undefined;
  /** The articles' word a misspelling is closest to ("brekowsca" → "brekowska"). */
  spellingOf?(lower: string): string | undefined;
  /** The name the articles write out whose initials these letters are ("nhlf" → "Northern Heritage Lottery Fund"). */
  nameOfInitials?(lower: string): string | undefined;
  /** The subject of the one encyclopaedia entry loaded ("Cornelius Vane"), if that is what is loaded. */
  entrySubject?(): string | undefined;
}

/** Shortest part of a split compound: "handover" → "hand" + "over", never "a" + "bout". */
const MIN_PART = 3;

export function fitToArticles(question: string, words: ArticleWords): string {
  const text = ownerAsRole(spouseAsMarriage(question, words), words);
  const tokens = tokenize(text);
  const edits: { start: number; end: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A name of two or three words typed in lower case, capitalised whole: "the davis cup" is one name.
    const name = nameRun(text, tokens, i, words);
    if (name) {
      edits.push({ start: t.start, end: tokens[i + name.length - 1]!.end, text: name.text });
      i += name.length - 1;
      continue;
    }
    const next = tokens[i + 1];
    const joined = next && text.slice(t.end, next.start) === " " ? joinedForm(t, next, words) : undefined;
    if (joined) {
      edits.push({ start: t.start, end: next!.end, text: joined });
      i++;
      continue;
    }
    const fitted =
      possessiveForm(t, tokens[i - 1], tokens[i + 1], text, words) ??
      splitForm(t, words) ??
      initialismForm(t, words) ??
      nameForm(t, words) ??
      typoForm(t, words) ??
      (goingToDo(t, text, words) ? undefined : paraphraseOf(t.lower, (k) => words.usesKey(k), text.slice(t.end)));
    // "went to the capital" → "visited the capital": a verb that takes its place directly drops the "to".
    const to =
      fitted && DIRECT_VERB.test(fitted) && !DIRECT_VERB.test(t.lower) ? /^\s+to\b/i.exec(text.slice(t.end)) : null;
    if (fitted) edits.push({ start: t.start, end: t.end + (to?.[0].length ?? 0), text: fitted });
  }
  let out = text;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** "is she going to resign?": "going to" and a verb says what will happen, not where anyone goes. */
function goingToDo(t: Token, text: string, words: ArticleWords): boolean {
  const next = /^\s+to\s+([\p{L}'’-]+)/u.exec(text.slice(t.end))?.[1];
  if (t.lower !== "going" || !next || /^\p{Lu}/u.test(next) || words.capitalisedForm(next.toLowerCase())) return false;
  return !/^(the|a|an|his|her|its|their|this|that|our|my|your)$/i.test(next);
}

// Only "his/her wife": in an entry about one person, "he married …" is how it is said. ("Who was
// Ada's husband?" may be asked of "Oren married Ada", where she is not the one who married.)
const SPOUSE_QUESTION = /^(who|what)\s+(?:is|was)\s+(his|her|their)\s+(wife|husband|spouse|partner)\s*\??$/i;
const SPOUSES = ["wife", "husband", "spouse", "partner"];

/**
 * "who is his wife?" asked of an article that only says "In 1850 he married Eleanor Fenwright":
 * read as "who did he marry?", when the article never says wife, husband, spouse or partner.
 */
function spouseAsMarriage(question: string, words: ArticleWords): string {
  const m = SPOUSE_QUESTION.exec(question.trim());
  if (!m || SPOUSES.some((w) => words.usesKey(termKey(w))) || !words.usesKey(termKey("married"))) return question;
  const person = { his: "he", her: "she", their: "they" }[m[2]!.toLowerCase() as "his"];
  return `who did ${person} marry?`;
}

/**
 * "who owns the shop?" asked of an article that only says "The shop's owner, Ada Brek, said …":
 * read as "who is the owner of the shop?", when the article never uses the verb. One row per verb
 * whose doer news writing names by a role noun, with a made-up example. (The present only: "who
 * coached the team in 1998?" asks about a deed, not about who holds the role now.)
 */
export const ROLE_OF_VERB: readonly { verbs: RegExp; role: string; example: { question: string; sentence: string } }[] =
  [
    {
      verbs: /^(owns|owned)$/,
      role: "owner",
      example: { question: "who owns the shop?", sentence: "The shop's owner, Ada Brek, said it would close." },
    },
    {
      verbs: /^leads$/,
      role: "leader",
      example: {
        question: "who leads the opposition?",
        sentence: "Opposition leader Ada Brek said the vote was lost.",
      },
    },
    {
      verbs: /^heads$/,
      role: "head",
      example: {
        question: "who heads the inquiry?",
        sentence: "The head of the inquiry, Ada Brek, will report in May.",
      },
    },
    {
      verbs: /^coaches$/,
      role: "coach",
      example: { question: "who coaches the team?", sentence: "The team's coach, Ada Brek, was pleased." },
    },
    {
      verbs: /^manages$/,
      role: "manager",
      example: { question: "who manages the club?", sentence: "Club manager Ada Brek praised the fans." },
    },
  ];

function ownerAsRole(question: string, words: ArticleWords): string {
  const m = /^who\s+(\S+)\s+(.+?)\s*\??$/i.exec(question.trim());
  const row = m ? ROLE_OF_VERB.find((r) => r.verbs.test(m[1]!.toLowerCase())) : undefined;
  if (!m || !row || !words.usesKey(termKey(row.role))) return question;
  // (A verb the articles use keeps the question as asked, unless it shares the noun's key: "coaches".)
  const verb = termKey(m[1]!);
  if (words.usesKey(verb) && verb !== termKey(row.role)) return question;
  return `who is the ${row.role} of ${m[2]}?`;
}

/** Verbs of going that take the place as their object: "visited Lisbon", not "visited to Lisbon". */
const DIRECT_VERB = /^(visit|visits|visited|visiting|reach|reached|reaching|enter|entered|entering)$/i;

/** The longest run of lower-case words from `i` that the articles write as one capitalised name. */
function nameRun(
  text: string,
  tokens: readonly Token[],
  i: number,
  words: ArticleWords,
): { length: number; text: string } | undefined {
  for (const length of [3, 2]) {
    const run = tokens.slice(i, i + length);
    if (run.length < length || run.some((t) => t.text !== t.lower)) continue;
    if (run.some((t, k) => k > 0 && text.slice(run[k - 1]!.end, t.start) !== " ")) continue;
    const name = words.capitalisedName(run.map((t) => t.lower).join(" "));
    // ("The" capitalised only because a sentence opened with it stays as typed: "the Dunmeran president".)
    if (name) return { length, text: name.replace(/^The(?=\s)/, run[0]!.text === "the" ? "the" : "The") };
  }
  return undefined;
}

/** "cease fire" → "ceasefire" or "cease-fire", when the articles write it so. */
function joinedForm(a: Token, b: Token, words: ArticleWords): string | undefined {
  // "2 state solution" of an article that writes "two-state solution": the figure as its word.
  const spelt = /^\d{1,2}$/.test(a.text) && /^\p{L}+$/u.test(b.text) ? WORD_OF_NUMBER.get(Number(a.text)) : undefined;
  if (spelt && words.usesWord(`${spelt}-${b.lower}`)) return `${spelt}-${b.lower}`;
  if (!/^\p{L}+$/u.test(a.text) || !/^\p{L}+$/u.test(b.text) || QUESTION_NOISE.has(a.lower)) return undefined;
  if (isStopword(a.lower)) return undefined;
  const joined = a.lower + b.lower;
  if (joined.length < 6) return undefined;
  if (words.usesWord(joined)) return a.text + b.lower;
  const hyphen = `${a.lower}-${b.lower}`;
  return words.usesWord(hyphen) ? `${a.text}-${b.lower}` : undefined;
}

/** Small numbers by their word: 2 → "two" (the first word for it: not "both" or "couple"). */
const WORD_OF_NUMBER = new Map<number, string>();
for (const [word, n] of Object.entries(NUMBER_WORDS)) if (!WORD_OF_NUMBER.has(n)) WORD_OF_NUMBER.set(n, word);

/** A word the articles never use, written by them hyphenated or as two words: "handover" → "hand over". */
function splitForm(t: Token, words: ArticleWords): string | undefined {
  if (words.usesWord(t.lower) || t.lower.length < 2 * MIN_PART || !/^\p{L}+$/u.test(t.text)) return undefined;
  const hyphen = words.hyphenatedForm(t.lower);
  if (hyphen) return hyphen;
  // "reoccupy" of an article that writes "re-occupied": the hyphen where the article puts it.
  const other = words.hyphenatedOfKey?.(t.key);
  const at = other?.indexOf("-") ?? -1;
  if (other && at > 0 && other.slice(0, at) === t.lower.slice(0, at))
    return `${t.lower.slice(0, at)}-${t.lower.slice(at)}`;
  // Try the splits nearest the middle first: "handover" is "hand over" before it is "hando ver".
  const mid = Math.floor(t.lower.length / 2);
  for (let d = 0; d <= mid; d++) {
    for (const at of d ? [mid - d, mid + d] : [mid]) {
      if (at < MIN_PART || t.lower.length - at < MIN_PART) continue;
      const [left, right] = [t.lower.slice(0, at), t.lower.slice(at)];
      if (words.usesWord(left) && words.usesWord(right)) return `${left} ${right}`;
    }
  }
  return undefined;
}

/**
 * "velts" → "Velt's": chat drops the apostrophe of a possessive. A word the articles never use,
 * ending in "s", whose rest they write as a name (and is no ordinary word: "models" stays), before
 * the noun it owns.
 */
function possessiveForm(
  t: Token,
  before: Token | undefined,
  next: Token | undefined,
  text: string,
  words: ArticleWords,
): string | undefined {
  const base = t.lower.slice(0, -1);
  // (Nor a people's plural: "did any ruritanians die".)
  if (!/^\p{L}{3,}s$/u.test(t.text) || words.usesWord(t.lower) || isCommonWord(base) || isDemonym(base))
    return undefined;
  // What is possessed follows, and nothing counts it: "velts envoy", not "how many dunmerans
  // died" or "what did the dunmerans say" (plurals).
  if (!next || isStopword(next.lower) || /^(the|many|few|some|all|these|those|\d+)$/.test(before?.lower ?? ""))
    return undefined;
  const name = words.capitalisedForm(base);
  if (!name) return undefined;
  // A verb next says it was a plural ("when did the velts leave"), unless, read as a possessive,
  // the word describes what is owned ("haileys last book": "last" is no verb there).
  const tagsOfNext = (sentence: string) => tagSentence(sentence).find((w) => w.lower === next.lower)?.tags;
  const owned = tagsOfNext(`${text.slice(0, t.start)}${name}'s${text.slice(t.end)}`);
  if (tagsOfNext(text)?.has("Verb") && !owned?.has("Adjective") && !owned?.has("Ordinal")) return undefined;
  return `${name}'s`;
}

/**
 * "okafor" → "Okafor": a lower-case word the articles write as a name, so it counts as one. Not an
 * ordinary word the articles happen to capitalise ("war" in "the Second World War"), unless they
 * only ever write it as a name on its own ("did city win" of "beat City 3-1 … City's goal").
 */
function nameForm(t: Token, words: ArticleWords): string | undefined {
  if (t.text !== t.lower || isStopword(t.lower) || QUESTION_NOISE.has(t.lower)) return undefined;
  if (isOrdinaryWord(t.lower)) return words.nameOnItsOwn?.(t.lower);
  const written = words.capitalisedForm(t.lower);
  if (written) return written;
  // A people's name in the plural is a name as its singular is ("how many peruvians …" → "Peruvians").
  const demonym = /s$/.test(t.lower) && isDemonym(t.lower.slice(0, -1));
  // A name the articles never use ("who visited lisbon?") is still a name, and one they don't mention.
  if (demonym || (!words.usesWord(t.lower) && isKnownName(t.lower))) return t.text[0]!.toUpperCase() + t.text.slice(1);
  // A name misspelt ("who is brekowsca?"): no word of the language, and closest to a word the
  // articles write only as a name. (Letters only: "grenmouth's" is a possessive, for
  // possessiveForm. Not a plural's "s": "ruritanians" is no slip for "Ruritanian". And not a slip for
  // a word of the language that an article capitalises: "opportunites" is no "Opportunity".)
  const meant = /^\p{L}+$/u.test(t.lower) && !words.usesWord(t.lower) ? words.spellingOf?.(t.lower) : undefined;
  if (!meant || !/^\p{L}+$/u.test(meant) || `${meant}s` === t.lower || isOrdinaryWord(meant)) return undefined;
  return words.capitalisedForm(meant);
}

/**
 * "whos the chief negotiatr" → "negotiator": a lower-case word of no language that is a slip of
 * the keys for an ordinary word the articles use, read as that word, so that every reading of the
 * question (the role asked, the thing counted) sees it. (The search corrects its own keys already.)
 */
function typoForm(t: Token, words: ArticleWords): string | undefined {
  if (t.text !== t.lower || !/^\p{Ll}{4,}$/u.test(t.lower) || QUESTION_NOISE.has(t.lower)) return undefined;
  if (words.usesWord(t.lower) || isOrdinaryWord(t.lower) || isStopword(t.lower)) return undefined;
  const meant = words.spellingOf?.(t.lower);
  // (Into a word of the language only; a plural stays one: "negotiatrs" → "negotiators".)
  if (!meant || !/^\p{Ll}+$/u.test(meant) || !isOrdinaryWord(meant) || `${meant}s` === t.lower) return undefined;
  return /[^s]s$/.test(t.lower) && !/s$/.test(meant) ? `${meant}s` : meant;
}

/**
 * "what did the nhlf give?" of an article that writes only "the Northern Heritage Lottery Fund":
 * a short form the articles never use, that is no word of its own, read as the name its letters
 * are the initials of.
 */
function initialismForm(t: Token, words: ArticleWords): string | undefined {
  if (!/^\p{L}{2,5}$/u.test(t.text) || words.usesWord(t.lower)) return undefined;
  // (A word of its own is no short form, unless typed as one: "boa" is a snake, "BoA" a bank.)
  if (isOrdinaryWord(t.lower) && (t.text.match(/\p{Lu}/gu)?.length ?? 0) < 2) return undefined;
  return words.nameOfInitials?.(t.lower);
}

/**
 * The question with one word swapped for the news word of paraphrases.ts even though the articles
 * use it too: "how many fans were at the final?", declined as no number of fans is given, of an
 * article that says "fans" once and counts "27,000 spectators". A second reading for a decline
 * that names the word.
 */
export function paraphrasedReading(question: string, word: string, words: ArticleWords): string | undefined {
  return withWordSwapped(question, word, (t) =>
    paraphraseOf(t.lower, (k) => words.usesKey(k), question.slice(t.end), true),
  );
}

/** The question with `word` replaced by what `instead` gives for it; undefined when it gives nothing. */
function withWordSwapped(
  question: string,
  word: string,
  instead: (t: Token) => string | undefined,
): string | undefined {
  const t = tokenize(question).find((k) => k.lower === word.toLowerCase());
  const other = t && instead(t);
  return t && other ? question.slice(0, t.start) + other + question.slice(t.end) : undefined;
}

/**
 * The question with its verb, noun or adjective swapped for a dictionary synonym the articles use:
 * "when did the mine shut down?" of an article that says it "closed", "how many movies?" of one
 * that says "films". A reading to show the passage by: the synonym may be of another sense than
 * the one meant.
 */
export function synonymReading(question: string, word: string, words: ArticleWords): string | undefined {
  return withWordSwapped(question, word, (t) => {
    // (A verb for a verb only: "total" and "parent" are verbs too.)
    const asked = tagSentence(question).find((w) => w.lower === t.lower);
    if (!asked) return undefined;
    if (isVerb(asked)) return verbInArticleWords(t.lower, words);
    // (A capitalised word is part of a name, "the Research Trio", "King Olaf II"; a short form is not: "TV".)
    const shortForm = /^\p{Lu}{2,4}$/u.test(t.text) && !/^[IVXLCDM]+$/.test(t.text);
    if (t.text !== t.lower && t.start > 0 && !shortForm) return undefined;
    const pos = asked.tags.has("Noun") ? "noun" : asked.tags.has("Adjective") ? "adj" : undefined;
    return pos ? otherInArticleWords(t.lower, pos, words) : undefined;
  });
}

/** Verbs too general to stand for another ("go", "get", "be"): a sentence with one says little of the deed. */
const GENERAL_VERBS = new Set(
  "be have do go get take give make come put set turn hold keep find work play let".split(" "),
);

/**
 * A WordNet synonym of the verb, in its most common sense, that the articles use: "when do
 * the schools resume?" of an article that says "restart". Put in the form the question had it
 * ("injured" → "wounded").
 */
function verbInArticleWords(lower: string, words: ArticleWords): string | undefined {
  const lemma = verbLemma(lower);
  if (!lemma) return undefined;
  // (Written as a verb: an article that says "population" has no "populate".)
  const asVerb = (w: string) =>
    [w, `${w}s`, `${w}es`, `${w}d`, `${w}ed`, `${w.replace(/e$/, "")}ing`].some((form) => words.usesWord(form));
  const found = verbSynonyms(lemma, 1).find((w) => !GENERAL_VERBS.has(w) && !isStopword(w) && asVerb(w));
  if (!found) return undefined;
  const ending = lower.startsWith(lemma) ? lower.slice(lemma.length) : /ed$/.test(lower) ? "ed" : "";
  if (!ending) return found;
  if (/^e?d$/.test(ending)) return found.endsWith("e") ? `${found}d` : `${found}ed`;
  if (ending === "ing") return `${found.replace(/e$/, "")}ing`;
  if (/^e?s$/.test(ending)) return /(s|sh|ch|x)$/.test(found) ? `${found}es` : `${found}s`;
  return found;
}

/**
 * A WordNet synonym of a noun or an adjective, in its most common sense, that the articles use:
 * "how many movies did she make?" of an article that counts "films".
 */
function otherInArticleWords(lower: string, pos: "noun" | "adj", words: ArticleWords): string | undefined {
  // (Only a word the articles never use: one they use is what they say, in whatever sense.)
  const lemma = words.usesKey(termKey(lower)) ? undefined : lemmaOf(lower, pos);
  if (!lemma) return undefined;
  for (const w of synonymsOf(lemma, pos, 1)) {
    if (isStopword(w) || w.length < 3 || termKey(w) === termKey(lemma)) continue;
    // (In the form asked: "movies" → "films", "biggest" → "largest".)
    const inflected = lower === lemma ? undefined : pos === "noun" ? pluralOf(w) : superlativeOf(w);
    const forms = inflected ? [inflected, w] : [w];
    const used = forms.find((f) => words.usesWord(f));
    if (used) return used;
  }
  return undefined;
}

const pluralOf = (w: string) =>
  /(s|sh|ch|x)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`;
const superlativeOf = (w: string) =>
  /e$/.test(w) ? `${w}st` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}iest` : `${w}est`;
