// Facts are saved beside each article as <article>.facts.json so people can read and diff them.
// A saved file is used only while it matches the article's current text and the extractor's rules;
// otherwise (or when it is missing or malformed) the facts are extracted again on load.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../knowledge/article.ts";
import type { Fact } from "./fact.ts";
import { EXTRACTOR_VERSION, extractFacts } from "./extract-facts.ts";

export interface FactsFile {
  article: string;
  sha256: string;
  extractorVersion: number;
  facts: Fact[];
}

export const factsPath = (dir: string, article: Article) =>
  join(dir, `${article.file.replace(/\.(md|markdown|txt)$/i, "")}.facts.json`);
export const articleHash = (article: Article) => createHash("sha256").update(article.source).digest("hex");

export function loadOrExtractFacts(dir: string, article: Article, useFile = true): Fact[] {
  if (useFile) {
    const saved = readFactsFile(factsPath(dir, article));
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

/** The saved file, or undefined when it is missing or not a well-formed facts file. */
function readFactsFile(path: string): FactsFile | undefined {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as Partial<FactsFile>;
    const ok =
      typeof data.sha256 === "string" &&
      typeof data.extractorVersion === "number" &&
      Array.isArray(data.facts) &&
      data.facts.every(
        (f) =>
          f &&
          typeof f.kind === "string" &&
          typeof f.subject === "string" &&
          typeof f.object === "string" &&
          Number.isInteger(f.sentence),
      );
    return ok ? (data as FactsFile) : undefined;
  } catch {
    return undefined;
  }
}
