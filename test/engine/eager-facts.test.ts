// When facts are extracted: a large knowledge base defers extraction to the first question that needs
// it unless the engine is built eagerly, as `npm start` does, so no Discord user waits seconds for it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { BRIDGE_ARTICLE, tempKnowledge } from "./helpers.ts";

const extracted = vi.hoisted(() => ({ articles: [] as string[] }));
vi.mock("../../src/facts/facts-file.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/facts/facts-file.ts")>();
  return {
    ...original,
    loadOrExtractFacts: (...args: Parameters<typeof original.loadOrExtractFacts>) => {
      extracted.articles.push(args[1].file);
      return original.loadOrExtractFacts(...args);
    },
  };
});

const { loadEngine } = await import("../../src/answer/engine.ts");

/** Enough copies of the bridge article to pass the size under which facts are always read up front. */
function largeKnowledge() {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 60; i++) files[`bridge-${String(i).padStart(2, "0")}.md`] = BRIDGE_ARTICLE;
  return tempKnowledge(files);
}

describe("fact extraction timing", () => {
  let cleanup = () => {};
  afterEach(() => {
    cleanup();
    extracted.articles = [];
  });

  it("a large knowledge base built lazily extracts no facts until a question needs them", () => {
    const k = largeKnowledge();
    cleanup = k.cleanup;
    const engine = loadEngine(k.dir);
    expect(engine.articles.reduce((n, a) => n + a.sentences.length, 0)).toBeGreaterThan(500);
    expect(extracted.articles).toEqual([]);
    engine.facts("Jane Okafor");
    expect(extracted.articles).toHaveLength(60);
  });

  it("an eager build extracts every article's facts before the first question", () => {
    const k = largeKnowledge();
    cleanup = k.cleanup;
    loadEngine(k.dir, { eager: true });
    expect(extracted.articles).toHaveLength(60);
  });

  it("a small knowledge base has its facts read at build either way", () => {
    const k = tempKnowledge({ "bridge.md": BRIDGE_ARTICLE });
    cleanup = k.cleanup;
    loadEngine(k.dir);
    expect(extracted.articles).toEqual(["bridge.md"]);
  });
});
