// Yes/no questions: the clause of the best sentence that holds most of the question decides. It
// answers "no" when it negates what was asked (or the sentence calls it unverified), "yes"
// otherwise, and the clause is given with it. When that clause only says someone urged or planned
// the thing asked about ("urged the group to release all hostages"), it did not happen as far as
// the article says, so the bot declines.
import type { QueryTerm } from "../search/knowledge-index.ts";
import { tokenize } from "../text/tokens.ts";
import { flagsUnverified } from "../analysis/attribution.ts";
import type { ScoredSentence } from "./rank-sentences.ts";
import { toQuote } from "./quote.ts";
import type { Reply } from "./types.ts";

/**
 * A clause that denies the claim or leaves it unsettled ("denied", "yet to be", "fell short of").
 * "n't" is written inside a word ("doesn't"), so it has no word boundary in front.
 */
const DENIED_OR_UNSETTLED =
  /\b(not|never|no|none|neither|nor|denies|denied|rejects?|rejected|refuses?|refused|yet to be|(?:has|have) yet to|still (?:needs?|requires?|awaits?)|pending|awaiting|f(?:ell|alls?|alling) short|fail(?:ed|s)? to|unable to)\b|n['’]t\b/i;
/** Verbs that put what follows "to" in the future or in someone's wishes, not in the facts. */
const NOT_YET =
  /\b(urged?|urging|called on|calls? on|asked|asks|demand(?:ed|s)?|want(?:ed|s)?|plan(?:ned|s)?|hop(?:ed|es)|expect(?:ed|s)?|seek(?:s|ing)?|sought|tr(?:y|ied|ies)|aim(?:ed|s)?|intend(?:ed|s)?|propos(?:ed|es)|threaten(?:ed|s)?|promis(?:ed|es)|refus(?:ed|es))\b/i;

export function answerYesNo(best: ScoredSentence, terms: readonly QueryTerm[], askedVerb: string | undefined): Reply {
  const text = best.sentence.text;
  const clauses = text.split(/(?<=[,;:])\s+/);
  const asked = new Set(terms.filter((t) => t.known).map((t) => t.key));
  // Each clause's words, tokenised once.
  const clauseWords = new Map(clauses.map((c) => [c, tokenize(c)]));
  const held = new Map(clauses.map((c) => [c, clauseWords.get(c)!.filter((w) => asked.has(w.key)).length]));
  // On a tie, the longer clause: "The deal," holds "deal" but says nothing about it.
  const deciding = clauses.reduce((a, b) =>
    held.get(b)! > held.get(a)! || (held.get(b) === held.get(a) && b.length > a.length) ? b : a,
  );
  // The asked verb, or for "were the children vaccinated?" any of the question's words.
  const verbKey = askedVerb ? terms.find((t) => t.lower === askedVerb)?.key : undefined;
  const keys = verbKey ? [verbKey] : [...asked];
  if (keys.some((k) => notYetDone(deciding, k))) {
    return {
      answered: false,
      answer: `The article doesn't say that it happened; it says someone “${trimClause(deciding)}”.`,
      quotes: [],
      related: [toQuote(best.sentence)],
    };
  }
  // "… a figure the ministry has not confirmed": the clause that says it is unverified is the one to show.
  const unverified = DENIED_OR_UNSETTLED.test(deciding) ? undefined : clauses.find((c) => flagsUnverified(c));
  // "won the election …, but fell short of a majority": a negated clause holding a word of the
  // question that the deciding clause lacks ("majority") decides that part, and so the answer.
  // (Names don't count: "Dunmere, which does not consider Velt …, has urged Velt to …" still urged.)
  const predicate = new Set(terms.filter((t) => t.known && !t.isName).map((t) => t.key));
  const decidingKeys = new Set(clauseWords.get(deciding)!.map((w) => w.key));
  const lacking = (c: string) => clauseWords.get(c)!.some((w) => predicate.has(w.key) && !decidingKeys.has(w.key));
  const negatedElsewhere = DENIED_OR_UNSETTLED.test(deciding)
    ? undefined
    : clauses.find((c) => c !== deciding && DENIED_OR_UNSETTLED.test(c) && lacking(c));
  const no =
    DENIED_OR_UNSETTLED.test(deciding) ||
    negatedElsewhere !== undefined ||
    unverified !== undefined ||
    flagsUnverified(text);
  const clause = trimClause(negatedElsewhere ?? unverified ?? deciding);
  const short = clause.split(/\s+/).length <= 16 ? clause : "";
  return {
    answered: true,
    answer: `${no ? "No" : "Yes"}${short ? ` — ${short}` : ""}`,
    quotes: [toQuote(best.sentence)],
    related: [],
  };
}

/** "has urged the group to release all hostages": the asked verb comes after "to", behind a verb of wanting. */
function notYetDone(clause: string, verbKey: string): boolean {
  const words = tokenize(clause);
  const v = words.findIndex((w) => w.key === verbKey);
  return v > 0 && words[v - 1]!.lower === "to" && NOT_YET.test(clause.slice(0, words[v - 1]!.start));
}

function trimClause(clause: string): string {
  return clause.replace(/^(which|who|that|and|but|however)\s+/i, "").replace(/[,;:.]+$/, "");
}
