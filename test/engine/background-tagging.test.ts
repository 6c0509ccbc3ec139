// A small knowledge base with facts files is ready without tagging a sentence: tagging (the slow
// step of answering) happens in the background right after the build, between other work.
import { afterAll, describe, expect, it, vi } from "vitest";
import { BRIDGE_ARTICLE, tempKnowledge } from "./helpers.ts";

const tagged = vi.hoisted(() => ({ texts: [] as string[] }));
vi.mock("../../src/text/tag-sentence.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/text/tag-sentence.ts")>();
  return {
    ...original,
    tagSentence: (text: string) => {
      tagged.texts.push(text);
      return original.tagSentence(text);
    },
  };
});

const { createEngine } = await import("../../src/answer/engine.ts");
const { loadKnowledge } = await import("../../src/knowledge/load-knowledge.ts");
const { writeFactsFile } = await import("../../src/facts/facts-file.ts");

describe("background tagging", () => {
  const folder = tempKnowledge({ "bridge.md": BRIDGE_ARTICLE });
  afterAll(folder.cleanup);

  it("builds without tagging, then tags every sentence once the build has returned", async () => {
    const knowledge = loadKnowledge(folder.dir);
    for (const article of knowledge.articles) writeFactsFile(folder.dir, article);
    tagged.texts = [];

    const engine = createEngine(loadKnowledge(folder.dir));
    expect(tagged.texts).toEqual([]);
    expect(engine.facts().length).toBeGreaterThan(0); // read from the facts file, not extracted

    const sentences = engine.articles.flatMap((a) => a.sentences.map((s) => s.text));
    await vi.waitFor(
      () => {
        for (const s of sentences) expect(tagged.texts).toContain(s);
      },
      { timeout: 5000, interval: 20 },
    );
  });
});
