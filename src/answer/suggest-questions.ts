// (being written)
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
export function suggestQuestions(_index: KnowledgeIndex, _typed: string, _limit: number): string[] {
  return [];
}
