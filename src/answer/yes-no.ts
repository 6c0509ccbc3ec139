// Yes/no questions: the best-covering sentence answers "no" when it negates what was asked
// (or calls it unverified), "yes" otherwise; the clause that decides is given with it.
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import { flagsUnverified } from "./attribution.ts";
import type { ScoredSentence } from "./answer-question.ts";
import { toQuote } from "./quote.ts";
import type { Answer } from "./types.ts";

// "n't" is written inside a word ("doesn't"), so it has no word boundary in front.
const NEGATION = /\b(not|never|no|none|neither|nor|denies|denied|rejects?|rejected|refuses?|refused|yet to be)\b|n['’]t\b/i;

export function answerYesNo(_index: KnowledgeIndex, best: ScoredSentence): Omit<Answer, "question" | "kind" | "ms"> {
  const text = best.sentence.text;
  const clauses = text.split(/(?<=[,;:])\s+/);
  const negated = clauses.find((c) => NEGATION.test(c));
  const no = Boolean(negated) || flagsUnverified(text);
  const clause = (negated ?? text)
    .replace(/^(which|who|that|and|but|however)\s+/i, "")
    .replace(/[,;:.]+$/, "");
  const short = clause.split(/\s+/).length <= 16 ? clause : "";
  return { answered: true, answer: `${no ? "No" : "Yes"}${short ? ` — ${short}` : ""}`, quotes: [toQuote(best.sentence)], related: [] };
}
