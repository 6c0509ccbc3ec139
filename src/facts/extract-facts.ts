// Extracts facts from an article by general rules over tagged sentences: people and organisations
// with their roles (appositions and titles), numbers with what they count, places, dates, who did
// what to whom, and who says so. Nothing here knows any particular article.
import type { Article } from "../knowledge/article.ts";
import type { Fact } from "./fact.ts";
import { candidateText, findCandidates, type Candidate } from "../analysis/candidates.ts";
import { findAttribution, flagsUnverified } from "../analysis/attribution.ts";
import { endsClause, isProper, isVerb, tagSentence, type TaggedTerm } from "../text/tag-sentence.ts";
import { formatDate } from "../text/dates.ts";
import { HONORIFIC, TITLE_WORDS } from "../text/people.ts";
import { dedupeFacts } from "./dedupe-facts.ts";
import { findRelations } from "./find-relations.ts";
import { lacksReferent, runsOn, startsInside, unbalanced } from "./phrase-bounds.ts";

/** Bump when the rules change, so saved facts files are re-extracted. */
export const EXTRACTOR_VERSION = 20;

/** A word of a title before a name ("Deputy Foreign Minister Tomas Brek"): the people nouns' list in text/people.ts. */
const isTitleWord = (lower: string) => TITLE_WORDS.has(lower);

export function extractFacts(article: Article): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const push = (f: Fact) => {
    const id = `${f.kind}|${f.subject}|${f.predicate}|${f.object}|${f.sentence}`;
    if (!seen.has(id) && f.subject && f.object) {
      seen.add(id);
      facts.push(f);
    }
  };
  const { meta } = article;
  const headlineAt = article.sentences.findIndex((s) => s.part === "headline");
  const metaAt = Math.max(0, headlineAt);
  if (meta.headline)
    push({ kind: "meta", subject: "article", predicate: "headline", object: meta.headline, sentence: metaAt });
  if (meta.subtitle)
    push({ kind: "meta", subject: "article", predicate: "subtitle", object: meta.subtitle, sentence: metaAt });
  if (meta.date)
    push({ kind: "meta", subject: "article", predicate: "published", object: formatDate(meta.date), sentence: metaAt });

  article.sentences.forEach((sentence, local) => {
    if (sentence.part !== "body") return;
    const text = sentence.text;
    const terms = tagSentence(text);
    const candidates = findCandidates(text, terms);
    const say = (c: Candidate) => candidateText(text, terms, c);
    const attribution = findAttribution(text);
    const at = { sentence: local, ...(attribution ? { attribution } : {}) };

    for (const role of findRoles(text, terms)) push({ kind: "role", predicate: "is", ...role, ...at });
    for (const c of candidates) {
      // "state" of "state news agency", "Velt's" of "Velt's chief negotiator": a piece, not a name.
      if (!c.date && !c.number && !wholeName(text, terms, c)) continue;
      if ((c.date || c.number) && !wholeNumber(text, terms, c, candidates)) continue;
      const name = say(c);
      if (c.date) push({ kind: "date", subject: name, predicate: "date", object: clauseAround(text, terms, c), ...at });
      else if (c.number)
        push({ kind: "number", subject: name, predicate: "counts", object: countedThing(text, terms, c), ...at });
      else if (c.named && c.place && !c.person)
        push({ kind: "place", subject: name, predicate: "mentioned", object: clauseAround(text, terms, c), ...at });
      else if (c.named && c.to - c.from <= 6)
        push({ kind: "entity", subject: name, predicate: "mentioned", object: clauseAround(text, terms, c), ...at });
    }
    for (const r of findRelations(text, terms, candidates)) push({ kind: "relation", ...r, ...at });
    // "He said": a pronoun names no source a reader can check.
    if (attribution && !/^(according to |citing )?(he|she|they|it|we|i|you)\b/i.test(attribution)) {
      const verdict = flagsUnverified(article.sentences[local + 1]?.text ?? "") ? " (not yet verified)" : "";
      push({
        kind: "attribution",
        subject: attribution,
        predicate: "says",
        object: text.replace(/\s+/g, " ").trim() + verdict,
        sentence: local,
      });
    }
  });
  return dedupeFacts(facts);
}

/** A candidate shown as a fact's subject: a whole phrase that names something. */
function wholeName(text: string, terms: readonly TaggedTerm[], c: Candidate): boolean {
  return (
    !lacksReferent(terms, c.from, c.to) &&
    !runsOn(text, terms, c.to) &&
    !startsInside(text, terms, c.from) &&
    !unbalanced(candidateText(text, terms, c)) &&
    !followsModal(terms, c.from) &&
    // "Velt's" of "Velt's winning margin" is a possessive, not a name; a name never runs over a line break.
    !/['’]s$/.test(candidateText(text, terms, c)) &&
    !/\n/.test(candidateText(text, terms, c)) &&
    // A name ends in a noun: not "Velt later" (an adverb), "Carrowby two years ago", "City 3-1";
    // and holds no verb: not "Velt Mining employs 400 people".
    endsInNoun(terms[c.to - 1]!) &&
    !terms.slice(c.from, c.to).some((t) => t.tags.has("Verb") && !t.tags.has("Gerund") && !isProper(t)) &&
    !joinsTwoPhrases(terms, c)
  );
}

/**
 * A number or date shown as a fact: brackets closed ("$3bn (£2bn" is a piece), not part of a name
 * ("Index 100's"), and not a piece of a longer number read as a date ("118" of "118 million").
 */
function wholeNumber(text: string, terms: readonly TaggedTerm[], c: Candidate, all: readonly Candidate[]): boolean {
  const phrase = candidateText(text, terms, c);
  if (unbalanced(phrase) || /['’]s\b/.test(phrase) || startsInside(text, terms, c.from)) return false;
  // "18-year-old": the number is part of a word.
  if (text[terms[c.to - 1]!.end] === "-") return false;
  const before = terms[c.from - 1];
  if (before && isProper(before) && !endsClause(before) && !before.tags.has("Date")) return false;
  // "once" is mostly "formerly" ("he once said"), not a count.
  if (phrase.toLowerCase() === "once") return false;
  const covers = (o: Candidate) => o.from <= c.from && o.to >= c.to && o.to - o.from > c.to - c.from;
  // "118" of "118 million" is no date; "1920" of "5 April 1920" is no count.
  return !(c.date ? all.some((o) => o.number && !o.date && covers(o)) : all.some((o) => o.date && covers(o)));
}

/** A name's last word: a noun, a Roman numeral ("World War II") or a bracketed year ("Airport (1968)"). */
const endsInNoun = (t: TaggedTerm) =>
  t.tags.has("RomanNumeral") ||
  /^\)/.test(t.post) ||
  /^\(.*\)$/.test(t.text) ||
  ((t.tags.has("Noun") || isProper(t)) && !t.tags.has("Value") && !t.tags.has("Adverb") && !/\d/.test(t.text));

/** "will soon visit Carrowby": after "will", "can" or "to", the word is a verb that the tagger read as a noun. */
function followsModal(terms: readonly TaggedTerm[], from: number): boolean {
  let k = from - 1;
  if (
    k >= 0 &&
    (terms[k]!.tags.has("Adverb") || /^(soon|also|now|then|still|never|already|later)$/.test(terms[k]!.lower))
  )
    k--;
  return k >= 0 && !isProper(terms[from]!) && (terms[k]!.tags.has("Modal") || terms[k]!.lower === "to");
}

/**
 * "consider Velt a threat": an article inside a phrase, not after "of"/"for"/"and", starts a second
 * phrase. "Velt beat Carrowby Mills": a lower-case word between two names is a verb joining them.
 */
function joinsTwoPhrases(terms: readonly TaggedTerm[], c: Candidate): boolean {
  for (let k = c.from + 1; k < c.to; k++) {
    const t = terms[k]!;
    if (/^(a|an|the)$/.test(t.lower) && !/^(of|for|from|and|or|in|on|at|to|with|by)$/.test(terms[k - 1]!.lower))
      return true;
    if (
      k + 1 < c.to &&
      /^\p{Ll}/u.test(t.text) &&
      !/^(of|the|and|de|von|van|al|bin|ibn|for|on|upon|in)$/.test(t.lower) &&
      /^\p{Lu}/u.test(terms[k - 1]!.text) &&
      /^\p{Lu}/u.test(terms[k + 1]!.text)
    )
      return true;
  }
  return false;
}

/** "Ilka Velt, the spokesperson for X," / "the president of X, Oren Task," / "Deputy Minister Tomas Brek". */
function findRoles(text: string, terms: readonly TaggedTerm[]): { subject: string; object: string }[] {
  const out: { subject: string; object: string }[] = [];
  const names = nameRuns(terms);
  for (const [from, to] of names) {
    const name = text.slice(terms[from]!.start, terms[to - 1]!.end);
    // Title words just before the name.
    let t = from;
    while (t > 0 && !endsClause(terms[t - 1]!) && isTitlePart(terms[t - 1]!)) t--;
    // The whole title, not its last words: "state news agency", not "agency"; "project scientist".
    if (t < from) while (t > 0 && from - t < 8 && !endsClause(terms[t - 1]!) && modifiesTitle(terms[t - 1]!)) t--;
    // Nor half of a hyphenated word: "18-year-old striker", not "year-old striker".
    while (t > 0 && t < from && text[terms[t]!.start - 1] === "-" && terms[t - 1]!.end === terms[t]!.start - 1) t--;
    // An honorific at the end of the title is not part of the role: "project scientist Dr. Maya …".
    let titleEnd = from;
    while (titleEnd > t && HONORIFIC.test(terms[titleEnd - 1]!.lower.replace(/\.$/, ""))) titleEnd--;
    const titleText = t < titleEnd ? text.slice(terms[t]!.start, terms[titleEnd - 1]!.end) : "";
    // A title that is only an honorific ("Dr.", "Mr") is no role.
    const roleWords = terms.slice(t, from).filter((x) => isTitleWord(x.lower) && !HONORIFIC.test(x.lower));
    if (titleText && roleWords.length) out.push({ subject: name, object: titleText });
    // Apposition after the name: ", the spokesperson for the Dunmeran Foreign Ministry,".
    if (endsClause(terms[to - 1]!) && /,/.test(terms[to - 1]!.post)) {
      const end = clauseEnd(terms, to);
      const first = terms[to];
      if (
        first &&
        end > to &&
        end - to <= 12 &&
        (/^(the|a|an)$/.test(first.lower) || first.tags.has("Possessive")) &&
        /,|$/.test(terms[end - 1]!.post)
      ) {
        out.push({ subject: name, object: text.slice(first.start, terms[end - 1]!.end) });
      }
    }
    // Apposition before the name: "the president of X, Oren Task," (or "…, Dr. Akin Abayomi,").
    const lead = roleWords.length ? from : t;
    if (lead > 1 && /,/.test(terms[lead - 1]!.post)) {
      let start = lead - 1;
      while (start > 0 && !endsClause(terms[start - 1]!)) start--;
      while (start < lead - 1 && !/^(the|a|an)$/.test(terms[start]!.lower)) start++;
      if (/^(the|a|an)$/.test(terms[start]!.lower) && lead - start <= 12 && /,/.test(terms[to - 1]?.post ?? "")) {
        out.push({ subject: name, object: text.slice(terms[start]!.start, terms[lead - 1]!.end) });
      }
    }
  }
  return out;
}

/** A word that can stand inside a title before its head noun ("news", "nuclear"), not a verb or article. */
const modifiesTitle = (t: TaggedTerm) =>
  (t.chunk === "Noun" || t.chunk === "Adjective") &&
  (t.tags.has("Noun") || t.tags.has("Adjective")) &&
  !t.tags.has("Determiner") &&
  !t.tags.has("Pronoun") &&
  !t.tags.has("Verb") &&
  !t.tags.has("Preposition") &&
  // Prepositions the tagger can read as nouns ("including President Oren Task").
  !/^(including|excluding|following|according|regarding|concerning|among|amid)$/.test(t.lower) &&
  !t.tags.has("Value") &&
  !/['’]s$/.test(t.text);

const isTitlePart = (t: TaggedTerm) => isTitleWord(t.lower) || t.tags.has("Demonym") || isProper(t);

/** Runs of person names (at least one Person-tagged word). */
function nameRuns(terms: readonly TaggedTerm[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < terms.length; ) {
    const startsName = (t: TaggedTerm | undefined) => t?.tags.has("Person") && !isTitleWord(t.lower);
    if (isTitleWord(terms[i]!.lower) || !(startsName(terms[i]) || (isProper(terms[i]!) && startsName(terms[i + 1])))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < terms.length && isProper(terms[j]!) && !isTitleWord(terms[j]!.lower) && !endsClause(terms[j - 1]!)) j++;
    // Drop title words at the start of the run ("Minister Tomas Brek" → "Tomas Brek").
    let from = i;
    while (from < j - 1 && isTitleWord(terms[from]!.lower)) from++;
    // One capitalised word tagged as a person is often a misread ("Authority"); a known first or last name, or two words, is a name.
    if (j - from >= 2 || terms.slice(from, j).some((t) => t.tags.has("FirstName") || t.tags.has("LastName")))
      runs.push([from, j]);
    i = j;
  }
  return runs;
}

function clauseEnd(terms: readonly TaggedTerm[], from: number): number {
  let i = from;
  while (i < terms.length && !endsClause(terms[i]!)) i++;
  return Math.min(terms.length, i + 1);
}

/** The whole clause around a candidate, from one clause break to the next: never a piece of one. */
function clauseAround(text: string, terms: readonly TaggedTerm[], c: Candidate): string {
  // A clause ends at a comma, semicolon, colon, dash or line break (the lines of a list are not one
  // clause), not at a bracket: "spend $3bn (£2bn) on mines" is one clause.
  const breaks = (t: TaggedTerm) => /[,;:–—\n]|\s-\s/.test(t.post);
  let from = c.from;
  while (from > 0 && !breaks(terms[from - 1]!)) from--;
  let to = c.to;
  while (to < terms.length && !breaks(terms[to - 1]!)) to++;
  // With the quotation marks and brackets written around its first and last words.
  const clause = () => {
    const open = /["“‘(]*$/.exec(terms[from]!.pre)![0].length;
    const close = /^["”’)]*/.exec(terms[to - 1]!.post)![0].length;
    return text.slice(terms[from]!.start - open, terms[to - 1]!.end + close).replace(/[\s,;:.]+$/, "");
  };
  // A bracket or a quotation opened in the clause runs on to where it closes: "spend $3bn (£2bn)".
  // (A quotation that runs on from the sentence before, or into the next, cannot close: then only
  // the stray mark at either end goes.)
  const open = (p: string) => unbalanced(p) && !unbalanced(text);
  while (open(clause()) && to < terms.length) {
    to++;
    while (to < terms.length && !breaks(terms[to - 1]!)) to++;
  }
  while (open(clause()) && from > 0) {
    from--;
    while (from > 0 && !breaks(terms[from - 1]!)) from--;
  }
  const whole = clause();
  return unbalanced(whole) ? whole.replace(/^["“]|["”]$/g, "") : whole;
}

/** What a number counts: the words after it, up to the end of the noun phrase. */
function countedThing(text: string, terms: readonly TaggedTerm[], c: Candidate): string {
  let to = c.to;
  // Nouns and adjectives, and a participle used as one ("224 kidnapped individuals").
  const describes = (t: TaggedTerm, next?: TaggedTerm) =>
    (t.chunk === "Noun" || t.tags.has("Adjective") || (t.tags.has("PastTense") && next?.chunk === "Noun")) &&
    !(isVerb(t) && next?.chunk !== "Noun");
  // "4.5% this year": a determiner or a date after the number starts another phrase.
  const startsOther = (t: TaggedTerm) => t.tags.has("Determiner") || t.tags.has("Date") || t.tags.has("Pronoun");
  while (to < terms.length && to - c.to < 5 && describes(terms[to]!, terms[to + 1]) && !startsOther(terms[to]!)) {
    if (/\n/.test(terms[to - 1]!.post)) break;
    to++;
    if (endsClause(terms[to - 1]!)) break;
  }
  // Nothing counted, a phrase cut short ("three times the size of …") or a name ("number two Velt"):
  // the whole clause instead.
  // (Nor anything after a clause break: "a journey of 9 million miles, officials said" counts no officials.)
  const first = terms[c.to];
  if (
    to === c.to ||
    endsClause(terms[c.to - 1]!) ||
    runsOn(text, terms, to) ||
    (first && isProper(first) && !first.tags.has("Demonym"))
  )
    return clauseAround(text, terms, c);
  return text.slice(terms[c.to]!.start, terms[to - 1]!.end).replace(/[,;:.]+$/, "");
}
