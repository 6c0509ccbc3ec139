// Saved facts files: used only while their sha256 matches the article text; a stale, malformed or
// missing file means the facts are extracted again.
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
import { extractFacts } from "../../src/facts/extract-facts.ts";
import { parseArticle } from "../../src/knowledge/parse-article.ts";
import { BRIDGE_ARTICLE, tempKnowledge } from "./helpers.ts";

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
});
