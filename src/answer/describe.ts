// "Who is X?" / "Tell me about X": the roles the article gives X, or the first thing it says of X.
import type { AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex, QueryTerm } from "../search/knowledge-index.ts";
import { tokenize } from "../text/tokens.ts";
import { toQuote } from "./quote.ts";
import type { Answer } from "./types.ts";

export function describeSubject(index: KnowledgeIndex, q: AnalysedQuestion, terms: readonly QueryTerm[]): Omit<Answer, "question" | "kind" | "ms"> | null {
  const wanted = new Set(terms.filter((t) => t.known).map((t) => t.key));
  if (!wanted.size) return null;
  const mentions = (text: string) => {
    const keys = new Set(tokenize(text).map((t) => t.key));
    return [...wanted].every((k) => keys.has(k));
  };
  const roles = index.roleFacts().filter((f) => mentions(f.subject));
  if (roles.length) {
    const objects = [...new Set(roles.map((r) => r.object))];
    const sentences = [...new Set(roles.map((r) => r.sentence))].map((id) => index.sentences[id]!);
    return { answered: true, answer: `${roles[0]!.subject}: ${objects.join("; ")}`, quotes: sentences.map(toQuote), related: [] };
  }
  // An apposition gives what a name stands for: "Hamas, the Palestinian terrorist group controlling Gaza,".
  const name = q.tokens.filter((t) => wanted.has(t.key)).map((t) => t.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (name.length) {
    const apposition = new RegExp(`\\b${name.join("\\s+")}(?:['’]s)?,\\s+((?:the|a|an)\\s[^,;.]+)`);
    for (const s of index.sentences) {
      if (s.part !== "body" || ![...wanted].every((k) => index.sentenceKeys[s.id]!.has(k))) continue;
      const m = apposition.exec(s.text);
      if (m) return { answered: true, answer: m[1]!, quotes: [toQuote(s)], related: [] };
    }
  }
  // The index already holds each sentence's keys: no need to tokenise the whole knowledge base.
  const first = index.sentences.find((s) => s.part === "body" && [...wanted].every((k) => index.sentenceKeys[s.id]!.has(k)));
  if (!first) return null;
  return { answered: true, answer: first.text, quotes: [toQuote(first)], related: [] };
}
