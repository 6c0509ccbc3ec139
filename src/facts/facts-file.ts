// (being written)
import type { Article } from "../knowledge/article.ts";
import type { Fact } from "../answer/types.ts";
export function loadOrExtractFacts(_dir: string, _article: Article, _useFile: boolean): Fact[] {
  return [];
}
