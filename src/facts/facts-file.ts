// Facts are saved beside each article as <article>.facts.json so people can read and diff them.
// A saved file is used only while it matches the article's current text and the extractor's rules;
// otherwise (or when it is missing or malformed) the facts are extracted again on load.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Article } from "../knowledge/article.ts";
import { FACT_KINDS, type Fact } from "./fact.ts";
import { EXTRACTOR_VERSION, extractFacts } from "./extract-facts.ts";

export interface FactsFile {
  article: string;
  sha256: string;
  extractorVersion: number;
  facts: Fact[];
}

export const factsPath = (dir: string, article: Article) =>
  join(dir, `${article.file.replace(/\.(md|markdown|txt|html?)$/i, "")}.facts.json`);
export const articleHash = (article: Article) => createHash("sha256").update(article.source).digest("hex");

export function loadOrExtractFacts(dir: string, article: Article, useFile = true): Fact[] {
  if (useFile) {
    const saved = readFactsFile(factsPath(dir, article), article.sentences.length);
    if (saved && saved.sha256 === articleHash(article) && saved.extractorVersion === EXTRACTOR_VERSION)
      return saved.facts;
  }
  return extractFacts(article);
}

export function writeFactsFile(dir: string, article: Article): { path: string; facts: Fact[] } {
  const facts = extractFacts(article);
  const file: FactsFile = {
    article: article.file,
    sha256: articleHash(article),
    extractorVersion: EXTRACTOR_VERSION,
    facts,
  };
  const path = factsPath(dir, article);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  return { path, facts };
}

/** What a facts file must hold; `sentence` is checked against the article's sentence count separately. */
const factsFileSchema = z.object({
  article: z.string().optional(),
  sha256: z.string(),
  extractorVersion: z.number().int(),
  facts: z.array(
    z.object({
      kind: z.enum(FACT_KINDS),
      subject: z.string().min(1),
      predicate: z.string(),
      object: z.string().min(1),
      attribution: z.string().optional(),
      sentence: z.number().int().min(0),
    }),
  ),
});

/**
 * The saved file, or undefined when it is missing or not a well-formed facts file for an article of
 * `sentenceCount` sentences (a fact pointing past the last sentence would quote nothing).
 */
function readFactsFile(path: string, sentenceCount: number): FactsFile | undefined {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
  const parsed = factsFileSchema.safeParse(data);
  if (!parsed.success || parsed.data.facts.some((f) => f.sentence >= sentenceCount)) return undefined;
  return { article: parsed.data.article ?? "", ...parsed.data };
}
