// The searchable index over every loaded article: BM25 over sentence words (stemmed, with
// near-synonyms folded), fuse.js for misspelt words and for fact topics.
import Fuse from "fuse.js";
import type { Article, Sentence } from "../knowledge/article.ts";
import type { Fact } from "../facts/fact.ts";
import { lifeDates } from "../analysis/life-dates.ts";
import { antonymKeys, contentKeys, termKey, tokenize, type Token } from "../text/tokens.ts";
import { isCommonWord } from "../text/lexicon.ts";
import { HONORIFIC } from "../text/people.ts";
import { Bm25 } from "./bm25.ts";
import { SpellingCorrector } from "./spelling.ts";

export interface SentenceHit {
  sentence: Sentence;
  score: number;
}

/** A question word as the index sees it: its key after spelling correction, and how rare it is. */
export interface QueryTerm {
  lower: string;
  key: string;
  /** False when no article uses the word, even after spelling correction. */
  known: boolean;
  idf: number;
  isName: boolean;
}

/** True when one letter added, dropped or changed turns one word into the other. */
/** A name of one to four capitalised words, "of" or "de" inside: "Ilse Vorne", "Castle of Tull". */
export const ENTRY_TITLE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|de|van|von)){0,3}$/u;

/**
 * "Edda Vorne (3 May 1881 – 1952) was …" says when she was born and died without either word: the
 * sentence is found by them as if it used them.
 */
function lifeKeys(text: string): string[] {
  const life = lifeDates(text);
  if (!life) return [];
  return [...(life.born ? BIRTH_KEYS : []), ...(life.died ? DEATH_KEYS : [])];
}
const BIRTH_KEYS = ["born", "birth"].map(termKey);

/**
 * News gives an age without the word: "a 58-year-old man", "a seven-year-old girl", "aged 71",
 * "at the age of 40", "Ada Brek, 52, said …", "rocks 3 billion years old". Such a sentence is found by "age", which "how old …?"
 * asks for (analyse-question.ts).
 */
const AGE_WRITTEN =
  /\b(?:\d{1,3}|[a-z]+)-year-old\b|\b(?:years?|months?)\s+(?:old|ago)\b|\baged\s+\d{1,3}\b|\bat\s+(?:the\s+)?age\s+(?:of\s+)?\d|\p{Lu}\p{Ll}+,\s\d{1,3},\s/u;
const AGE_KEYS = [termKey("age")];
function ageKeys(text: string): string[] {
  return AGE_WRITTEN.test(text) ? AGE_KEYS : [];
}
const DEATH_KEYS = ["died", "death"].map(termKey);

/** "12%" and "5 per cent" are found by "percent" ("what % of staff …?"), as the word would be. */
const PERCENT_WRITTEN = /\d\s?%|\bper\s?cent\b/i;
const PERCENT_KEYS = [termKey("percent")];
function percentKeys(text: string): string[] {
  return PERCENT_WRITTEN.test(text) ? PERCENT_KEYS : [];
}

function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** Small words inside a name that give it no initial: "Bank of Arden" is BA, "Fish and Game Office" FGO. */
const NAME_LINKS = new Set(["of", "and", "for", "the", "on", "in", "de"]);

/** The keys of a sentence or a paragraph, to look up. */
export interface KeyLookup {
  has(key: string): boolean;
}

export class KnowledgeIndex {
  readonly sentences: Sentence[];
  private factList?: Fact[];
  private roles?: Fact[];
  /**
   * The keys of each sentence in sentence order, by sentence id, for word-order checks and for
   * `hasKey`. (No Set per sentence as well: a sentence has some fifteen keys, which a list finds as
   * fast, and 20,000 Sets took 8.5 MB.)
   */
  readonly sentenceKeyList: readonly string[][] = [];
  private readonly bm25 = new Bm25();
  private readonly spelling: SpellingCorrector;
  private factFuse?: Fuse<Fact>;
  private readonly paragraphKeyCache = new Map<string, Set<string>>();
  /** Every word the articles use, lower-cased. */
  private readonly vocabulary: ReadonlySet<string>;
  /**
   * "city" → "City": ordinary words the articles never write in lower case inside a sentence, and
   * capitalised on their own at least once ("beat City 3-1"): a name there, as a team or a party
   * is. ("War" inside "World War II" is not on its own.)
   */
  private readonly aloneNames = new Map<string, string>();
  /** "portvale" → "Portvale": words the articles mostly write capitalised inside a sentence. */
  private readonly capitalised = new Map<string, string>();
  /** "river cup final" → "River Cup Final": runs of two or three capitalised words in body sentences. */
  private readonly names = new Map<string, string>();
  /**
   * "nhlf" → "Northern Heritage Lottery Fund": the initials of a name of two to five capitalised
   * words (small words inside, as in "Bank of Arden", count no letter), for a name written out
   * where a reader types its short form. An initialism two names share is left out.
   */
  private readonly initialisms = new Map<string, string | null>();
  /** "ceasefire" → "cease-fire": hyphenated words by their letters alone. */
  private readonly hyphenated = new Map<string, string>();
  /** "reoccupy" → "re-occupied": hyphenated words by the search key of their letters alone. */
  private readonly hyphenatedByKey = new Map<string, string>();

  constructor(
    readonly articles: readonly Article[],
    /** Facts of one article, with sentence numbers relative to it; called once per article, when first needed. */
    private readonly factsOf: (article: Article) => Fact[],
  ) {
    this.sentences = [];
    const vocabulary = new Set<string>();
    // +1 for each capitalised use inside a body sentence, -1 for each lower-case one.
    // (And how often it stands capitalised on its own, not inside a longer name: "beat City 3-1".)
    const casing = new Map<string, { form: string; score: number; alone: number; lower: number }>();
    const capital = (n: Token | undefined) => n !== undefined && /^\p{Lu}/u.test(n.text);
    const countCasing = (form: string, tokens: readonly Token[], i: number) => {
      const lower = form.toLowerCase();
      const c = casing.get(lower) ?? casing.set(lower, { form, score: 0, alone: 0, lower: 0 }).get(lower)!;
      if (/^\p{Lu}/u.test(form)) {
        c.score++;
        c.form = form;
        // ("Mr Hale" is Hale on his own: a courtesy title is no part of the name.)
        const before = tokens[i - 1];
        if ((!capital(before) || HONORIFIC.test(before!.text)) && !capital(tokens[i + 1])) c.alone++;
      } else {
        c.score--;
        c.lower++;
      }
    };
    for (const article of articles) {
      for (const s of article.sentences) {
        s.id = this.sentences.length;
        this.sentences.push(s);
        const tokens = tokenize(s.text);
        tokens.forEach((t, i) => {
          vocabulary.add(t.lower);
          if (t.lower.includes("-")) {
            this.hyphenated.set(t.lower.replace(/-/g, ""), t.lower);
            this.hyphenatedByKey.set(termKey(t.lower.replace(/-/g, "")), t.lower);
          }
          // The first word of a sentence is capitalised whatever it is, and headlines capitalise everything.
          if (i === 0 || s.part !== "body" || !/^\p{L}/u.test(t.text)) return;
          countCasing(t.text, tokens, i);
          // A possessive counts for its owner's word too: "Velt's envoy" writes "Velt" as a name.
          const owner = /^(.+)['’]s$/u.exec(t.text)?.[1];
          if (owner) countCasing(owner, tokens, i);
        });
        // (Headlines capitalise every word: their runs are no names.)
        if (s.part === "body") {
          this.addNames(tokens, s.text);
          this.addInitialisms(tokens, s.text);
        }
        const sentenceKeys = [...contentKeys(s.text), ...lifeKeys(s.text), ...ageKeys(s.text), ...percentKeys(s.text)];
        (this.sentenceKeyList as string[][]).push(sentenceKeys);
        this.bm25.add(s.id, sentenceKeys);
      }
    }
    this.vocabulary = vocabulary;
    for (const [lower, c] of casing) {
      if (c.score > 0) this.capitalised.set(lower, c.form);
      if (c.alone >= 1 && c.lower === 0) this.aloneNames.set(lower, c.form);
    }
    this.spelling = new SpellingCorrector(vocabulary);
  }

  /** Every extracted fact, with sentence ids across the whole index. Extracted on first use. */
  get facts(): Fact[] {
    if (!this.factList) {
      this.factList = [];
      for (const article of this.articles) {
        const offset = article.sentences[0]?.id ?? 0;
        for (const f of this.factsOf(article)) this.factList.push({ ...f, sentence: f.sentence + offset });
      }
    }
    return this.factList;
  }

  /** Role facts ("X is the spokesperson for Y"), kept apart because "who is X?" reads them often. */
  roleFacts(): Fact[] {
    return (this.roles ??= this.facts.filter((f) => f.kind === "role"));
  }

  get size(): number {
    return this.sentences.length;
  }

  /** True when sentence `id` has a word of this key. */
  hasKey(id: number, key: string): boolean {
    return this.sentenceKeyList[id]!.includes(key);
  }

  /** The keys of sentence `id`. */
  keysOf(id: number): KeyLookup {
    const keys = this.sentenceKeyList[id]!;
    return { has: (key) => keys.includes(key) };
  }

  /** Keys of every sentence of the paragraph `s` stands in (the headline and subtitle are each their own). */
  paragraphKeys(s: Sentence): KeyLookup {
    if (s.part !== "body") return this.keysOf(s.id);
    const id = `${s.article}\u0000${s.paragraph}`;
    let keys = this.paragraphKeyCache.get(id);
    if (!keys) {
      keys = new Set<string>();
      for (let i = s.id - s.sentence + 1; i < this.sentences.length; i++) {
        const other = this.sentences[i]!;
        if (other.article !== s.article || other.paragraph !== s.paragraph) break;
        for (const k of this.sentenceKeyList[i]!) keys.add(k);
      }
      this.paragraphKeyCache.set(id, keys);
    }
    return keys;
  }

  /** True when some article has a word of this search key. */
  usesKey(key: string): boolean {
    return this.bm25.has(key);
  }

  /** True when some article uses this lower-cased word as written (no stemming, no spelling correction). */
  usesWord(lower: string): boolean {
    return this.vocabulary.has(lower);
  }

  /** Runs of capitalised words ("Tamar River Bridge") and their pairs, by their lower-case words. */
  private addNames(tokens: readonly { text: string; lower: string; start: number; end: number }[], text: string): void {
    let run: typeof tokens = [];
    const flush = () => {
      for (let a = 0; a < run.length; a++)
        for (let b = a + 2; b <= Math.min(run.length, a + 3); b++) {
          const part = run.slice(a, b);
          this.names.set(part.map((t) => t.lower).join(" "), text.slice(part[0]!.start, part.at(-1)!.end));
        }
      run = [];
    };
    for (const t of tokens) {
      // (A possessive's apostrophe joins too: "the Fishers' Guild".)
      const joined = run.length === 0 || /^['’]? $/.test(text.slice(run.at(-1)!.end, t.start));
      if (/^\p{Lu}/u.test(t.text) && joined) run = [...run, t];
      else {
        flush();
        if (/^\p{Lu}/u.test(t.text)) run = [t];
      }
    }
    flush();
  }

  /** Every name of two to five capitalised words, by its initials (see `initialisms`). */
  private addInitialisms(tokens: readonly { text: string; start: number; end: number }[], text: string): void {
    const capital = (t: { text: string }) => /^\p{Lu}\p{Ll}/u.test(t.text);
    for (let a = 0; a < tokens.length; a++) {
      if (!capital(tokens[a]!) || (a > 0 && capital(tokens[a - 1]!))) continue;
      // The longest run from here: capitalised words, and a small word between two of them.
      let b = a;
      while (
        b + 1 < tokens.length &&
        text.slice(tokens[b]!.end, tokens[b + 1]!.start) === " " &&
        (capital(tokens[b + 1]!) ||
          (NAME_LINKS.has(tokens[b + 1]!.text) && tokens[b + 2] !== undefined && capital(tokens[b + 2]!)))
      )
        b++;
      // (Not a capitalised "The" that opens the sentence.)
      const words = tokens.slice(a, b + 1).filter((t) => capital(t) && !NAME_LINKS.has(t.text.toLowerCase()));
      if (words.length < 2 || words.length > 5) continue;
      const first = tokens.indexOf(words[0]!);
      const name = text.slice(tokens[first]!.start, tokens[b]!.end);
      // (With the small words' letters too, as some write it: "Bank of Arden" is BoA as well as BA.)
      const all = tokens.slice(first, b + 1);
      for (const initials of new Set([words, all].map((run) => run.map((t) => t.text[0]!.toLowerCase()).join("")))) {
        const known = this.initialisms.get(initials);
        this.initialisms.set(initials, known === undefined || known === name ? name : null);
      }
    }
  }

  /** The name written out whose initials these letters are ("nhlf" → "Northern Heritage Lottery Fund"), if one. */
  nameOfInitials(lower: string): string | undefined {
    return this.initialisms.get(lower) ?? undefined;
  }

  /**
   * The title of the one article loaded, when that title is a name alone ("Cornelius Vane", "Draventor
   * Castle"): an encyclopaedia entry, whose he/she/it is that subject. Undefined for news headlines
   * and for several articles.
   */
  entrySubject(): string | undefined {
    if (this.articles.length !== 1) return undefined;
    const title = this.articles[0]!.meta.headline?.trim();
    return title && ENTRY_TITLE.test(title) ? title : undefined;
  }

  /** How the articles write a run of words they capitalise together ("tamar river" → "Tamar River"), if they do. */
  capitalisedName(lowerWords: string): string | undefined {
    return this.names.get(lowerWords);
  }

  /** How the articles write a word they mostly capitalise ("portvale" → "Portvale"), if they do. */
  capitalisedForm(lower: string): string | undefined {
    return this.capitalised.get(lower);
  }

  /** The articles' word this misspelling is closest to ("brekowsca" → "brekowska"), if any. */
  spellingOf(lower: string): string | undefined {
    return this.spelling.correct(lower) ?? undefined;
  }

  /**
   * The articles' word these letters shorten, keeping its first letter and the rest in order
   * ("govts" → "governments", "mgmt" → "management"), if one does.
   */
  shortenedFrom(lower: string): string | undefined {
    for (const word of this.vocabulary) {
      if (word.length <= lower.length || word[0] !== lower[0]) continue;
      let at = 1;
      for (let i = 1; i < word.length && at < lower.length; i++) if (word[i] === lower[at]) at++;
      if (at === lower.length) return word;
    }
    return undefined;
  }

  /** How the articles write an ordinary word they only ever use as a name on its own, if they do. */
  nameOnItsOwn(lower: string): string | undefined {
    return this.aloneNames.get(lower);
  }

  /** The hyphenated word the articles write for these letters ("ceasefire" → "cease-fire"), if any. */
  hyphenatedForm(joined: string): string | undefined {
    return this.hyphenated.get(joined);
  }

  /** A hyphenated word the articles write in another form of the same word ("reoccupy" → "re-occupied"). */
  hyphenatedOfKey(key: string): string | undefined {
    return this.hyphenatedByKey.get(key);
  }

  /** The sentence before `s` in the same paragraph, which often names what "it" or "they" refers to. */
  previous(s: Sentence): Sentence | undefined {
    const prev = this.sentences[s.id - 1];
    return prev && prev.article === s.article && prev.paragraph === s.paragraph && s.part === "body" ? prev : undefined;
  }

  /** The sentence after `s` in the same paragraph. */
  next(s: Sentence): Sentence | undefined {
    const next = this.sentences[s.id + 1];
    return next && next.article === s.article && next.paragraph === s.paragraph && s.part === "body" ? next : undefined;
  }

  articleOf(s: Sentence): Article | undefined {
    return this.articles.find((a) => a.file === s.article);
  }

  /** Maps question words onto index keys, correcting misspellings against the articles' words. */
  queryTerms(written: readonly { lower: string; key: string; isName: boolean }[]): QueryTerm[] {
    const maxIdf = Math.log(1 + (this.size + 0.5) / 0.5);
    return this.joinSplitWords(written).map((w) => {
      let key = w.key;
      if (!this.bm25.has(key)) {
        const corrected = this.spelling.correct(w.lower);
        // "maximum" is no misspelling of "minimum": a correction into the opposite word would
        // let a sentence saying the opposite answer the question. And a dictionary word is a
        // slip only when one letter away ("decent" for "descent"): "condemn" is not "concern".
        if (
          corrected &&
          !antonymKeys(w.key).has(termKey(corrected)) &&
          (!isCommonWord(w.lower) || oneEditApart(w.lower, corrected))
        )
          key = termKey(corrected);
      }
      const known = this.bm25.has(key);
      return { lower: w.lower, key, known, idf: known ? this.bm25.idf(key) : maxIdf, isName: w.isName };
    });
  }

  /** "Data Base" → "database" when the articles write it as one word. */
  private joinSplitWords(
    words: readonly { lower: string; key: string; isName: boolean }[],
  ): { lower: string; key: string; isName: boolean }[] {
    const out: { lower: string; key: string; isName: boolean }[] = [];
    for (let i = 0; i < words.length; i++) {
      const [a, b] = [words[i]!, words[i + 1]];
      const joined = b ? a.lower + b.lower : "";
      // (The word itself, not only its key: "Arden ally" is no "ardenally", whose stem is "arden".)
      if (b && this.vocabulary.has(joined) && this.bm25.has(termKey(joined))) {
        out.push({ lower: joined, key: termKey(joined), isName: a.isName || b.isName });
        i++;
      } else out.push(a);
    }
    return out;
  }

  /** BM25 ranking of sentences for the given terms: the best `limit`, and how many sentences matched in all. */
  rank(
    terms: readonly QueryTerm[],
    weights?: ReadonlyMap<string, number>,
    limit?: number,
  ): { hits: SentenceHit[]; matched: number } {
    const { hits, matched } = this.bm25.search(
      terms.filter((t) => t.known).map((t) => t.key),
      weights,
      limit,
    );
    return { hits: hits.map((h) => ({ sentence: this.sentences[h.doc]!, score: h.score })), matched };
  }

  /** Free-text passage search, for /quote and for related passages. */
  searchSentences(query: string, limit: number): SentenceHit[] {
    const words = tokenize(query).map((t) => ({ lower: t.lower, key: t.key, isName: false }));
    return this.rank(this.queryTerms(words), undefined, limit).hits;
  }

  /** Facts about a topic (fuzzy), or every fact when no topic is given. */
  findFacts(topic?: string): Fact[] {
    const t = topic?.trim();
    if (!t) return this.facts;
    this.factFuse ??= new Fuse(this.facts, {
      keys: [
        { name: "subject", weight: 2 },
        { name: "object", weight: 1 },
        { name: "predicate", weight: 0.5 },
      ],
      ignoreLocation: true,
      threshold: 0.3,
      includeScore: true,
    });
    return this.factFuse.search(t.slice(0, 64)).map((r) => r.item);
  }
}
