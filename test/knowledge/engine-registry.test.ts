// Per-server knowledge: everyone's articles everywhere, a server's own articles in that server only;
// engines built lazily per scope and rebuilt when files change, the previous version of a broken
// file still served.
import { afterAll, describe, expect, it } from "vitest";
import { EngineRegistry } from "../../src/registry/engine-registry.ts";
import { KnowledgeError } from "../../src/knowledge/load-knowledge.ts";
import { GUILD_A, GUILD_A_ARTICLE, GUILD_B, SHARED_ARTICLE, tempFolder, threeScopes } from "./fixtures.ts";

const quoted = (a: { quotes: { text: string }[]; related: { text: string }[] }) =>
  [...a.quotes, ...a.related].map((q) => q.text).join("\n");

describe("scopes", async () => {
  const folder = threeScopes();
  afterAll(folder.cleanup);
  const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });

  it("a server's own article answers there", () => {
    const a = registry.engineFor(GUILD_A).ask("How many apprentices did the glassworks hire?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/40/);
    expect(a.quotes[0]!.article).toBe(`guilds/${GUILD_A}/glassworks.md`);
  });

  it("everyone's article answers in every server and in DMs", () => {
    for (const guild of [GUILD_A, GUILD_B, undefined, "333333333333333333"]) {
      const a = registry.engineFor(guild).ask("Who finished the work on the bridge?");
      expect(a.answered, String(guild)).toBe(true);
      expect(a.quotes[0]!.text).toMatch(/Castellan Coatings/);
    }
  });

  it("another server, a server with none of its own and a DM never see it: no answer, no quote, no headline", () => {
    for (const guild of [GUILD_B, "333333333333333333", undefined, null, "not-a-server"]) {
      const engine = registry.engineFor(guild);
      expect(engine.articles.map((x) => x.meta.headline)).not.toContain("Glassworks hires 40 apprentices");
      for (const q of ["How many apprentices did the glassworks hire?", "Who is Oriel Tancredi?", "glassworks"]) {
        const a = engine.ask(q);
        expect(a.answered, `${guild}: ${q}`).toBe(false);
        expect(quoted(a)).not.toMatch(/Vellmar|apprentice|Tancredi|Glassworks/i);
      }
      expect(
        engine
          .search("glassworks apprentices")
          .map((q) => q.text)
          .join(" "),
      ).not.toMatch(/Vellmar|Glassworks/);
      expect(engine.suggest("", 25).join(" ")).not.toMatch(/Tancredi|apprentice/i);
      expect(
        engine
          .facts()
          .map((f) => `${f.subject} ${f.object}`)
          .join(" "),
      ).not.toMatch(/Tancredi|Vellmar|Glassworks/);
      expect(registry.articleEngine(guild, `guilds/${GUILD_A}/glassworks.md`)).toBeUndefined();
    }
  });

  it("lists a server's own articles apart from everyone's", () => {
    expect(registry.ownArticles(GUILD_A).map((a) => a.file)).toEqual([`guilds/${GUILD_A}/glassworks.md`]);
    expect(registry.engineFor(GUILD_A).articles.map((a) => a.file)).toEqual([
      "bridge.md",
      `guilds/${GUILD_A}/glassworks.md`,
    ]);
    expect(registry.engineFor(undefined).articles.map((a) => a.file)).toEqual(["bridge.md"]);
  });

  it("builds each scope once and reuses it", () => {
    expect(registry.engineFor(GUILD_A)).toBe(registry.engineFor(GUILD_A));
    expect(registry.engineFor("333333333333333333")).toBe(registry.engineFor(undefined));
  });

  it("answers from one chosen article of the scope", () => {
    const engine = registry.articleEngine(GUILD_A, "bridge.md")!;
    expect(engine.articles.map((a) => a.file)).toEqual(["bridge.md"]);
    expect(engine.ask("How many apprentices did the glassworks hire?").answered).toBe(false);
    expect(engine.ask("Who finished the work on the bridge?").answered).toBe(true);
  });
});

describe("reloading", () => {
  it("picks up an added, a changed and a removed file, and swaps the engine", async () => {
    const folder = tempFolder({ "bridge.md": threeScopesText() });
    try {
      const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });
      const before = registry.engineFor(GUILD_A);
      expect(before.ask("How many apprentices did the glassworks hire?").answered).toBe(false);

      folder.write(`guilds/${GUILD_A}/glassworks.md`, GUILD_A_ARTICLE);
      const added = await registry.refresh();
      expect(added.added).toEqual([`guilds/${GUILD_A}/glassworks.md`]);
      expect(registry.engineFor(GUILD_A).ask("How many apprentices did the glassworks hire?").answered).toBe(true);
      // The old engine is untouched: a question that started on it finishes on it.
      expect(before.articles.map((a) => a.file)).toEqual(["bridge.md"]);

      folder.write(`guilds/${GUILD_A}/glassworks.md`, GUILD_A_ARTICLE.replaceAll("40", "55"));
      const changed = await registry.refresh();
      expect(changed.changed).toEqual([`guilds/${GUILD_A}/glassworks.md`]);
      expect(registry.engineFor(GUILD_A).ask("How many apprentices did the glassworks hire?").answer).toMatch(/55/);

      folder.remove(`guilds/${GUILD_A}/glassworks.md`);
      const removed = await registry.refresh();
      expect(removed.removed).toEqual([`guilds/${GUILD_A}/glassworks.md`]);
      expect(registry.engineFor(GUILD_A).ask("How many apprentices did the glassworks hire?").answered).toBe(false);
      expect((await registry.refresh()).added).toEqual([]);
    } finally {
      folder.cleanup();
    }
  });

  it("keeps serving the previous version of a file that breaks, and reports it", async () => {
    const folder = tempFolder({ "bridge.md": threeScopesText() });
    try {
      const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });
      folder.write("bridge.md", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
      const report = await registry.refresh();
      expect(report.failed).toEqual([{ file: "bridge.md", reason: expect.stringMatching(/binary/), kept: true }]);
      expect(registry.engineFor(undefined).ask("Who finished the work on the bridge?").answered).toBe(true);
      expect(registry.engineFor(undefined).problems[0]!.reason).toMatch(/previous version is still served/);

      folder.write("new.txt", "");
      const broken = await registry.refresh();
      expect(broken.failed).toEqual([{ file: "new.txt", reason: expect.stringMatching(/empty/), kept: false }]);
    } finally {
      folder.cleanup();
    }
  });

  it("shows a server only the changes to everyone's files and its own", async () => {
    const folder = threeScopes();
    try {
      const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });
      folder.write(`guilds/${GUILD_B}/second.md`, "# Second\n\nA second comet report.\n");
      folder.write("more.md", "# More\n\nMore for everyone.\n");
      const report = await registry.refresh();
      expect(registry.visibleTo(report, GUILD_A).added).toEqual(["more.md"]);
      expect(registry.visibleTo(report, GUILD_B).added).toEqual([`guilds/${GUILD_B}/second.md`, "more.md"]);
      expect(registry.visibleTo(report, undefined).added).toEqual(["more.md"]);
    } finally {
      folder.cleanup();
    }
  });

  it("refuses a missing folder with a KnowledgeError", async () => {
    await expect(EngineRegistry.open("/tmp/no-such-knowledge-folder-for-registry")).rejects.toThrow(KnowledgeError);
  });
});

function threeScopesText(): string {
  return SHARED_ARTICLE;
}

describe("building ahead of the first question", () => {
  it("prebuild builds each server with articles of its own; a reload builds a server's scope when it gets its first article", async () => {
    const folder = threeScopes();
    try {
      const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });
      expect(registry.builtScopes()).toEqual([]);
      await registry.prebuild();
      expect(registry.builtScopes().sort()).toEqual([GUILD_A, GUILD_B]);
      folder.write("guilds/444444444444444444/first.md", "# First\n\nA first report.\n");
      await registry.refresh();
      expect(registry.builtScopes()).toContain("444444444444444444");
    } finally {
      folder.cleanup();
    }
  });
});
