// Part-of-speech tags and phrase chunks for one sentence, from compromise. Tagging is the
// slowest step of answering, so results are cached per sentence text.
import nlp from "compromise";
import { isOrdinaryWord } from "./lexicon.ts";
import { termKey, withIdiomKeys } from "./tokens.ts";
import { IRREGULAR_VERBS } from "./words.ts";

export interface TaggedTerm {
  text: string;
  lower: string;
  key: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** compromise's chunk: Noun, Verb, Adjective or Pivot (prepositions, conjunctions). */
  chunk: string;
  /** Punctuation written after the word (", ", "; ", ". "). */
  post: string;
  pre: string;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  chunk?: string;
}

const cache = new Map<string, TaggedTerm[]>();
/** Enough for a few hundred questions' worth of sentences on a large knowledge base; small ones fit whole. */
const CACHE_LIMIT = 5_000;

/**
 * One Set per combination of tags, shared by every word that has it, rather than compromise's own Set
 * per word: a couple of hundred combinations serve every word, and a Set per word was half of what a
 * cached sentence weighs (about 6 KB; 5,000 of them fill the cache).
 */
const tagSets = new Map<string, ReadonlySet<string>>();
function sharedTags(tags: Set<string>): ReadonlySet<string> {
  const key = [...tags].join(" ");
  let shared = tagSets.get(key);
  if (!shared) tagSets.set(key, (shared = new Set(tags)));
  return shared;
}

export function tagSentence(text: string): TaggedTerm[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const doc = nlp(text);
  doc.compute("chunks");
  const terms: TaggedTerm[] = [];
  let cursor = 0;
  for (const sentence of doc.docs as CompromiseTerm[][]) {
    for (const t of sentence) {
      cursor += t.pre.length;
      // compromise may expand contractions into terms with no text: skip those.
      if (t.text) {
        const start = findWord(text, t.text, Math.max(0, cursor - 2));
        const at = start >= 0 ? start : cursor;
        const lower = t.text.toLowerCase().replace(/’/g, "'");
        terms.push({
          text: t.text,
          lower,
          key: termKey(lower),
          start: at,
          end: at + t.text.length,
          tags: sharedTags(t.tags),
          chunk: t.chunk ?? "",
          post: t.post,
          pre: t.pre,
        });
        cursor = at + t.text.length;
      }
      cursor += t.post.length;
    }
  }
  verbsAfterRelatives(terms);
  participlesAfterComma(terms);
  verbsAfterModals(terms);
  lowerCaseVerbsNotNames(terms);
  withIdiomKeys(terms);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, terms);
  return terms;
}

/**
 * "The mill, which employs 450 people, …": the tagger reads "employs" after "which" as a plural
 * noun. A word ending in "s" between ", which" (or "who", "that") and a number or a determiner is
 * the clause's verb.
 */
function verbsAfterRelatives(terms: TaggedTerm[]): void {
  for (let i = 1; i + 1 < terms.length; i++) {
    const [rel, t, next] = [terms[i - 1]!, terms[i]!, terms[i + 1]!];
    const opensClause =
      rel.lower === "who" || rel.lower === "that" || (rel.lower === "which" && terms[i - 2]?.post.includes(","));
    if (!opensClause || !/s$/.test(t.lower) || !t.tags.has("Plural") || t.tags.has("Verb") || t.post.trim()) continue;
    if (!(next.tags.has("Value") || next.tags.has("Determiner"))) continue;
    terms[i] = { ...t, tags: new Set(["Verb", "PresentTense"]), chunk: "Verb" };
  }
}

/**
 * "…, blaming the failure of the talks": an "-ing" word that opens a clause after a comma and is
 * followed by "the", "a" or a number starts a participle clause, whatever the tagger guessed (it
 * reads "blaming" after "called for calm," as a noun).
 */
function participlesAfterComma(terms: TaggedTerm[]): void {
  for (let i = 1; i + 1 < terms.length; i++) {
    const [before, t, next] = [terms[i - 1]!, terms[i]!, terms[i + 1]!];
    if (!/ing$/.test(t.lower) || t.tags.has("Verb") || !before.post.includes(",")) continue;
    if (!(next.tags.has("Determiner") || next.tags.has("Value"))) continue;
    terms[i] = { ...t, tags: new Set(["Verb", "Gerund"]), chunk: "Verb" };
  }
}

/**
 * "Ada Brek will soon visit the capital": the tagger reads "soon" after a modal as the verb and
 * "visit" as a noun. After a modal (and an adverb between), a lower-case word it calls a singular
 * noun is the bare verb, and the adverb is an adverb.
 */
function verbsAfterModals(terms: TaggedTerm[]): void {
  for (let i = 0; i + 1 < terms.length; i++) {
    const modal = terms[i]!;
    if (!modal.tags.has("Modal") || !MODAL.test(modal.lower) || modal.post.trim()) continue;
    let k = i + 1;
    if (ADVERB_AFTER_MODAL.test(terms[k]!.lower) && terms[k + 1] && !terms[k]!.post.trim()) {
      terms[k] = { ...terms[k]!, tags: new Set(["Adverb"]), chunk: "Verb" };
      k++;
    }
    const t = terms[k]!;
    if (t.text !== t.lower || !t.tags.has("Noun") || !t.tags.has("Singular") || t.tags.has("Pronoun")) continue;
    terms[k] = { ...t, tags: new Set(["Verb", "Infinitive"]), chunk: "Verb" };
  }
}

/**
 * "Protests outside the building drew 5,000 people": the tagger reads a lower-case "drew" as the
 * name Drew. A word in lower case is no name; one that is a verb's irregular form is that verb.
 */
function lowerCaseVerbsNotNames(terms: TaggedTerm[]): void {
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i]!;
    if (t.text !== t.lower || !t.tags.has("ProperNoun") || IRREGULAR_VERBS[t.lower] === undefined) continue;
    terms[i] = { ...t, tags: new Set(["Verb", "PastTense"]), chunk: "Verb" };
  }
}

const MODAL = /^(will|would|shall|should|can|could|may|might|must)$/;
/** Adverbs that stand between a modal and its verb ("will soon visit", "could still close"). */
const ADVERB_AFTER_MODAL =
  /^(soon|also|still|never|just|only|then|now|already|probably|likely|eventually|finally|again|ever|even|first|not)$/;

/** A name's word. Not "The" (which the tagger sometimes calls a place) and not a day or a month. */
export const isProper = (t: TaggedTerm) =>
  !/^(the|a|an)$/i.test(t.text) &&
  !t.tags.has("Date") &&
  (t.tags.has("ProperNoun") ||
    t.tags.has("Person") ||
    t.tags.has("Place") ||
    t.tags.has("Organization") ||
    (/^\p{Lu}/u.test(t.text) && t.tags.has("Noun") && !t.tags.has("Pronoun") && !commonAtStart(t)));

/**
 * "Talks resumed on Monday", "Engineers designed it": the first word of a sentence is capitalised
 * whatever it is, so there a capital makes a name only of a word that neither the lexicon nor the
 * dictionary knows as an ordinary one (in the singular, for a plural): "Replacement buses are …".
 */
const commonAtStart = (t: TaggedTerm) =>
  !/\p{L}/u.test(t.pre) &&
  t.start <= 1 &&
  (isOrdinaryWord(t.lower) || (t.tags.has("Plural") && isOrdinaryWord(t.lower.replace(/s$/, ""))));
export const isNumber = (t: TaggedTerm) => t.tags.has("Value") || t.tags.has("Cardinal") || /^\d/.test(t.text);
export const isVerb = (t: TaggedTerm) => t.tags.has("Verb") && !t.tags.has("Auxiliary") && !t.tags.has("Copula");

/** Words a bare verb follows: a modal, or "to". */
const BEFORE_INFINITIVE = /^(will|would|shall|should|can|could|may|might|must|to)$/;

/**
 * Whether the word at `i` acts as a verb, whatever the tagger made of it: a verb, a participle
 * after a common noun ("the group controlling the port"; not a gerund, "the killing of the king"),
 * or a word just after a modal ("she will soon visit").
 */
export function usedAsVerb(terms: readonly TaggedTerm[], i: number): boolean {
  const t = terms[i]!;
  if (isVerb(t)) return true;
  const before = terms[i - 1];
  const participle =
    /ing$/.test(t.lower) &&
    before?.tags.has("Noun") === true &&
    !/^\p{Lu}/u.test(before.text) &&
    terms[i + 1]?.lower !== "of";
  return participle || terms.slice(Math.max(0, i - 2), i).some((w) => BEFORE_INFINITIVE.test(w.lower));
}
/**
 * Where `word` stands in `text` from `from` on, as a word of its own: "a" after "China" is not the
 * last letter of "China". (The search starts a little before the cursor, which may drift.)
 */
function findWord(text: string, word: string, from: number): number {
  let at = text.indexOf(word, from);
  while (at > 0 && /^[\p{L}\p{N}]/u.test(word) && /[\p{L}\p{N}]/u.test(text[at - 1]!)) at = text.indexOf(word, at + 1);
  return at;
}

/** True when a clause boundary (comma, semicolon, colon, dash, bracket) follows this term. */
export const endsClause = (t: TaggedTerm) => /[,;:()–—]|\s-\s/.test(t.post);
