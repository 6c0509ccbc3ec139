// Typo tolerance: a question word the articles never use is matched, with fuse.js, to the closest
// word they do use ("hostges" → "hostages", "visted" → "visited").
import Fuse from "fuse.js";

export class SpellingCorrector {
  // One small Fuse per first letter keeps each lookup fast on a large vocabulary.
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string | null>();

  constructor(private readonly vocabulary: ReadonlySet<string>) {
    for (const word of vocabulary) {
      if (word.length < 4 || /\d/.test(word)) continue;
      const first = word[0]!;
      const bucket = this.buckets.get(first);
      if (bucket) bucket.push(word);
      else this.buckets.set(first, [word]);
    }
  }

  /** The article word closest to `word`, or null when none is close enough. */
  correct(word: string): string | null {
    if (word.length < 4 || this.vocabulary.has(word) || /\d/.test(word)) return null;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const best = this.fuseFor(word[0]!)?.search(word, { limit: 1 })[0];
    // The score is 0 for a perfect match; 0.3 allows about one slip in a short word.
    const result = best && (best.score ?? 1) <= 0.3 && Math.abs(best.item.length - word.length) <= 2 ? best.item : null;
    if (this.cache.size < 10_000) this.cache.set(word, result);
    return result;
  }

  private fuseFor(first: string): Fuse<string> | undefined {
    let fuse = this.fuses.get(first);
    const words = this.buckets.get(first);
    if (!fuse && words) {
      fuse = new Fuse(words, {
        includeScore: true,
        ignoreLocation: true,
        threshold: 0.34,
        minMatchCharLength: 3,
        isCaseSensitive: true,
      });
      this.fuses.set(first, fuse);
    }
    return fuse;
  }
}
