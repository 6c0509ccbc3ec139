// Knowledge loading: bad files are named in `problems` and skipped while good articles are served;
// a missing folder is a clear KnowledgeError.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KnowledgeError, loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import { createEngine, loadEngine } from "../../src/answer/engine.ts";
import { BRIDGE_ARTICLE, expectWellFormedAnswer, tempKnowledge } from "./helpers.ts";

describe("loadKnowledge with bad files", () => {
  const folder = tempKnowledge({
    "bridge.md": BRIDGE_ARTICLE,
    "empty.txt": "",
    "binary.txt": new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]),
    "latin1.txt": new Uint8Array([
      ...Buffer.from("Caf"),
      0xe9,
      ...Buffer.from(" au lait. The caf"),
      0xe9,
      ...Buffer.from(" opened."),
    ]),
    "blank.md": "   \n\n\t  \r\n  \n",
    "notes.json": '{"not": "an article"}',
    "image.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]),
  });
  afterAll(folder.cleanup);
  const loaded = loadKnowledge(folder.dir);

  it("serves the good article", () => {
    expect(loaded.articles.map((a) => a.file)).toEqual(["bridge.md"]);
    expect(loaded.articles[0]!.meta.headline).toBe("New bridge opens over the Tamar River");
  });

  it.each([
    ["empty.txt", /empty/i],
    ["binary.txt", /binary|NUL/i],
    ["latin1.txt", /UTF-8/i],
    ["blank.md", /whitespace|no sentences|empty/i],
  ])("names %s in problems with a clear reason", (file, reason) => {
    const problem = loaded.problems.find((p) => p.file === file);
    expect(problem, `no problem reported for ${file}: ${JSON.stringify(loaded.problems)}`).toBeDefined();
    expect(problem!.reason).toMatch(reason);
  });

  it("reports exactly the bad article files, and ignores files that are not articles", () => {
    expect(loaded.problems.map((p) => p.file).sort()).toEqual(["binary.txt", "blank.md", "empty.txt", "latin1.txt"]);
  });

  it("the engine built from it answers from the good article and exposes the problems", () => {
    const engine = createEngine(loaded, { useFactsFiles: false });
    expect(engine.problems).toEqual(loaded.problems);
    const answer = engine.ask("Who is the mayor of Riverton?");
    expectWellFormedAnswer(answer, engine.articles);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/Jane Okafor/);
  });
});

describe("loadKnowledge folders", () => {
  it("throws a KnowledgeError naming a missing folder", () => {
    const missing = join("/tmp", `no-such-knowledge-folder-${process.pid}`);
    expect(() => loadKnowledge(missing)).toThrow(KnowledgeError);
    expect(() => loadKnowledge(missing)).toThrow(/not found/i);
    expect(() => loadKnowledge(missing)).toThrow(missing);
    expect(() => loadEngine(missing)).toThrow(KnowledgeError);
  });

  it("throws a KnowledgeError when the path is a file, not a folder", () => {
    const folder = tempKnowledge({ "a.txt": "One sentence." });
    try {
      expect(() => loadKnowledge(join(folder.dir, "a.txt"))).toThrow(KnowledgeError);
    } finally {
      folder.cleanup();
    }
  });

  it("loads an empty folder with no articles; the engine then declines everything without crashing", () => {
    const folder = tempKnowledge({});
    try {
      const loaded = loadKnowledge(folder.dir);
      expect(loaded.articles).toEqual([]);
      const engine = createEngine(loaded);
      for (const q of ["Who visited Moscow?", "", "how many?"]) {
        const a = engine.ask(q);
        expectWellFormedAnswer(a, engine.articles, q);
        expect(a.answered).toBe(false);
      }
    } finally {
      folder.cleanup();
    }
  });

  it("reads .md, .markdown and .txt articles in sub-folders, and skips hidden files", () => {
    const folder = tempKnowledge({ "top.txt": "The top article has one sentence.", ".hidden.txt": "Hidden." });
    try {
      mkdirSync(join(folder.dir, "more"));
      writeFileSync(join(folder.dir, "more", "deep.markdown"), "# Deep\n\nA deep article.");
      const loaded = loadKnowledge(folder.dir);
      expect(loaded.articles.map((a) => a.file).sort()).toEqual([join("more", "deep.markdown"), "top.txt"]);
      expect(loaded.problems).toEqual([]);
    } finally {
      folder.cleanup();
    }
  });
});
