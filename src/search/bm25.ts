// Okapi BM25 (k1 0.9, b 0.4: sentences are short, so length matters less) over documents given as lists of term keys. Small and exact: it scores whole
// sentences of any length, which fuzzy matchers that look at the first characters of a field do not.

export interface Bm25Hit {
  doc: number;
  score: number;
}

export class Bm25 {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private totalLength = 0;

  constructor(
    private readonly k1 = 0.9,
    private readonly b = 0.4,
  ) {}

  add(doc: number, keys: readonly string[]): void {
    this.lengths[doc] = keys.length;
    this.totalLength += keys.length;
    for (const key of keys) {
      let posting = this.postings.get(key);
      if (!posting) this.postings.set(key, (posting = new Map()));
      posting.set(doc, (posting.get(doc) ?? 0) + 1);
    }
  }

  get size(): number {
    return this.lengths.length;
  }

  has(key: string): boolean {
    return this.postings.has(key);
  }

  /** Inverse document frequency: high for rare terms, near zero for terms in most documents. */
  idf(key: string): number {
    const n = this.postings.get(key)?.size ?? 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** Scores every document holding at least one of `keys`, best first. */
  search(keys: readonly string[], weights?: ReadonlyMap<string, number>): Bm25Hit[] {
    const avg = this.totalLength / Math.max(1, this.size);
    const scores = new Map<number, number>();
    for (const key of new Set(keys)) {
      const posting = this.postings.get(key);
      if (!posting) continue;
      const idf = this.idf(key) * (weights?.get(key) ?? 1);
      for (const [doc, tf] of posting) {
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / avg);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / norm);
      }
    }
    return [...scores].map(([doc, score]) => ({ doc, score })).sort((x, y) => y.score - x.score || x.doc - y.doc);
  }
}
