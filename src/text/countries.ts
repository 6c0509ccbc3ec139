// Country names and the words for their people (demonyms) fold together, so a question about
// "Ruritanians" finds a sentence about "Ruritania" and back. The pairs come from the
// world-countries data set (every country's names and demonyms), not from a hand list
// that would know only the countries of the articles it was tried on.
import { createRequire } from "node:module";
import type { Country } from "world-countries";
import { isOrdinaryWord } from "./lexicon.ts";

// The package is CommonJS; require() reads its JSON the same way under node, tsx and vitest.
const countries = createRequire(import.meta.url)("world-countries") as Country[];

/** One word as the tokenizer sees it, or undefined for names of several words ("North Ruritania"). */
function singleWord(name: string | undefined): string | undefined {
  const lower = name?.toLowerCase();
  return lower && /^\p{L}+$/u.test(lower) ? lower : undefined;
}

function demonymsOf(c: Country): string[] {
  const eng = c.demonyms.eng;
  return eng ? [eng.m, eng.f].map(singleWord).filter((w) => w !== undefined) : [];
}

/**
 * The one-word names of a country: its common name, and for a state the name its official one
 * ends with ("United Provinces of Ruritania") when its demonym is built on that name ("Ruritanian").
 */
function namesOf(c: Country): string[] {
  const tail = singleWord(/\bof (?:the )?(\p{L}+)$/u.exec(c.name.official)?.[1]);
  const built = tail && c.unMember && demonymsOf(c).some((d) => d.startsWith(tail) && d !== tail);
  return [singleWord(c.name.common), built ? tail : undefined].filter((w) => w !== undefined);
}

/**
 * For each country, its one-word names and demonyms: ["ruritania", "ruritanian"]. A word several
 * countries share goes to the one UN member among them (a state, not its territories); when that
 * does not settle it, to none. A country with fewer than two words left has nothing to fold.
 */
/**
 * The abbreviations news writes for a state whose common name has several words: an alternative
 * spelling the data set gives that is the initials of its name ("US", "USA", "UK", "UAE"); not an
 * ISO code of a one-word name ("IT" would be the pronoun, "FR" is no word news uses).
 */
function initialismsOf(c: Country): string[] {
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
  if (!c.unMember || !/\s/.test(c.name.common)) return [];
  const forms = new Set([c.name.common, c.name.official].map(initials));
  return c.altSpellings.filter((a) => /^\p{Lu}{2,4}$/u.test(a) && forms.has(a)).map((a) => a.toLowerCase());
}

function countryGroups(): string[][] {
  const groups = countries.map((c) => ({ un: c.unMember, words: [...new Set([...namesOf(c), ...demonymsOf(c)])] }));
  const owners = new Map<string, { un: boolean }[]>();
  for (const g of groups) for (const w of g.words) owners.set(w, [...(owners.get(w) ?? []), g]);
  const owns = (g: { un: boolean }, w: string) => {
    const all = owners.get(w)!;
    if (all.length === 1) return true;
    const members = all.filter((o) => o.un);
    return members.length === 1 && members[0] === g;
  };
  return groups.map((g) => g.words.filter((w) => owns(g, w))).filter((words) => words.length >= 2);
}

/**
 * A country named in several words folds by its last one when its demonym is the same words but
 * the last: "North Ruritania" / "North Ruritanian" gives "ruritania" ~ "ruritanian". (Two countries
 * may give the same pair; a word that already folds as a country of its own, or pairs two ways, is
 * left alone.)
 */
function lastWordPairs(single: readonly string[][]): string[][] {
  const taken = new Set(single.flat());
  const pairs = new Map<string, Set<string>>();
  for (const c of countries) {
    const name = c.name.common.toLowerCase().split(/\s+/);
    const demonym = c.demonyms.eng?.m.toLowerCase().split(/\s+/) ?? [];
    if (name.length < 2 || demonym.length !== name.length) continue;
    if (name.slice(0, -1).join(" ") !== demonym.slice(0, -1).join(" ")) continue;
    const [place, people] = [name.at(-1)!, demonym.at(-1)!];
    if (place === people || !/^\p{L}+$/u.test(place) || !/^\p{L}+$/u.test(people)) continue;
    // (Not a word of the language: "Norfolk Island" / "Norfolk Islander" says nothing of islands.)
    if (taken.has(place) || taken.has(people) || isOrdinaryWord(place)) continue;
    pairs.set(place, (pairs.get(place) ?? new Set()).add(people));
  }
  const oneWay = [...pairs].filter(([, people]) => people.size === 1).map(([place, people]) => [place, ...people]);
  const partners = new Map<string, number>();
  for (const [, people] of oneWay) partners.set(people!, (partners.get(people!) ?? 0) + 1);
  return oneWay.filter(([, people]) => partners.get(people!) === 1);
}

export const COUNTRY_GROUPS: readonly string[][] = countryGroups();
/**
 * The last-word pairs: they fold as search words, but a word of them is no country of its own
 * (the last word of "South Ruritania" may name a whole region: "how many followers in East
 * Ruritania?" may be answered by a number in one country of it).
 */
export const NAME_PART_GROUPS: readonly string[][] = lastWordPairs(COUNTRY_GROUPS);

/**
 * Each initialism ("us", "uk", "uae") with a word of its country's group: it folds with that group
 * as written, never by its stem (the stem of "used" is "us").
 */
export const COUNTRY_INITIALISMS: ReadonlyMap<string, string> = new Map(
  countries.flatMap((c) => {
    const word = [...namesOf(c), ...demonymsOf(c)][0];
    return word ? initialismsOf(c).map((abbr): [string, string] => [abbr, word]) : [];
  }),
);

const DEMONYMS: ReadonlySet<string> = new Set(countries.flatMap(demonymsOf));
/** "ruritanian": the word for a country's people (lower case), whose plural is no possessive. */
export const isDemonym = (lower: string): boolean => DEMONYMS.has(lower);
