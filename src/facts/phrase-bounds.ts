// Whether a stretch of a tagged sentence is a whole phrase, so that no fact shows a cut-off piece:
// "the age" of "the age of 84", "Korea First (KF" with its bracket open, "state" of "state news agency".
import { endsClause, isNumber, type TaggedTerm } from "../text/tag-sentence.ts";

/** Pronouns and bare determiners that name no one on their own ("it", "they", "both", "this"). */
const NO_REFERENT =
  /^(i|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their|this|that|these|those|both|either|neither|each|all|some|one|someone|something|there|here|who|which|what)$/;

/** True when a phrase names nothing by itself: a pronoun, a bare determiner, or "its …"/"their …". */
export function lacksReferent(terms: readonly TaggedTerm[], from: number, to: number): boolean {
  const first = terms[from];
  if (!first) return true;
  if (to - from === 1) return NO_REFERENT.test(first.lower) || first.tags.has("Pronoun");
  // "its shares", "their lives": whose, the fact cannot say.
  return /^(its|their|his|her|our|my|your|this|that|these|those)$/.test(first.lower);
}

/** True when the words run on after `to` without a clause break, so [from, to) is a cut-off piece. */
export function runsOn(text: string, terms: readonly TaggedTerm[], to: number): boolean {
  const last = terms[to - 1]!;
  const next = terms[to];
  if (!next || endsClause(last) || /[.!?]/.test(last.post)) return false;
  // A word joined by a hyphen ("all-out", "4-0 lead") continues the phrase.
  if (text[last.end] === "-") return true;
  // "of" carries the phrase on ("the age of 84"); so does a noun ("state news agency").
  return next.lower === "of" || (next.chunk === "Noun" && !next.tags.has("Pronoun") && !next.tags.has("Date"));
}

/** True when the words before `from` are part of the same phrase ("Smoke-free areas" cut to "free areas"). */
export function startsInside(text: string, terms: readonly TaggedTerm[], from: number): boolean {
  const before = terms[from - 1];
  if (!before) return false;
  // "the Harbour (Dredging) Act" cut to "Act": a bracket closes just before the phrase.
  if (/\)\s*$/.test(text.slice(0, terms[from]!.start))) return true;
  if (text[terms[from]!.start - 1] === "-" && before.end === terms[from]!.start - 1) return true;
  // "the harassed port manager" cut to "port manager": a modifier before it, with no break between.
  // (A number starts a phrase of its own: "the bridge cost 48 million pounds".)
  return (
    !isNumber(terms[from]!) &&
    !endsClause(before) &&
    (before.tags.has("Adjective") || (before.chunk === "Noun" && before.tags.has("Noun"))) &&
    !before.tags.has("Determiner") &&
    !before.tags.has("Pronoun") &&
    !before.tags.has("Possessive") &&
    !/['’]s$/.test(before.text)
  );
}

/** True when brackets or quotation marks open in the phrase but do not close in it (or the reverse). */
export function unbalanced(phrase: string): boolean {
  const count = (re: RegExp) => (phrase.match(re) ?? []).length;
  return (
    count(/\(/g) !== count(/\)/g) ||
    count(/\[/g) !== count(/\]/g) ||
    count(/"/g) % 2 === 1 ||
    count(/“/g) !== count(/”/g)
  );
}
