// (being written) The searchable index over sentences and facts.
import type { Article, Sentence } from "../knowledge/article.ts";
import type { Fact } from "../answer/types.ts";

export interface SentenceHit {
  sentence: Sentence;
  score: number;
}

export class KnowledgeIndex {
  readonly sentences: Sentence[];
  constructor(
    readonly articles: readonly Article[],
    readonly factsByArticle: Fact[][],
  ) {
    this.sentences = articles.flatMap((a) => a.sentences);
  }
  findFacts(_topic?: string): Fact[] {
    return this.factsByArticle.flat();
  }
  searchSentences(_query: string, limit: number): SentenceHit[] {
    return this.sentences.slice(0, limit).map((sentence) => ({ sentence, score: 0 }));
  }
}
