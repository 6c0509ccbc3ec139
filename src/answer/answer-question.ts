// (being written)
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import type { Answer } from "./types.ts";
export function answerQuestion(_index: KnowledgeIndex, question: string): Answer {
  return { question, answered: false, kind: "what", answer: "The article doesn't say.", quotes: [], related: [], ms: 0 };
}
