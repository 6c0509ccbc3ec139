// Reads every article (.md, .markdown, .txt, .html) in the knowledge folder. A bad file is reported by
// name and skipped, so one broken article never takes the others down.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { Article } from "./article.ts";
import { parseArticle } from "./parse-article.ts";

const ARTICLE_FILE = /\.(md|markdown|txt|html?)$/i;
/** Each server's own articles live in `<knowledge>/guilds/<server id>/`; the rest is for everyone. */
export const GUILDS_FOLDER = "guilds";
/** Larger files are refused: an article is a few pages, not a data dump. */
const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

export class KnowledgeError extends Error {}

export interface KnowledgeProblem {
  file: string;
  reason: string;
}

export interface LoadedKnowledge {
  dir: string;
  articles: Article[];
  problems: KnowledgeProblem[];
}

export function loadKnowledge(dir: string): LoadedKnowledge {
  assertKnowledgeDir(dir);
  const articles: Article[] = [];
  const problems: KnowledgeProblem[] = [];
  // The servers' own folders are not for everyone: the engine registry serves each in its server only.
  for (const path of listArticleFiles(dir, { skip: [join(dir, GUILDS_FOLDER)] })) {
    const file = relative(dir, path);
    const read = readArticle(path, file);
    if ("article" in read) articles.push(read.article);
    else problems.push({ file, reason: read.reason });
  }
  return { dir, articles, problems };
}

/** Throws a KnowledgeError that says what to do when `dir` is missing or not a folder. */
export function assertKnowledgeDir(dir: string): void {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(dir);
  } catch {
    throw new KnowledgeError(
      `Knowledge folder not found: ${dir}. Create it and put an article (.txt or .md) in it, or point KNOWLEDGE_DIR / --knowledge at one.`,
    );
  }
  if (!stat.isDirectory()) throw new KnowledgeError(`Knowledge path is not a folder: ${dir}`);
}

/** One article file read and parsed, or why it cannot be used. */
export function readArticle(path: string, file: string): { article: Article } | { reason: string } {
  try {
    const article = parseArticle(file, readArticleText(path));
    if (article.sentences.length === 0) throw new KnowledgeError("it has no sentences");
    return { article };
  } catch (err) {
    return {
      reason: err instanceof KnowledgeError ? err.message : `it could not be read (${(err as Error).message})`,
    };
  }
}

/** Article files under `dir`, sorted, hidden files and the folders in `skip` left out. */
export function listArticleFiles(dir: string, options: { skip?: readonly string[] } = {}): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".") || name === "node_modules") continue;
      const path = join(d, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue; // a dangling link is not an article
      }
      if (isDir) {
        if (!options.skip?.includes(path)) walk(path);
      } else if (ARTICLE_FILE.test(name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** The text of an article file: refused when empty, oversized, binary or not UTF-8. */
export function readArticleText(path: string): string {
  const size = statSync(path).size;
  if (size === 0) throw new KnowledgeError("it is empty");
  if (size > MAX_ARTICLE_BYTES)
    throw new KnowledgeError(`it is ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB`);
  return decodeArticleBytes(readFileSync(path));
}

/** Bytes of an article as text: refused when binary, not UTF-8 or only whitespace. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new KnowledgeError("it is empty");
  if (bytes.includes(0)) throw new KnowledgeError("it looks binary (it contains NUL bytes), not text");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new KnowledgeError("it is not valid UTF-8 text");
  }
  if (!text.trim()) throw new KnowledgeError("it holds only whitespace");
  return text;
}
