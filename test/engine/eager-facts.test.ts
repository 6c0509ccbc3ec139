// When facts are extracted: a small knowledge base in the background right after the build; a large
// one on the first question that needs them, unless the engine is built eagerly, as `npm start` does,
// so no Discord user waits seconds for it. Until then the engine says it is not warm.
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
    expect(engine.isWarm()).toBe(false); // the first question would extract 60 articles' facts
    engine.facts("Jane Okafor");
    expect(extracted.articles).toHaveLength(60);
    expect(engine.isWarm()).toBe(true);
  });

  it("an eager build extracts every article's facts before the first question", () => {
    const k = largeKnowledge();
    cleanup = k.cleanup;
    const engine = loadEngine(k.dir, { eager: true });
    expect(extracted.articles).toHaveLength(60);
    expect(engine.isWarm()).toBe(true);
  });

  it("a small knowledge base, eager or not, has its facts read in the background right after the build", async () => {
    for (const options of [{}, { eager: true }]) {
      const k = tempKnowledge({ "bridge.md": BRIDGE_ARTICLE });
      const engine = loadEngine(k.dir, options);
      expect(extracted.articles).toEqual([]);
      expect(engine.isWarm()).toBe(false);
      await vi.waitFor(() => expect(extracted.articles).toEqual(["bridge.md"]), { timeout: 5000, interval: 20 });
      expect(engine.isWarm()).toBe(true);
      expect(engine.facts("Jane Okafor").length).toBeGreaterThan(0);
      k.cleanup();
      extracted.articles = [];
    }
  });

  it("a question asked before the background work is done reads the facts itself", () => {
    const k = tempKnowledge({ "bridge.md": BRIDGE_ARTICLE });
    cleanup = k.cleanup;
    const engine = loadEngine(k.dir);
    expect(engine.ask("Who is Jane Okafor?").answer).toMatch(/mayor of Riverton/);
    expect(extracted.articles).toEqual(["bridge.md"]);
  });
});
