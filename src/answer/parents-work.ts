// "What did his father do for a living?", "who was her dad?" of a life story that says "… the third
// of five children of a ship's carpenter": what a biography tells of someone's parents is usually
// the work after "son of", "daughter of" or "child(ren) of", not a sentence that says "father".
import type { AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex, QueryTerm } from "../search/knowledge-index.ts";
import { toQuote } from "./quote.ts";
import type { Reply } from "./types.ts";
import { passage } from "./decline.ts";

/** "his father", "her dad's", "their parents": the parents asked about, and whose. */
const PARENTS_ASKED = /(?:\b(his|her|their)|['’]s)\s+(?:father|dad|mother|mum|mom|parents?)(?:'s|s)?\b/i;
const PARENT_WORD = /^(?:father|dad|mother|mum|mom|parents?)(?:'s|s)?$/i;
const WORK_WORD = /^(?:do|did|does|job|jobs|work|living|occupation|profession|trade)$/i;
/** "What did … do?", "… job?", "who was …?": their work, or who they were. */
const WORK_OR_WHO_ASKED =
  /^(?:who\s+(?:is|was|were|are)\b|what\b.*\b(?:do|did|does|job|jobs|work|living|occupation|profession|trade)\b)/i;
/**
 * "the son of a blacksmith", "one of six children of a dock worker and a seamstress": the work after
 * "of" (an indefinite phrase, or one set off after his name: "son of Oren Task, a wool dyer"), up
 * to the end of the phrase.
 */
const CHILD_OF =
  /\b(sons?|daughters?|child|children)\s+of\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}?\p{Lu}[\p{L}'’-]*,\s+)?((?:an?|two)\s+[^,.;:()]+?)(?=\s*(?:[,.;:()]|$)|\s+(?:who|in|at|from|and\s+(?:was|had|grew|spent))\b)/iu;
/** Whose child the phrase says the person is: "his father" is a son's, "her father" a daughter's. */
const CHILD_WORDS: Record<string, RegExp> = { his: /^(sons?|child|children)$/i, her: /^(daughters?|child|children)$/i };

export function parentsWork(index: KnowledgeIndex, q: AnalysedQuestion, terms: readonly QueryTerm[]): Reply | null {
  const asked = PARENTS_ASKED.exec(q.text);
  if (!asked || !WORK_OR_WHO_ASKED.test(q.text.trim())) return null;
  // ("His father" is not of "Eleanor Brek, the daughter of a bookseller", whom he married.)
  const child = CHILD_WORDS[asked[1]?.toLowerCase() ?? ""] ?? /./;
  // Whose parents: the question's other words ("ada brek's", typed in lower case, is a name too).
  // ("Dad" is none, though a quote may write it as one: "Dad was a giant.")
  const names = terms.filter((t) => t.known && !PARENT_WORD.test(t.lower) && !WORK_WORD.test(t.lower));
  // A name asked about must be in the article ("what did Ada's father do?" is not of Oren's), where
  // a life story may call them "she"; a sentence that names them comes first.
  const inSentence = (id: number) => names.every((t) => index.hasKey(id, t.key));
  const articles = new Set(index.sentences.map((x) => x.article));
  for (const t of names) {
    const having = new Set(index.sentences.filter((x) => index.hasKey(x.id, t.key)).map((x) => x.article));
    for (const a of articles) if (!having.has(a)) articles.delete(a);
  }
  const found = index.sentences
    .filter((s) => s.part === "body" && articles.has(s.article))
    .map((s) => ({ s, m: CHILD_OF.exec(s.text) }))
    .filter((x) => x.m !== null && child.test(x.m[1]!))
    .sort((a, b) => Number(inSentence(b.s.id)) - Number(inSentence(a.s.id)));
  // (Without a name, only when the articles tell of one set of parents: whose else would it be?)
  if (found.length !== 1 && !(names.length && found.length)) return null;
  const { s, m } = found[0]!;
  // One parent asked of a phrase that names both ("a dock worker and a seamstress"): the reader
  // sees which is which. The mother of a phrase naming one is no answer: news writing names the
  // father first, or alone.
  const one = /\b(?:father|dad|mother|mum|mom)/i.test(asked[0]);
  const both = / and /.test(m![3]!);
  if (one && both) return passage("The article says:", [toQuote(s)]);
  if (/\b(?:mother|mum|mom)/i.test(asked[0])) return null;
  // ("Who was his father?" of "the son of Oren Task, a wool dyer": his name, and his work.)
  const answer = m![2] && /^who\b/i.test(q.text.trim()) ? `${m![2]}${m![3]}` : m![3]!;
  return { answered: true, answer, quotes: [toQuote(s)], related: [] };
}
