// The public question sets in qa-eval.mjs's format (the seed dev set, the casual chat-style set),
// graded the way qa-eval.mjs grades them: a quote holds the answer when it contains one of
// `source` (if given) and one of `any`; a short answer is right when it contains one of `any` and
// all of `all`, as whole words, and its quote holds a `source`.
import { readFileSync } from "node:fs";
import type { GradedQuestion } from "./collect.ts";

/** One question of a qa-eval.mjs set. */
export interface QaItem {
  id: string;
  q: string;
  any?: string[];
  all?: string[];
  source?: string[];
  abstain?: boolean;
}

/** qa-eval.mjs's normalisation: NFKC, plain quotes and dashes, single spaces, lower case. */
export const norm = (s: unknown) =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** qa-eval.mjs's whole-word containment, so that "no" does not match inside "nothing". */
export const containsPhrase = (text: string, phrase: string) =>
  new RegExp(`(^|[^a-z0-9])${escapeRegExp(norm(phrase))}($|[^a-z0-9])`).test(norm(text));

export function loadQaSet(path: string): GradedQuestion[] {
  const items = (JSON.parse(readFileSync(path, "utf8")) as { questions: QaItem[] }).questions;
  return items.map((it, i) => {
    const sourceOk = (quote: string) => !it.source?.length || it.source.some((s) => norm(quote).includes(norm(s)));
    const anyIn = (text: string) => (it.any ?? []).some((a) => containsPhrase(text, a));
    return {
      question: it.q,
      impossible: it.abstain === true,
      paragraph: i,
      quoteHolds: (sentence) => sourceOk(sentence) && anyIn(sentence),
      answerScore: (answer, sentence) =>
        anyIn(answer) && (it.all ?? []).every((a) => containsPhrase(answer, a)) && sourceOk(sentence) ? 1 : 0,
    };
  });
}
