// Where the answer would stand if the sentence said the question as a statement. "Who chairs the
// harbour board?" turned around is "X chairs the harbour board"; when a sentence repeats "chairs
// the harbour board" word for word, the phrase right before those words is X. "The ferry runs
// until when?" and "what do the locks serve as?" put X after the repeated words instead.
import type { AnalysedQuestion } from "../question/analyse-question.ts";
import type { TaggedTerm } from "../text/tag-sentence.ts";
import type { Candidate } from "../analysis/candidates.ts";
import { isStopword } from "../text/tokens.ts";

/**
 * The shapes of statement a question turns into, each with a made-up example the test runs:
 * `answer` must fill the slot, and `not` (when given) must fill none.
 */
export const STATEMENT_SHAPES: readonly {
  shape: string;
  question: string;
  example: string;
  answer: string;
  not?: string;
}[] = [
  {
    shape: "question word first, then the verb: the answer before the repeated words",
    question: "who chairs the harbour board?",
    example: "Since the spring, Tessa Marl chairs the harbour board, which meets monthly.",
    answer: "Tessa Marl",
    not: "the spring",
  },
  {
    shape: "over a description set off by commas: the one it describes",
    question: "who opened the new pier?",
    example: "Tessa Marl, the chair of the harbour board, opened the new pier on Friday.",
    answer: "Tessa Marl",
    not: "the harbour board",
  },
  {
    shape: "what is counted may stand in the repeated words",
    question: "how many boats were moored at the quay?",
    example: "Nine boats were moored at the quay on Sunday, two more than in May.",
    answer: "Nine",
  },
  {
    shape: "question word last: the answer after the repeated words",
    question: "the ferry service was sold to which company?",
    example: "In 2019 the ferry service was sold to Harbour Lines, a coastal operator.",
    answer: "Harbour Lines",
  },
  {
    shape: "“what do/did/can …?” asks the object: the answer after the verb",
    question: "what do the old locks serve as?",
    example: "Closed in 1950, the old locks now serve as fish ponds for the farms.",
    answer: "fish ponds",
  },
  {
    shape: "“what is THE …?” either way round: the one it is said of",
    question: "what is the largest port in the north?",
    example: "Carrowby is the largest port in the north, with a fleet of forty trawlers.",
    answer: "Carrowby",
  },
  {
    shape: "“what is THE …?” either way round: what is said of it",
    question: "what is the ferry's last stop?",
    example: "On weekdays the ferry's last stop is Tarn Point, an hour from the city.",
    answer: "Tarn Point",
  },
  {
    shape: "not “what is A …?”: a definition is asked, and this sentence gives none",
    question: "what is a marsh shrew?",
    example: "Its closest cousin is a marsh shrew, as the survey found.",
    answer: "",
    not: "Its closest cousin",
  },
  {
    shape: "a clause opened by “-ing” after a comma: the doer is the sentence's own subject",
    question: "who blamed the failure of the drains?",
    example: "Town officials, including the mayor, have called for calm, blaming the failure of the drains.",
    answer: "Town officials",
    not: "the mayor",
  },
  {
    shape: "the asked verb alone, opening a clause after a comma: the sentence's own subject",
    question: "who blames the drains?",
    example: "Town officials have called for calm, blaming the failure of the drains.",
    answer: "Town officials",
    not: "calm",
  },
  {
    shape: "not a phrase after a preposition: it is no subject",
    question: "what first opened in 1902?",
    example: "The largest, the Old Playhouse on Mill Lane, first opened in 1902.",
    answer: "",
    not: "Mill Lane",
  },
  {
    shape: "not next to the verb when the sentence has the question's modifier elsewhere",
    question: "what do most gulls have on their wings?",
    example: "Most gulls have pale bodies, with black tips on their wings.",
    answer: "",
    not: "pale bodies",
  },
];

/**
 * Where a phrase must end or start to fill the question's slot in this sentence, each with the
 * share of the question's word weight the sentence repeats there (the more, the stronger the slot
 * pulls: "Red flags stand for X" repeats less of "what do blue flags stand for?" than the whole).
 */
export interface StatementSlots {
  /** Sentence positions an answer ends at, right before the repeated words ("X chairs the board"). */
  endsAt: Map<number, number>;
  /** Sentence positions an answer starts at, right after them ("runs until X"). */
  startsAt: Map<number, number>;
}

const WH = /^(who|whom|what|which|when|where|why|how|whose)$/;
const BE = /^(is|are|was|were|be|been|being|am)$/;
const DO = /^(do|does|did)$/;
const MODAL = /^(can|could|will|would|should|shall|may|might|must|has|have|had)$/;
/** Words that open a modifier after the statement's verb phrase: "what do they serve as after a flood?". */
const OPENS_MODIFIER =
  /^(after|before|when|while|during|in|on|at|for|from|to|with|by|since|until|under|over|within|according|if|because|as)$/;
/** The question words that ask how much: "how many", "how long", "how old". */
const HOW_WHAT = /^(many|much|long|old|far|big|large|high|tall|deep|often|wide|heavy|fast)$/;

/** One spelling for the forms that change between a question and its statement: "is"/"was", "a"/"the". */
function slotKey(lower: string, key: string): string {
  if (BE.test(lower)) return "(be)";
  if (/^(a|an|the)$/.test(lower)) return "(det)";
  return key;
}

/**
 * The slots of a question in one sentence: each run of at least two of the question's words
 * (one of them a content word) that the sentence repeats in the same order, on the side of the
 * run where the question's statement puts the asked phrase, with the share of the question's
 * word weight the run holds.
 */
export function statementSlots(
  q: AnalysedQuestion,
  terms: readonly TaggedTerm[],
  weights: ReadonlyMap<string, number>,
): StatementSlots {
  const slots: StatementSlots = { endsAt: new Map(), startsAt: new Map() };
  const total = [...new Set(q.tokens.map((t) => t.key))].reduce((sum, k) => sum + (weights.get(k) ?? 0), 0);
  if (!total) return slots;
  const add = (at: Map<number, number>, i: number, share: number) => at.set(i, Math.max(at.get(i) ?? 0, share));
  const qs = q.tokens.map((t) => slotKey(t.lower, t.key));
  const wh = q.tokens.findIndex((t) => WH.test(t.lower));
  if (wh < 0) return slots;
  const whFirst = q.tokens.slice(0, wh).every((t) => /^(and|so|but|then|ok|okay)$/.test(t.lower));
  let whEnd = wh + 1;
  if (q.tokens[wh]!.lower === "how" && HOW_WHAT.test(q.tokens[whEnd]?.lower ?? "")) whEnd++;
  const next = q.tokens[whEnd]?.lower ?? "";
  // "What do the locks serve as?": the thing asked is the verb's object, after it in the statement.
  const objectFirst = whFirst && (DO.test(next) || (MODAL.test(next) && !isVerbNext(q, whEnd)));
  const ss = terms.map((t) => slotKey(t.lower, t.key));
  for (let s = 0; s < ss.length; s++) {
    for (let a = 0; a < qs.length; a++) {
      if (a >= wh && a < whEnd) continue;
      // Maximal runs only: the word before is not also shared.
      if (ss[s] !== qs[a] || (s > 0 && a > 0 && ss[s - 1] === qs[a - 1] && !(a - 1 >= wh && a - 1 < whEnd))) continue;
      let n = 1;
      while (s + n < ss.length && a + n < qs.length && !(a + n >= wh && a + n < whEnd) && ss[s + n] === qs[a + n]) n++;
      if (n < 2) continue;
      const b = a + n;
      const keys = new Set(terms.slice(s, s + n).map((t) => t.key));
      const share = [...keys].reduce((sum, k) => sum + (weights.get(k) ?? 0), 0) / total;
      if (!share) continue;
      // "What is the ferry's last stop?" → "the ferry's last stop is X": the verb follows the words.
      if (whFirst && BE.test(next) && a === whEnd + 1 && b === qs.length && ss[s + n] === "(be)")
        add(slots.startsAt, s + n + 1, share);
      // (Otherwise the words hold the statement's verb: "40 Harbour Lines ferries" repeats a name,
      // not what is said of it.)
      if (!terms.slice(s, s + n).some((t) => t.tags.has("Verb"))) continue;
      // "Who chairs the board?" → "X chairs the board". (Nouns of "how many ferries run …?" may
      // stand inside the run or before it: "Six ferries run …".)
      // ("What is a marsh shrew?" asks what one is: "Its cousin is a marsh shrew" does not say.)
      const defines = BE.test(next) && /^(a|an)$/.test(q.tokens[whEnd + 1]?.lower ?? "");
      if (whFirst && !objectFirst && !defines && a >= whEnd && a <= whEnd + q.target.length && s > 0) {
        add(slots.endsAt, subjectEnd(terms, s), share);
        // ("At least 300 passengers were on board": the count may take its noun along.)
        for (let k = s; k < s + n - 1 && q.target.includes(terms[k]!.lower); k++) add(slots.endsAt, k + 1, share);
      }
      // "The ferry runs until when?" → "runs until X".
      if (!whFirst && b === wh) add(slots.startsAt, s + n, share);
      // "What do the locks serve as (after a flood)?" → "serve as X".
      // (Unless the sentence has the modifier's words too: "most gulls have pale bodies, with black
      // tips on their wings" answers "what do most gulls have on their wings?" next to those words.)
      if (
        objectFirst &&
        (b === qs.length ||
          (OPENS_MODIFIER.test(q.tokens[b]?.lower ?? "") &&
            !q.tokens.slice(b).some((t) => (weights.get(t.key) ?? 0) > 0 && ss.includes(t.key))))
      )
        add(slots.startsAt, s + n, share);
    }
  }
  // "Who blames the storm?" of "Officials have called for calm, blaming the failure of the
  // storm drains": the asked verb alone, opening a clause after a comma, still has the sentence's
  // subject as its doer.
  // (Right after "who", a word is the verb, whatever a tagger makes of "blames".)
  const verb = whFirst && !objectFirst && !BE.test(next) && !isStopword(next) ? q.tokens[whEnd] : undefined;
  if (verb) {
    const at = terms.findIndex((t, i) => i > 1 && t.key === verb.key && terms[i - 1]!.post.includes(","));
    const share = (weights.get(verb.key) ?? 0) / total;
    if (at > 0 && share && /ing$/.test(terms[at]!.lower)) add(slots.endsAt, subjectEnd(terms, at), share);
  }
  return slots;
}

/**
 * Where the subject before position `s` ends: over a phrase set off by commas after it, the
 * subject is the one that phrase describes ("Ada Brek, the board's chair, opened it" → "Ada Brek").
 */
function subjectEnd(terms: readonly TaggedTerm[], s: number): number {
  if (!terms[s - 1]!.post.includes(",")) return s;
  // "Officials, including the mayor, have called for calm, blaming the storm": a clause opened by
  // "-ing" after a comma says what the sentence's own subject did, not the noun before the comma.
  if (/ing$/.test(terms[s]!.lower) && terms[s]!.tags.has("Verb")) {
    // (Not the verb of a description: "Ada Brek, who chairs the board, …".)
    const verb = terms.findIndex(
      (t, i) =>
        i > 0 &&
        i < s - 1 &&
        t.tags.has("Verb") &&
        !/ing$/.test(t.lower) &&
        !/^(who|which|that)$/.test(terms[i - 1]!.lower),
    );
    if (verb > 0) return subjectEnd(terms, verb);
  }
  for (let k = s - 2; k >= 0; k--) {
    if (!terms[k]!.post.includes(",")) continue;
    // (Only a description: it opens on a determiner or a lower-case word, "the board's chair".)
    return /^(the|a|an|its|his|her|their)$/.test(terms[k + 1]!.lower) || /^\p{Ll}/u.test(terms[k + 1]!.text)
      ? k + 1
      : s;
  }
  return s;
}

/**
 * Whether an auxiliary is followed by its verb ("who can vote?" asks the subject) rather than by
 * the statement's subject ("what can the ferry carry?" asks the object).
 */
function isVerbNext(q: AnalysedQuestion, at: number): boolean {
  const word = q.tokens[at + 1];
  return (
    word !== undefined &&
    !/^(i|you|we|they|he|she|it|the|a|an|this|that|these|those|his|her|their|its|my|our|your)$/.test(word.lower) &&
    !/^\p{Lu}/u.test(word.text)
  );
}

/**
 * The share of the question a candidate fills the slot of, 0 when it fills none. (A phrase after a
 * preposition is no subject: "the theatre on Grey Lane, first opened in 1837" — the lane did not
 * open.)
 */
export function slotShare(slots: StatementSlots, terms: readonly TaggedTerm[], c: Candidate): number {
  const word = terms[c.from - 1]?.lower === "the" ? terms[c.from - 2] : terms[c.from - 1];
  const before = word?.tags.has("Preposition") ? 0 : (slots.endsAt.get(c.to) ?? 0);
  return Math.max(before, slots.startsAt.get(c.from) ?? 0);
}
