// Verb forms for rewording a question: "attacked" → "attack", as in "why did they attack …?".
import nlp from "compromise";
import { IRREGULAR_VERBS } from "./words.ts";

const cache = new Map<string, string>();

/** The infinitive of a verb form ("visited" → "visit", "met" → "meet"); the word itself when unsure. */
export function infinitive(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = IRREGULAR_VERBS[lower];
  if (irregular) return irregular;
  let found = cache.get(lower);
  if (found === undefined) {
    // In a clause ("they released"), so a form that is also an adjective is read as the verb.
    const words = (nlp(`they ${lower}`).verbs().toInfinitive().text() as string).trim().toLowerCase().split(/\s+/);
    found = words.at(-1) || lower;
    if (cache.size < 5_000) cache.set(lower, found);
  }
  return found;
}
