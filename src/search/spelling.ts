// Typo tolerance: a question word the articles never use is matched, with fuse.js, to the closest
// word they do use ("hostges" → "hostages", "visted" → "visited").
import Fuse from "fuse.js";

export class SpellingCorrector {
  // One small Fuse per first letter keeps each lookup fast on a large vocabulary.
  private readonly buckets = new Map<string, string[]>();
  private readonly fuses = new Map<string, Fuse<string>>();
  private readonly cache = new Map<string, string | null>();
  // Chat seldom types the accents and letters a plain keyboard lacks: "sorvang" is "sørvang", "emile" "émile".
  private readonly plain = new Map<string, string>();

  constructor(private readonly vocabulary: ReadonlySet<string>) {
    for (const word of vocabulary) {
      const plain = withoutAccents(word);
      if (plain !== word && !vocabulary.has(plain)) this.plain.set(plain, word);
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
    const accented = this.plain.get(word);
    if (accented) return accented;
    // Two letters swapped ("strkie"), which fuse.js scores as two slips.
    for (let i = 0; i + 1 < word.length; i++) {
      const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (this.vocabulary.has(swapped)) return swapped;
    }
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

/** The word spelt with the plain letters of a keyboard: "sørvang" → "sorvang", "émile" → "emile", "æther" → "aether". */
export function withoutAccents(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[øœæßłđþ]/g, (c) => ACCENTLESS[c] ?? c);
}
const ACCENTLESS: Record<string, string> = { ø: "o", œ: "oe", æ: "ae", ß: "ss", ł: "l", đ: "d", þ: "th" };
