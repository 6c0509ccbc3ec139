// One list of negations: the words that turn a clause round ("not", "never", "n't") and the
// phrases that deny a claim or leave it unsettled ("denied", "has yet to", "fell short of"). Each row
// is a pattern (a regular-expression source, matched as whole words, case aside) with a made-up
// sentence it must fire on; test/engine/rule-tables.test.ts runs them all. Beside them, the ways
// news says a thing is not known ("the cause remains unclear", "too early to say whether …").
import { tokenize } from "./tokens.ts";
import { type PhraseRow, phrasesPattern } from "./word-rows.ts";

export interface NegationRow {
  readonly pattern: string;
  readonly example: string;
  /**
   * False for words that negate a phrase but not the clause's claim: "left without the cargo" still
   * left, a "non-binding vote" was still held. They count when a question asks "who did not …?",
   * not when a yes/no answer is decided.
   */
  readonly deniesClause: boolean;
}

export const NEGATION_WORDS: readonly NegationRow[] = [
  { pattern: "not", example: "The council did not approve the budget.", deniesClause: true },
  { pattern: "never", example: "The tunnel was never finished.", deniesClause: true },
  { pattern: "cannot", example: "The ferry cannot sail in winter.", deniesClause: true },
  { pattern: "no", example: "No passengers were hurt.", deniesClause: true },
  { pattern: "non", example: "The vote was non binding.", deniesClause: false },
  { pattern: "none", example: "None of the bids was accepted.", deniesClause: true },
  { pattern: "without", example: "The ship sailed without its cargo.", deniesClause: false },
  { pattern: "neither", example: "Neither side signed.", deniesClause: true },
  { pattern: "nor", example: "The mayor did not attend, nor did her deputy.", deniesClause: true },
  // Written inside a word ("isn't"): no word boundary in front.
  { pattern: "n['’]t", example: "The museum isn't open on Mondays.", deniesClause: true },
];

/** Phrases that deny a claim or say it has not (yet) come about: a yes/no answer is then "no". */
export const DENIALS: readonly Omit<NegationRow, "deniesClause">[] = [
  { pattern: "denies|denied", example: "The firm denied the report." },
  { pattern: "rejects?|rejected", example: "Voters rejected the plan." },
  { pattern: "refuses?|refused", example: "The union refused the offer." },
  // (Not "shares declined 3%": only "declined to …".)
  { pattern: "declin(?:es|ed|ing) to", example: "The club declined to comment." },
  { pattern: "yet to be", example: "The new bridge is yet to be opened." },
  { pattern: "(?:has|have) yet to", example: "The ministry has yet to publish the figures." },
  { pattern: "still (?:needs?|requires?|awaits?)", example: "The treaty still needs the senate's approval." },
  { pattern: "pending", example: "The sale is pending a review." },
  { pattern: "awaiting", example: "The ship is awaiting repairs." },
  { pattern: "f(?:ell|alls?|alling) short", example: "The appeal fell short of its target." },
  { pattern: "fail(?:ed|s)? to", example: "The rescue failed to reach the crew." },
  { pattern: "unable to", example: "Firefighters were unable to save the mill." },
  // What is forbidden is not done, nor may it be: "can you fish there?" of "fishing is banned".
  {
    pattern: "banned|prohibited|forbidden|illegal|outlawed",
    example: "Fishing in the reservoir has been banned since 2010.",
  },
  // What would have been, and was not: "the fine would have been £17m, but it was cut". (Not
  // "would have to", a need.)
  { pattern: "would have(?!\\s+to\\b)", example: "The toll would have been £9, but the council cut it." },
];

/** The rows as one pattern: whole words, but "n't" stands at a word's end with no boundary in front. */
function alternation(rows: readonly { pattern: string }[]): RegExp {
  const inWord = rows.filter((r) => r.pattern.startsWith("n['’]"));
  const whole = rows.filter((r) => !inWord.includes(r));
  const parts = [`\\b(?:${whole.map((r) => r.pattern).join("|")})\\b`, ...inWord.map((r) => `${r.pattern}\\b`)];
  return new RegExp(parts.join("|"), "i");
}

const NEGATION = alternation(NEGATION_WORDS);
const DENIAL = alternation([...NEGATION_WORDS.filter((r) => r.deniesClause), ...DENIALS]);

/** One word that denies its clause: "not", "never", "nor", "isn't" (the rows that deny a clause). */
const DENYING_WORD = new RegExp(
  `^(?:${NEGATION_WORDS.filter((r) => r.deniesClause)
    .map((r) => (r.pattern.startsWith("n['’]") ? `\\p{L}*${r.pattern}` : r.pattern))
    .join("|")})$`,
  "iu",
);
export const deniesAsWord = (word: string): boolean => DENYING_WORD.test(word);

/** True when the text negates anything: "Who did not vote?", "left without the cargo". */
export const isNegated = (text: string): boolean => NEGATION.test(text);

/** True when a clause denies its claim or leaves it unsettled: "did not sign", "has yet to sign". */
export const deniesOrLeavesOpen = (clause: string): boolean => DENIAL.test(withoutCondition(clause));

/**
 * The clause without its condition: "a second strike is planned if no deal is reached" plans the
 * strike; the "no" belongs to the condition, not to what is said.
 */
const withoutCondition = (clause: string): string => clause.replace(/(?:^|\s)(?:if|unless)\s.*$/is, "");

/**
 * The clause with the denials the question itself asks about taken out: "did the firm deny the
 * report?" is answered yes by "the firm denied the report", no by "the firm did not deny it".
 */
export function withoutAskedDenial(clause: string, question: string): string {
  const asked = new Set(tokenize(question).map((t) => t.key));
  let out = clause;
  for (const t of tokenize(clause).reverse())
    if (asked.has(t.key) && DENIAL.test(t.text)) out = out.slice(0, t.start) + out.slice(t.end);
  // A denial of several words holding a word asked: "does the deal need approval?" is answered
  // yes by "the deal still needs approval", which denies only that it has been approved.
  const phrases = new RegExp(DENIAL.source, "gi");
  return out.replace(phrases, (m) => (tokenize(m).length > 1 && tokenize(m).some((w) => asked.has(w.key)) ? "" : m));
}

/** Ways news says a thing is not known; each row with a made-up sentence it fires on. */
export const UNKNOWN_PHRASES: readonly PhraseRow[] = [
  {
    pattern: "(?:is|was|are|were|remains?|remained) (?:still )?not (?:yet )?(?:known|clear)",
    example: "The cause of the blaze was not yet known.",
  },
  {
    pattern: "(?:is|was|are|were|remains?|remained) (?:still )?(?:unknown|unclear)",
    example: "The motive remains unclear.",
  },
  {
    pattern: "(?:has|have|had) not (?:yet )?been (?:determined|established|identified|disclosed|made public)",
    example: "The value of the deal has not been disclosed.",
  },
  { pattern: "(?:did|does|do) not (?:say|disclose|reveal|give)", example: "The club did not disclose the fee." },
  { pattern: "it is (?:not (?:yet )?clear|unclear)", example: "It is unclear how many boats sank." },
  {
    pattern: "(?:too early|too soon|impossible|not possible) to (?:say|tell|know)",
    example: "Officials said it was too early to say whether the two fires were linked.",
  },
];
const UNKNOWN = phrasesPattern(UNKNOWN_PHRASES);
/** True when the clause says a thing is not known ("the motive remains unclear"). */
export const statesUnknown = (clause: string): boolean => UNKNOWN.test(clause);
