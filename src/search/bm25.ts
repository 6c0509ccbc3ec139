// Okapi BM25 (k1 0.9, b 0.4: sentences are short, so length matters less) over documents given as lists of term keys. Small and exact: it scores whole
// sentences of any length, which fuzzy matchers that look at the first characters of a field do not.

export interface Bm25Hit {
  doc: number;
  score: number;
}

/** The documents holding one key, ascending, with how often each holds it. */
interface Posting {
  docs: number[];
  counts: number[];
}

export class Bm25 {
  // Postings as two plain number lists rather than a Map per key: 6 MB less on the 20,000-sentence
  // bench folder, and nothing to allocate when they are walked.
  private readonly postings = new Map<string, Posting>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  /**
   * Each search adds its scores up here, by document, and clears those it touched, rather than
   * building a Map and a list of objects for every matching document: on a large folder a question
   * matches thousands, and that was half of all an ask allocated.
   */
  private scratch = new Float64Array(0);
  private scored = new Uint8Array(0);

  constructor(
    private readonly k1 = 0.9,
    private readonly b = 0.4,
  ) {}

  /** Adds a document; documents are added in ascending order. */
  add(doc: number, keys: readonly string[]): void {
    this.lengths[doc] = keys.length;
    this.totalLength += keys.length;
    for (const key of keys) {
      let posting = this.postings.get(key);
      if (!posting) this.postings.set(key, (posting = { docs: [], counts: [] }));
      const last = posting.docs.length - 1;
      if (posting.docs[last] === doc) posting.counts[last]!++;
      else {
        posting.docs.push(doc);
        posting.counts.push(1);
      }
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
    const n = this.postings.get(key)?.docs.length ?? 0;
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /**
   * Scores every document holding at least one of `keys`, best first: the best `limit` of them,
   * and how many matched in all.
   */
  search(
    keys: readonly string[],
    weights?: ReadonlyMap<string, number>,
    limit = Number.POSITIVE_INFINITY,
  ): { hits: Bm25Hit[]; matched: number } {
    const avg = this.totalLength / Math.max(1, this.size);
    if (this.scratch.length < this.size) {
      this.scratch = new Float64Array(this.size);
      this.scored = new Uint8Array(this.size);
    }
    const { scratch: scores, scored } = this;
    const matched: number[] = [];
    for (const key of new Set(keys)) {
      const posting = this.postings.get(key);
      if (!posting) continue;
      const idf = this.idf(key) * (weights?.get(key) ?? 1);
      const { docs, counts } = posting;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const tf = counts[i]!;
        const norm = tf + this.k1 * (1 - this.b + (this.b * this.lengths[doc]!) / avg);
        if (!scored[doc]) {
          scored[doc] = 1;
          matched.push(doc);
        }
        scores[doc] = scores[doc]! + (idf * tf * (this.k1 + 1)) / norm;
      }
    }
    matched.sort((x, y) => scores[y]! - scores[x]! || x - y);
    const hits = matched.slice(0, limit).map((doc) => ({ doc, score: scores[doc]! }));
    for (const doc of matched) {
      scores[doc] = 0;
      scored[doc] = 0;
    }
    return { hits, matched: matched.length };
  }
}
