// Hot reload: files added, changed, removed and broken are picked up by the watcher (or by polling
// alone) within moments, while questions keep being answered from the old or the new knowledge.
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { EngineRegistry } from "../../src/registry/engine-registry.ts";
import { watchKnowledge } from "../../src/registry/watch-knowledge.ts";
import { GUILD_A, SHARED_ARTICLE, tempFolder } from "./fixtures.ts";

const DAM = (height: number) =>
  `# Dam raised\n\nThe Pellory dam was raised to ${height} metres this spring. Engineer Anouk Brasse led the work.\n`;
const HEIGHT_QUESTION = "How high was the Pellory dam raised?";

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await sleep(20);
  }
  return check();
}

describe.each([
  ["the file watcher", true],
  ["polling alone", false],
])("changes are picked up by %s", (_how, watch) => {
  const folder = tempFolder({ "bridge.md": SHARED_ARTICLE });
  afterAll(folder.cleanup);

  it("added, changed and removed files, within seconds", async () => {
    const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });
    const watcher = watchKnowledge(registry, { watch, pollMs: watch ? 0 : 100, debounceMs: 50 });
    try {
      expect(watcher.watching).toBe(watch);
      const answer = () => registry.engineFor(GUILD_A).ask(HEIGHT_QUESTION);
      folder.write(`guilds/${GUILD_A}/dam.md`, DAM(40));
      expect(await until(() => /40/.test(answer().answer), 3000)).toBe(true);
      folder.write(`guilds/${GUILD_A}/dam.md`, DAM(52));
      expect(await until(() => /52/.test(answer().answer), 3000)).toBe(true);
      folder.remove(`guilds/${GUILD_A}/dam.md`);
      expect(await until(() => !answer().answered, 3000)).toBe(true);
    } finally {
      watcher.stop();
    }
  });
});

describe("questions during reloads", () => {
  const folder = tempFolder({ "bridge.md": SHARED_ARTICLE, [`guilds/${GUILD_A}/dam.md`]: DAM(40) });
  afterAll(folder.cleanup);

  it("500 questions while files change and a broken file appears: every one answered, from the old or new knowledge", async () => {
    const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });
    const watcher = watchKnowledge(registry, { pollMs: 50, debounceMs: 10 });
    const heights = new Set<string>();
    let failures = 0;
    let rebuilt = 0;
    let last = registry.engineFor(GUILD_A);
    try {
      for (let i = 0; i < 500; i++) {
        // Every 25 questions the files change: the dam's height, a new article, a broken file, a broken edit.
        if (i % 25 === 0) {
          const step = i / 25;
          folder.write(`guilds/${GUILD_A}/dam.md`, DAM(40 + step));
          if (step === 3) folder.write(`guilds/${GUILD_A}/broken.txt`, new Uint8Array([0x50, 0x4b, 3, 4, 0, 9, 0]));
          if (step === 5) folder.write("bridge.md", new Uint8Array([0, 1, 2, 3])); // everyone's article breaks
          if (step === 7) folder.write(`guilds/${GUILD_A}/extra.md`, "# Extra\n\nAn extra report arrived.\n");
          if (step === 9) folder.remove(`guilds/${GUILD_A}/extra.md`);
        }
        try {
          const engine = registry.engineFor(GUILD_A);
          if (engine !== last) rebuilt++;
          last = engine;
          const dam = engine.ask(HEIGHT_QUESTION);
          const bridge = engine.ask("Who finished the work on the bridge?");
          if (!dam.answered || !bridge.answered) failures++;
          const height = /\b(\d{2}) metres/.exec(dam.quotes[0]?.text ?? "")?.[1];
          if (height) heights.add(height);
          else failures++;
        } catch {
          failures++;
        }
        await sleep(2); // the watcher, the poll and the rebuilds run between questions
      }
      expect(failures).toBe(0);
      expect(rebuilt).toBeGreaterThan(3); // the engine really was swapped during the run
      expect(heights.size).toBeGreaterThan(3); // and answers followed the changing file
      const problems = registry.engineFor(GUILD_A).problems.map((p) => p.file);
      expect(problems).toEqual(expect.arrayContaining(["bridge.md", `guilds/${GUILD_A}/broken.txt`]));
    } finally {
      watcher.stop();
    }
  }, 30_000);
});
