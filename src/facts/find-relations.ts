// Who did what to whom: subject – verb – object triples, kept only when the sentence's grammar makes
// each part certain. A doubtful triple is dropped rather than shown: a wrong fact misleads a reader.
import { type Candidate, candidateText, clausesOf } from "../analysis/candidates.ts";
import { endsClause, isNumber, isVerb, type TaggedTerm } from "../text/tag-sentence.ts";
import { lacksReferent, runsOn, startsInside, unbalanced } from "./phrase-bounds.ts";

export interface Relation {
  subject: string;
  predicate: string;
  object: string;
}

/** Words that may stand between a subject and its verb ("has", "will soon", "also", "recently"). */
const isVerbHelper = (t: TaggedTerm) =>
  t.tags.has("Auxiliary") ||
  t.tags.has("Copula") ||
  t.tags.has("Modal") ||
  (t.tags.has("Adverb") && !t.tags.has("Negative")) ||
  /^(also|recently|soon|now|then|already|still|later|once|just|reportedly)$/.test(t.lower);

/** Words that may join a verb to its object: particles and prepositions ("met with", "called for", "sold off"). */
const isVerbParticle = (t: TaggedTerm) =>
  t.tags.has("Particle") ||
  (t.tags.has("Preposition") && !/^(that|whether|if|because|than|like)$/.test(t.lower)) ||
  /^(up|out|off|down|back|away|over|on|in|into|for|with|to|from|about|at|by|as)$/.test(t.lower);

/** Fixed phrases that a verb's "as" opens, not an object: "died as a result of", "as part of", "as well as". */
const AS_IDIOM = /^(a result|result|part|well|such|soon|long|far|much|many)\b/i;

/** Words after which a clause, and so a subject, can begin: "…, and Velt said", "after the board voted". */
const OPENS_CLAUSE =
  /^(and|but|or|so|yet|that|when|while|where|as|because|if|although|though|since|after|before|until|once|whether|however|meanwhile|then|now|also|earlier|later|today|yesterday)$/;

/** Relative and complement words that start a clause inside another ("which", "who", "that"). */
const SUBORDINATOR = /^(which|who|whom|whose|that|where|when|whether|if)$/;

const isNegation = (t: TaggedTerm) => t.tags.has("Negative") || /^(not|never|n't|no)$/.test(t.lower);

export function findRelations(
  text: string,
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
): Relation[] {
  const out: Relation[] = [];
  const clauses = clausesOf(terms);
  /** Subject of each verb so far, by the verb's index, for "Velt said that she …". */
  const subjects = new Map<number, Candidate>();
  const byEnd = (to: number) =>
    candidates.filter((c) => c.to === to && !c.number && !c.date).sort((a, b) => a.from - b.from)[0];
  const byStart = (from: number) => candidates.filter((c) => c.from === from).sort((a, b) => b.to - a.to)[0];

  terms.forEach((verb, i) => {
    if (!isVerb(verb) || verb.tags.has("Gerund") || verb.tags.has("Infinitive")) return;
    if (i > 0 && isNumber(terms[i - 1]!)) return;
    // The verb group: helpers before the verb ("has urged", "will soon visit"). A negation turns the
    // fact around ("does not consider"), so a negated verb gives no fact.
    let group = i;
    while (
      group > 0 &&
      !endsClause(terms[group - 1]!) &&
      (isVerbHelper(terms[group - 1]!) || isNegation(terms[group - 1]!))
    )
      group--;
    if (terms.slice(group, i + 1).some(isNegation) || isNegation(terms[i + 1] ?? verb)) return;
    // A bare past participle followed by the clause's own verb describes a noun, it is no verb of
    // its own: "sailors held in the harbour have died" says nothing about who "held in" the harbour.
    if (group === i && verb.tags.has("PastTense") && describesNoun(terms, i)) return;

    const subject = subjectBefore(terms, clauses, group, byEnd) ?? reporter(terms, group, subjects);
    if (!subject || !wholePhrase(text, terms, subject) || !namesActor(terms, subject)) return;
    subjects.set(i, subject);

    // Between verb and object only particles and prepositions: "met with", "called for".
    let at = i + 1;
    while (
      at < terms.length &&
      at - i <= 2 &&
      !byStart(at) &&
      isVerbParticle(terms[at]!) &&
      !endsClause(terms[at - 1]!)
    )
      at++;
    if (endsClause(terms[at - 1]!) && at - 1 >= i) return;
    let object = byStart(at);
    if (!object || object.date) return;
    if (terms[at - 1]!.lower === "as" && AS_IDIOM.test(text.slice(terms[object.from]!.start))) return;
    // "the political leadership of the guild": an "of" phrase belongs to the object.
    for (let step = 0; step < 2 && terms[object.to]?.lower === "of" && !endsClause(terms[object.to - 1]!); step++) {
      const rest = byStart(object.to + 1);
      if (!rest) break;
      object = { ...object, to: rest.to };
    }
    if (!wholePhrase(text, terms, object)) return;
    // "said the plan would save money": the phrase after the verb is the subject of a clause that
    // follows, not the verb's object.
    const after = terms[object.to];
    if (after && !endsClause(terms[object.to - 1]!) && (after.tags.has("Verb") || after.tags.has("Auxiliary"))) return;

    out.push({
      subject: candidateText(text, terms, subject),
      predicate: text.slice(terms[group]!.start, terms[at - 1]!.end),
      object: candidateText(text, terms, object),
    });
  });
  return out;
}

/**
 * The subject of a verb group starting at `group`: the phrase just before it ("the board voted"),
 * or the phrase before an aside between commas ("the board, which met on Monday, voted") or a
 * non-restrictive "who/which" ("Velt, who left in May" → Velt left in May). Nothing else: a phrase
 * further back is most likely the object of another verb or inside a prepositional phrase.
 */
function subjectBefore(
  terms: readonly TaggedTerm[],
  clauses: readonly number[],
  group: number,
  byEnd: (to: number) => Candidate | undefined,
): Candidate | undefined {
  if (group === 0) return undefined;
  let end = group;
  const before = terms[group - 1]!;
  if (/^(who|which)$/.test(before.lower) && group > 1 && /,/.test(terms[group - 2]!.post)) end = group - 1;
  else if (/,/.test(before.post)) {
    const start = clauses.indexOf(clauses[group - 1]!);
    // "The party's leader, Ilka Velt, welcomed …": a person's name between commas is the subject.
    const named = byEnd(group);
    if (named && named.from === start && named.personName && start > 0 && /,/.test(terms[start - 1]!.post))
      return named;
    // An aside: the clause before the verb opens with "which/who", a participle or an apposition.
    const opener = terms[start]!;
    const aside =
      /^(which|who|whose|the|a|an|including)$/.test(opener.lower) ||
      opener.tags.has("Gerund") ||
      opener.tags.has("PastTense");
    if (!aside || start === 0 || !/,/.test(terms[start - 1]!.post)) return undefined;
    end = start;
  } else if (endsClause(before)) return undefined;
  let subject = byEnd(end);
  if (!subject) return undefined;
  // "Health officers in Carrowby have recorded …": the phrase before the preposition is the subject.
  if (
    /^(in|of|from|at|for|with)$/.test(terms[subject.from - 1]?.lower ?? "") &&
    !endsClause(terms[subject.from - 2] ?? terms[0]!)
  ) {
    const head = byEnd(subject.from - 1);
    if (head) subject = { ...head, to: subject.to };
    // The tagger can misread a sentence's first word as a verb ("Engineers from Velt designed …").
    else if (
      subject.from === 2 &&
      /^\p{Lu}/u.test(terms[0]!.text) &&
      !terms[0]!.tags.has("Pronoun") &&
      !terms[0]!.tags.has("Determiner")
    )
      subject = { ...subject, from: 0 };
  }
  // The subject opens its clause: nothing but a clause break or a linking word before it.
  const prior = terms[subject.from - 1];
  if (prior && !endsClause(prior) && !OPENS_CLAUSE.test(prior.lower) && !/[–—]/.test(terms[subject.from]!.pre))
    return undefined;
  if (SUBORDINATOR.test(prior?.lower ?? "") && prior?.lower !== "that") return undefined;
  return subject;
}

/**
 * "Velt said that she met …": in reported speech a "he", "she" or "they" right after "that" is the
 * one who reports, when that is a named person. Any other pronoun stays unresolved.
 */
function reporter(
  terms: readonly TaggedTerm[],
  group: number,
  subjects: ReadonlyMap<number, Candidate>,
): Candidate | undefined {
  if (group < 3 || !/^(he|she)$/.test(terms[group - 1]!.lower) || terms[group - 2]!.lower !== "that") return undefined;
  const speaker = subjects.get(group - 3);
  return speaker?.personName ? speaker : undefined;
}

/** True when a verb at `i` is followed, in the same clause, by another verb that the clause's subject governs. */
function describesNoun(terms: readonly TaggedTerm[], i: number): boolean {
  if (!terms[i - 1] || terms[i - 1]!.chunk !== "Noun" || endsClause(terms[i - 1]!)) return false;
  for (let k = i + 1; k < terms.length; k++) {
    const t = terms[k]!;
    if (SUBORDINATOR.test(t.lower) || /^(and|but|or|to)$/.test(t.lower)) return false;
    if (t.tags.has("Auxiliary") || t.tags.has("Copula")) return true;
    // A past-tense verb right after a noun has that noun as subject ("… in the harbour died"). (A
    // present-tense one there is as often a plural noun misread: "vaccination rates".)
    const prev = terms[k - 1]!;
    if (t.tags.has("PastTense") && prev.chunk === "Noun" && !prev.tags.has("Determiner") && !prev.tags.has("Adjective"))
      return true;
    if (endsClause(t)) return false;
  }
  return false;
}

/**
 * A subject must say who acts without the sentences before it: a name, a number or a plural of people
 * ("Rescue teams"), not "the party" or "the book", which point back to something the fact does not show.
 * A phrase opening with a participle ("flying fighter planes") is a clause of its own, not a subject.
 */
function namesActor(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const words = terms.slice(c.from, c.to);
  if (words[0]!.tags.has("Gerund") || (/ing$/.test(words[0]!.lower) && !/^\p{Lu}/u.test(words[0]!.text))) return false;
  if (!/^(the|a|an)$/.test(words[0]!.lower)) return true;
  return c.named || words.some((t) => isNumber(t));
}

/** A subject or object shown in a fact must be a whole phrase that names something. */
function wholePhrase(text: string, terms: readonly TaggedTerm[], c: Candidate): boolean {
  return (
    !lacksReferent(terms, c.from, c.to) &&
    !runsOn(text, terms, c.to) &&
    !startsInside(text, terms, c.from) &&
    !unbalanced(candidateText(text, terms, c))
  );
}
