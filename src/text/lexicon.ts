// What the lexicon of compromise knows about a single word: whether it is an ordinary word
// ("war", "cup", "final") rather than a name ("Portvale", "Okafor"), whatever its case in an article.
import nlp from "compromise";
import { inDictionary } from "./dictionary.ts";

const NAME_TAGS = new Set([
  "ProperNoun",
  "Person",
  "FirstName",
  "LastName",
  "MaleName",
  "FemaleName",
  "Honorific",
  "Place",
  "City",
  "Country",
  "Region",
  "Demonym",
  "Organization",
  "Month",
  "WeekDay",
]);
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one
  .lexicon;

/** True when the lexicon knows the word only as a name: "lena", "peru"; not "may" or "will". */
export function isKnownName(lower: string): boolean {
  const tags = lexicon[lower];
  if (tags === undefined) return false;
  return (Array.isArray(tags) ? tags : [tags]).every((t) => NAME_TAGS.has(t));
}

/** True when the lexicon lists the word as something other than a name: "war" yes, "pellham" no, "okafor" no. */
export function isCommonWord(lower: string): boolean {
  const tags = lexicon[lower];
  if (tags === undefined) return false;
  return (Array.isArray(tags) ? tags : [tags]).every((t) => !NAME_TAGS.has(t));
}

/**
 * True for an ordinary word, by the lexicon or by the dictionary, unless the lexicon also knows it
 * as a name: "company" and "moon" yes, "lisbon" and "peru" no (a dictionary may list a name as a
 * word too: "china", the porcelain).
 */
export function isOrdinaryWord(lower: string): boolean {
  if (isCommonWord(lower)) return true;
  const tags = lexicon[lower];
  const named = tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((t) => NAME_TAGS.has(t));
  return !named && inDictionary(lower);
}
