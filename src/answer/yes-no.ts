// Yes/no questions: the clause of the best sentence that holds most of the question decides. It
// answers "no" when it negates what was asked (or the sentence calls it unverified), "yes"
// otherwise, and the clause is given with it. When that clause only says someone urged or planned
// the thing asked about ("urged the group to release all hostages"), it did not happen as far as
// the article says, so the bot declines.
import type { QueryTerm } from "../search/knowledge-index.ts";
import { deniesOrLeavesOpen } from "../text/negation.ts";
import { tokenize } from "../text/tokens.ts";
import { flagsUnverified } from "../analysis/attribution.ts";
import type { ScoredSentence } from "./rank-sentences.ts";
import { toQuote } from "./quote.ts";
import type { Reply } from "./types.ts";

/**
 * Verbs that put what follows "to" in the future or in someone's wishes, not in the facts:
 * "urged the group to release the hostages" does not say they were released. Each row is the
 * verb's forms the rule reads, with a made-up clause and the verb after "to" it holds back.
 */
export const NOT_YET_VERBS: readonly { forms: readonly string[]; example: string; verb: string }[] = [
  { forms: ["urge", "urged", "urging"], example: "the council urged the firm to repair the bridge", verb: "repair" },
  { forms: ["called on", "call on", "calls on"], example: "the mayor called on residents to leave", verb: "leave" },
  { forms: ["asked", "asks"], example: "the court asked the bank to return the money", verb: "return" },
  { forms: ["demand", "demanded", "demands"], example: "the strikers demanded the board to resign", verb: "resign" },
  { forms: ["want", "wanted", "wants"], example: "the club wants to build a stadium", verb: "build" },
  { forms: ["plan", "planned", "plans"], example: "the city plans to close the depot", verb: "close" },
  { forms: ["hoped", "hopes"], example: "the crew hoped to reach the summit", verb: "reach" },
  { forms: ["expect", "expected", "expects"], example: "the firm expects to hire 200 staff", verb: "hire" },
  { forms: ["seek", "seeks", "seeking", "sought"], example: "the party sought to delay the vote", verb: "delay" },
  { forms: ["try", "tried", "tries"], example: "the rebels tried to seize the port", verb: "seize" },
  { forms: ["aim", "aimed", "aims"], example: "the scheme aims to plant a million trees", verb: "plant" },
  { forms: ["intend", "intended", "intends"], example: "the owners intend to sell the farm", verb: "sell" },
  { forms: ["proposed", "proposes"], example: "the minister proposed to raise the fee", verb: "raise" },
  { forms: ["threaten", "threatened", "threatens"], example: "the union threatened to strike", verb: "strike" },
  { forms: ["promised", "promises"], example: "the governor promised to rebuild the school", verb: "rebuild" },
  { forms: ["refused", "refuses"], example: "the pilot refused to fly", verb: "fly" },
];
const NOT_YET = new RegExp(`\\b(?:${NOT_YET_VERBS.flatMap((r) => r.forms).join("|")})\\b`, "i");

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
  const unverified = deniesOrLeavesOpen(deciding) ? undefined : clauses.find((c) => flagsUnverified(c));
  // "won the election …, but fell short of a majority": a negated clause holding a word of the
  // question that the deciding clause lacks ("majority") decides that part, and so the answer.
  // (Names don't count: "Dunmere, which does not consider Velt …, has urged Velt to …" still urged.)
  const predicate = new Set(terms.filter((t) => t.known && !t.isName).map((t) => t.key));
  const decidingKeys = new Set(clauseWords.get(deciding)!.map((w) => w.key));
  const lacking = (c: string) => clauseWords.get(c)!.some((w) => predicate.has(w.key) && !decidingKeys.has(w.key));
  const negatedElsewhere = deniesOrLeavesOpen(deciding)
    ? undefined
    : clauses.find((c) => c !== deciding && deniesOrLeavesOpen(c) && lacking(c));
  const no =
    deniesOrLeavesOpen(deciding) || negatedElsewhere !== undefined || unverified !== undefined || flagsUnverified(text);
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
export function notYetDone(clause: string, verbKey: string): boolean {
  const words = tokenize(clause);
  const v = words.findIndex((w) => w.key === verbKey);
  return v > 0 && words[v - 1]!.lower === "to" && NOT_YET.test(clause.slice(0, words[v - 1]!.start));
}

function trimClause(clause: string): string {
  return clause.replace(/^(which|who|that|and|but|however)\s+/i, "").replace(/[,;:.]+$/, "");
}
