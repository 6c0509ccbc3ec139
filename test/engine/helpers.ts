// Shared helpers for the engine tests: paths, temporary knowledge folders, and the checks that
// every answer must pass (well-formed, quotes verbatim).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import type { Article } from "../../src/knowledge/article.ts";
import type { Answer, Quote } from "../../src/answer/types.ts";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const SEED_DIR = join(REPO, "knowledge");
export const SEED_FILE = join(SEED_DIR, "article.txt");
export const SHARED_EVAL = resolve(REPO, "../shared/eval");

export const KINDS = [
  "who",
  "what",
  "how-many",
  "how-much",
  "when",
  "where",
  "why",
  "how",
  "yes-no",
  "describe",
] as const;

/** Creates a temporary knowledge folder holding `files` (name → text or bytes); returns its path. */
export function tempKnowledge(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "qa-engine-test-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * An engine over a temporary knowledge folder holding `files` (facts always extracted). The folder
 * is removed once the engine is built: it reads every article then, and a hook registered from
 * inside a test (where many of these engines are made) would never run.
 */
export function engineOver(files: Record<string, string>): Engine {
  const folder = tempKnowledge(files);
  try {
    return createEngine(loadKnowledge(folder.dir), { useFactsFiles: false });
  } finally {
    folder.cleanup();
  }
}

/** A short article on a topic unrelated to the seed, written for these tests. */
export const BRIDGE_ARTICLE = `---
title: New bridge opens over the Tamar River
date: 2024-03-14
---

Riverton – The new Tamar Bridge opened to traffic on Thursday after four years of construction, city officials said. The bridge cost 48 million pounds, according to the regional transport authority.

Jane Okafor, the mayor of Riverton, cut the ribbon at the opening ceremony. About 3,000 residents attended the event, which included a parade and a brass band.

Engineers from Halden Construction designed the bridge to carry 20,000 vehicles a day. Dr. Samuel Reyes, the company's chief engineer, said the structure would last at least 120 years.

The old ferry service, which ran for 85 years, will close in May. Local groups have urged the council to keep the ferry as a tourist attraction.
`;

/** Asserts that a quote is a sentence of one of `articles`, word for word, at the place it claims. */
export function expectVerbatimQuote(quote: Quote, articles: readonly Article[], context = ""): void {
  const article = articles.find((a) => a.file === quote.article);
  expect(article, `${context} quote names an unknown article ${JSON.stringify(quote.article)}`).toBeDefined();
  const sentence = article!.sentences.find(
    (s) => s.part === quote.part && s.paragraph === quote.paragraph && s.sentence === quote.sentence,
  );
  expect(sentence, `${context} no sentence at ${quote.location} in ${quote.article}`).toBeDefined();
  expect(quote.text, `${context} quote at ${quote.location} is not the sentence that stands there`).toBe(
    sentence!.text,
  );
  expect(
    article!.source.replace(/\r\n?/g, "\n").includes(quote.text),
    `${context} quote is not verbatim in the file: ${JSON.stringify(quote.text)}`,
  ).toBe(true);
  const location = quote.part === "body" ? `paragraph ${quote.paragraph}, sentence ${quote.sentence}` : quote.part;
  expect(quote.location).toBe(location);
}

/** Asserts the shape every Answer must have, and that every quote (answer or related) is verbatim. */
export function expectWellFormedAnswer(answer: Answer, articles: readonly Article[], context = ""): void {
  expect(typeof answer.question, context).toBe("string");
  expect(typeof answer.answered, context).toBe("boolean");
  expect(KINDS as readonly string[], context).toContain(answer.kind);
  expect(typeof answer.answer, context).toBe("string");
  expect(answer.answer.trim().length, `${context} empty answer`).toBeGreaterThan(0);
  expect(Array.isArray(answer.quotes), context).toBe(true);
  expect(Array.isArray(answer.related), context).toBe(true);
  expect(typeof answer.ms, context).toBe("number");
  expect(Number.isFinite(answer.ms) && answer.ms >= 0, `${context} ms=${answer.ms}`).toBe(true);
  if (answer.attribution !== undefined) expect(typeof answer.attribution, context).toBe("string");
  if (answer.answered) expect(answer.quotes.length, `${context} answered without a quote`).toBeGreaterThan(0);
  else expect(answer.quotes, `${context} declined but still quotes as an answer`).toEqual([]);
  for (const q of [...answer.quotes, ...answer.related]) expectVerbatimQuote(q, articles, context);
  // The answer must survive the JSON contract of the CLI unchanged (apart from ms precision).
  const round = JSON.parse(JSON.stringify(answer)) as Answer;
  expect(round.answer).toBe(answer.answer);
  expect(round.answered).toBe(answer.answered);
}

/** The answer without its timing, for comparing two runs. */
export function withoutMs(answer: Answer): Omit<Answer, "ms"> {
  const { ms: _ms, ...rest } = answer;
  return rest;
}
