// Source links: front matter url:/source: (or the page an article was added from) shown with every
// answer from that article: plain in the terminal, a link in Discord.
import { afterAll, describe, expect, it } from "vitest";
import { describeArticles } from "../../src/cli/chat.ts";
import { formatAnswerForTerminal as terminalAnswer } from "../../src/cli/format-answer.ts";
import { formatAnswerForDiscord as discordAnswer } from "../../src/discord/reply.ts";
import { sourceLink } from "../../src/discord/source-link.ts";
import { EngineRegistry } from "../../src/registry/engine-registry.ts";
import { GUILD_B, threeScopes } from "./fixtures.ts";

describe("source links", async () => {
  const folder = threeScopes();
  afterAll(folder.cleanup);
  const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });
  const engine = registry.engineFor(GUILD_B);
  const answer = engine.ask("What did the Quillon observatory spot?");

  it("the terminal shows the address plainly", () => {
    expect(answer.answered).toBe(true);
    const text = terminalAnswer(answer, engine.articles);
    expect(text).toContain("source: https://news.example.org/comet");
    expect(text).not.toContain("harbour-bridge"); // only the quoted article's source
  });

  it("the terminal's article list shows each source", () => {
    const text = describeArticles(engine);
    expect(text).toMatch(
      /Observatory spots a new comet \(2025-01-09\), \d+ sentences\. Source: https:\/\/news\.example\.org\/comet/,
    );
    expect(text).toContain("Source: https://news.example.org/harbour-bridge");
  });

  it("Discord shows it as a link in the small print", () => {
    expect(discordAnswer(answer, engine.articles).content).toContain(
      "-# Observatory spots a new comet · 2025-01-09 · [source](<https://news.example.org/comet>)",
    );
  });

  it("a link cannot be broken out of, and only web links are shown", () => {
    expect(sourceLink("https://example.org/a_(b)>c")).toBe("[source](<https://example.org/a_(b%29%3Ec>)");
    expect(sourceLink("javascript:alert(1)")).toBe("");
    expect(sourceLink(undefined)).toBe("");
  });
});
