// Saved facts files: used only while their sha256 matches the article text and their extractorVersion
// the extractor's; a stale, malformed or missing file means the facts are extracted again.
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import {
  articleHash,
  factsPath,
  loadOrExtractFacts,
  writeFactsFile,
  type FactsFile,
} from "../../src/facts/facts-file.ts";
import { EXTRACTOR_VERSION, extractFacts } from "../../src/facts/extract-facts.ts";
import { parseArticle } from "../../src/knowledge/parse-article.ts";
import { createEngine } from "../../src/answer/engine.ts";
import { BRIDGE_ARTICLE, SEED_DIR, SEED_FILE, tempKnowledge } from "./helpers.ts";

describe("facts files", () => {
  const folder = tempKnowledge({ "bridge.md": BRIDGE_ARTICLE });
  afterAll(folder.cleanup);
  const article = loadKnowledge(folder.dir).articles[0]!;

  it("writes knowledge/<name>.facts.json with the article's hash and its facts", () => {
    const { path, facts } = writeFactsFile(folder.dir, article);
    expect(path).toBe(factsPath(folder.dir, article));
    expect(path.endsWith("bridge.facts.json")).toBe(true);
    const saved = JSON.parse(readFileSync(path, "utf8")) as FactsFile;
    expect(saved.sha256).toBe(articleHash(article));
    expect(saved.facts).toEqual(facts);
    expect(facts).toEqual(extractFacts(article));
  });

  it("uses a saved file whose hash matches the article", () => {
    const path = factsPath(folder.dir, article);
    const saved = JSON.parse(readFileSync(path, "utf8")) as FactsFile;
    const marker = {
      kind: "entity" as const,
      subject: "MARKER",
      predicate: "mentioned",
      object: "from the saved file",
      sentence: 1,
    };
    writeFileSync(path, JSON.stringify({ ...saved, facts: [marker] }));
    expect(loadOrExtractFacts(folder.dir, article)).toEqual([marker]);
    // …unless told not to use facts files.
    expect(loadOrExtractFacts(folder.dir, article, false)).toEqual(extractFacts(article));
  });

  it("re-extracts when the article text has changed since the file was saved", () => {
    const changed = parseArticle("bridge.md", BRIDGE_ARTICLE.replace("3,000", "4,000"));
    const facts = loadOrExtractFacts(folder.dir, changed);
    expect(facts.some((f) => f.subject === "MARKER")).toBe(false);
    expect(facts).toEqual(extractFacts(changed));
  });

  it.each([
    ["not JSON", "{ this is not json"],
    ["the wrong shape", JSON.stringify({ hello: "world" })],
    ["facts that are not facts", JSON.stringify({ sha256: "x", extractorVersion: 1, facts: [1, 2, 3] })],
    ["empty", ""],
  ])("re-extracts when the saved file is %s", (_name, content) => {
    writeFileSync(factsPath(folder.dir, article), content);
    expect(loadOrExtractFacts(folder.dir, article)).toEqual(extractFacts(article));
  });

  // The files below all carry the article's current hash and the current extractorVersion, so only
  // the shape check stands between them and the engine.
  const current = () => ({ article: article.file, sha256: articleHash(article), extractorVersion: EXTRACTOR_VERSION });
  const fact = { kind: "entity", subject: "Riverton", predicate: "mentioned", object: "the city", sentence: 1 };
  it.each([
    ["facts that are numbers", { facts: [1, 2, 3] }],
    ["facts that are not a list", { facts: { 0: fact } }],
    ["a fact of an unknown kind", { facts: [{ ...fact, kind: "rumour" }] }],
    ["a fact without a subject", { facts: [{ ...fact, subject: undefined }] }],
    ["a fact with an empty object", { facts: [{ ...fact, object: "" }] }],
    ["a fact whose predicate is a number", { facts: [{ ...fact, predicate: 7 }] }],
    ["a fact whose sentence is text", { facts: [{ ...fact, sentence: "1" }] }],
    ["a fact whose sentence is negative", { facts: [{ ...fact, sentence: -1 }] }],
    ["a fact past the article's last sentence", { facts: [{ ...fact, sentence: 10_000 }] }],
    ["a fact whose attribution is not text", { facts: [{ ...fact, attribution: true }] }],
    ["no extractorVersion", { extractorVersion: undefined, facts: [fact] }],
  ])("re-extracts when the saved file has the right hash but %s", (_name, overrides) => {
    writeFileSync(factsPath(folder.dir, article), JSON.stringify({ ...current(), ...overrides }));
    expect(loadOrExtractFacts(folder.dir, article)).toEqual(extractFacts(article));
  });

  it("accepts the same file once it is well formed (so the cases above fail on their flaw alone)", () => {
    writeFileSync(factsPath(folder.dir, article), JSON.stringify({ ...current(), facts: [fact] }));
    expect(loadOrExtractFacts(folder.dir, article)).toEqual([fact]);
  });

  it("re-extracts when the file was written by another version of the extractor", () => {
    for (const extractorVersion of [EXTRACTOR_VERSION - 1, EXTRACTOR_VERSION + 1]) {
      writeFileSync(factsPath(folder.dir, article), JSON.stringify({ ...current(), extractorVersion, facts: [fact] }));
      expect(loadOrExtractFacts(folder.dir, article), `extractorVersion ${extractorVersion}`).toEqual(
        extractFacts(article),
      );
    }
  });

  it("an engine over a malformed file with the right hash serves extracted facts and still answers", () => {
    writeFileSync(factsPath(folder.dir, article), JSON.stringify({ ...current(), facts: [{ ...fact, sentence: -1 }] }));
    const engine = createEngine(loadKnowledge(folder.dir));
    expect(engine.facts()).toEqual(extractFacts(article));
    const answer = engine.ask("who cut the ribbon?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/Jane Okafor/);
  });
});

describe("the committed knowledge/article.facts.json", () => {
  // If the extractor's rules change without a new EXTRACTOR_VERSION, the bot would keep serving the
  // old facts from this file. Fix: bump EXTRACTOR_VERSION in src/facts/extract-facts.ts and run
  // `npm run extract`.
  const seed = loadKnowledge(SEED_DIR).articles.find((a) => a.file === "article.txt")!;
  const committed = JSON.parse(readFileSync(factsPath(SEED_DIR, seed), "utf8")) as FactsFile;

  it("is for knowledge/article.txt as it is now, and from the current extractor", () => {
    expect(factsPath(SEED_DIR, seed)).toBe(SEED_FILE.replace(/\.txt$/, ".facts.json"));
    expect(committed.sha256).toBe(articleHash(seed));
    expect(committed.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it("holds exactly what the extractor finds in the article today", () => {
    expect(committed.facts, "bump EXTRACTOR_VERSION and run `npm run extract`").toEqual(extractFacts(seed));
  });

  it("is what the engine serves", () => {
    expect(loadOrExtractFacts(SEED_DIR, seed)).toEqual(committed.facts);
  });
});
