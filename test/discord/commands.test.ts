// The command loader and the reply helper's limits.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Answer, Quote } from "../../src/answer/types.ts";
import { CommandLoadError, loadCommands } from "../../src/discord/load-commands.ts";
import { clampChoice, clampEmbeds, truncate } from "../../src/discord/limits.ts";
import { escapeText, formatAnswerForDiscord, formatFacts, toMessage } from "../../src/discord/reply.ts";
import { testEngine } from "./harness.ts";

describe("loadCommands", () => {
  test("loads every module in commands/", async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(["article", "articles", "ask", "facts", "help", "quote", "reload"]);
    expect(commands.get("ask")!.autocomplete).toBeTypeOf("function");
  });

  const goodData = `{ name: "%NAME%", description: "d", contexts: [0, 1, 2], integration_types: [0, 1] }`;
  /** The inside of a `data` object with one option. */
  const withOption = (name: string, option: string) =>
    `name: "${name}", description: "d", contexts: [0, 1, 2], integration_types: [0, 1], options: [${option}]`;
  const cases: [string, string, RegExp][] = [
    ["nodefault.mjs", `export const x = 1;`, /export default/],
    ["noexec.mjs", `export default { data: ${goodData.replace("%NAME%", "noexec")} };`, /execute must be a function/],
    [
      "mismatch.mjs",
      `export default { data: ${goodData.replace("%NAME%", "other")}, execute() {} };`,
      /defines \/other/,
    ],
    [
      "nocontexts.mjs",
      `export default { data: { name: "nocontexts", description: "d", integration_types: [0, 1] }, execute() {} };`,
      /contexts/,
    ],
    ["Upper.mjs", `export default { data: ${goodData.replace("%NAME%", "Upper")}, execute() {} };`, /lowercase/],
    [
      "auto.mjs",
      `export default { data: { name: "auto", description: "d", contexts: [0,1,2], integration_types: [0,1], options: [{ type: 3, name: "q", description: "q", autocomplete: true }] }, execute() {} };`,
      /autocomplete handler/,
    ],
    ["broken.mjs", `export default {`, /could not be imported/],
    [
      "nowhere.mjs",
      `export default { data: { name: "nowhere", description: "d", contexts: [], integration_types: [0] }, execute() {} };`,
      /contexts must list at least one place/,
    ],
    [
      "badcontext.mjs",
      `export default { data: { name: "badcontext", description: "d", contexts: [7], integration_types: [0] }, execute() {} };`,
      /contexts/,
    ],
    [
      "badinstall.mjs",
      `export default { data: { name: "badinstall", description: "d", contexts: [0], integration_types: [] }, execute() {} };`,
      /integration_types must list at least one/,
    ],
    [
      "badperms.mjs",
      `export default { data: { name: "badperms", description: "d", contexts: [0], integration_types: [0], default_member_permissions: "ManageGuild" }, execute() {} };`,
      /default_member_permissions .*digits/,
    ],
    [
      "noprivate.mjs",
      `export default { data: ${goodData.replace("%NAME%", "noprivate")}, privateOption: "private", execute() {} };`,
      /"private" as its private option, but has no boolean option/,
    ],
    [
      "textprivate.mjs",
      `export default { data: { ${withOption("textprivate", `{ type: 3, name: "hush", description: "h" }`)} }, privateOption: "hush", execute() {} };`,
      /"hush" as its private option, but has no boolean option/,
    ],
    [
      "numberlimits.mjs",
      `export default { data: { ${withOption("numberlimits", `{ type: 4, name: "page", description: "p" }`)} }, optionLimits: { page: () => ({ max_length: 5 }) }, execute() {} };`,
      /length limits for "page", but has no string option/,
    ],
    [
      "limitnotfn.mjs",
      `export default { data: { ${withOption("limitnotfn", `{ type: 3, name: "text", description: "t" }`)} }, optionLimits: { text: 5 }, execute() {} };`,
      /optionLimits\.text: each option limit must be a function/,
    ],
    [
      "slownotfn.mjs",
      `export default { data: ${goodData.replace("%NAME%", "slownotfn")}, mayBeSlow: true, execute() {} };`,
      /mayBeSlow must be a function/,
    ],
  ];
  for (const [file, source, message] of cases) {
    test(`a bad module fails clearly: ${file}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "commands-"));
      writeFileSync(join(dir, file), source);
      const error = await loadCommands(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CommandLoadError);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toMatch(message);
    });
  }
});

describe("what a command declares for itself", () => {
  const load = async (file: string, source: string) => {
    const dir = mkdtempSync(join(tmpdir(), "commands-"));
    writeFileSync(join(dir, file), source);
    return loadCommands(dir);
  };

  test("a server-only command for members who may Manage Server loads: usable everywhere is not required", async () => {
    const commands = await load(
      "settings.mjs",
      `export default { data: { name: "settings", description: "d", contexts: [0], integration_types: [0], default_member_permissions: "32" }, execute() { return { reply: { content: "ok" } }; } };`,
    );
    expect(commands.get("settings")!.data).toMatchObject({
      contexts: [0],
      integration_types: [0],
      default_member_permissions: "32",
    });
  });

  test("a private option and length limits load when they name a boolean and a string option", async () => {
    const commands = await load(
      "note.mjs",
      `export default { data: { name: "note", description: "d", contexts: [0, 1, 2], integration_types: [0, 1], options: [{ type: 3, name: "text", description: "t" }, { type: 5, name: "hush", description: "h" }] }, privateOption: "hush", optionLimits: { text: (config) => ({ max_length: config.maxQuestionLength }) }, execute() { return { reply: { content: "ok" } }; } };`,
    );
    const note = commands.get("note")!;
    expect(note.privateOption).toBe("hush");
    expect(Object.keys(note.optionLimits!)).toEqual(["text"]);
  });

  test("/ask declares its private option and its question limit; the others declare neither", async () => {
    const commands = await loadCommands();
    expect(commands.get("ask")!.privateOption).toBe("private");
    expect(Object.keys(commands.get("ask")!.optionLimits!)).toEqual(["question"]);
    for (const name of ["article", "facts", "help", "quote"]) {
      expect(commands.get(name)!.privateOption, name).toBeUndefined();
      expect(commands.get(name)!.optionLimits, name).toBeUndefined();
    }
  });
});

describe("reply limits", () => {
  const quote = (text: string): Quote => ({
    text,
    article: "article.txt",
    paragraph: 1,
    sentence: 1,
    part: "body",
    location: "paragraph 1, sentence 1",
  });
  const answer = (quotes: Quote[]): Answer => ({
    question: "q",
    outcome: "answer",
    answered: true,
    kind: "what",
    answer: "An *answer* with _markdown_",
    quotes,
    related: [],
    ms: 1,
  });

  test("quoted text has its Markdown escaped", () => {
    const reply = formatAnswerForDiscord(
      answer([quote("He said **this** and `that` in # heading > and ||spoiler|| [link](http://x)")]),
      testEngine().articles,
    );
    expect(reply.content).toContain(
      escapeText("He said **this** and `that` in # heading > and ||spoiler|| [link](http://x)"),
    );
    expect(reply.content).toContain("\\*\\*this\\*\\*");
    expect(reply.content).toContain("An \\*answer\\* with \\_markdown\\_");
  });

  test("a giant quote is shortened to fit 2,000 characters, keeping answer, location and small print", () => {
    const reply = formatAnswerForDiscord(
      answer([quote("word ".repeat(1000)), quote("second ".repeat(100))]),
      testEngine().articles,
    );
    expect(reply.content!.length).toBeLessThanOrEqual(2000);
    expect(reply.content).toContain("paragraph 1, sentence 1");
    expect(reply.content).toContain("-# ");
    expect(reply.content).toContain("…");
    expect(reply.content).not.toContain("second");
  });

  test("content, embeds and choices are clamped to Discord's limits", () => {
    const message = toMessage({
      content: "x".repeat(5000),
      embeds: Array.from({ length: 12 }, () => ({
        title: "t".repeat(300),
        description: "d".repeat(5000),
        fields: Array.from({ length: 30 }, () => ({ name: "n".repeat(300), value: "v".repeat(2000) })),
        footer: { text: "f".repeat(3000) },
      })),
    });
    expect(message.content!.length).toBe(2000);
    expect(message.embeds.length).toBeLessThanOrEqual(10);
    let total = 0;
    for (const e of message.embeds) {
      expect(e.title!.length).toBeLessThanOrEqual(256);
      expect((e.description ?? "").length).toBeLessThanOrEqual(4096);
      expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(256);
        expect(f.value.length).toBeLessThanOrEqual(1024);
        total += f.name.length + f.value.length;
      }
      total += e.title!.length + (e.description ?? "").length + (e.footer?.text.length ?? 0);
    }
    expect(total).toBeLessThanOrEqual(6000);
    expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(clampChoice({ name: "n".repeat(150), value: "ok" })!.name.length).toBe(100);
    expect(clampChoice({ name: "fine", value: "v".repeat(101) })).toBeUndefined();
  });

  test("truncate never splits a surrogate pair", () => {
    const cut = truncate("😀".repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test("/facts pages hold at most 15 facts and fit an embed description", () => {
    const engine = testEngine();
    const facts = engine.facts();
    const first = formatFacts(facts, engine.articles, { page: 1 });
    expect(first.pages).toBeGreaterThanOrEqual(Math.ceil(facts.length / 15));
    for (let page = 1; page <= first.pages; page++) {
      const p = formatFacts(facts, engine.articles, { page });
      const description = p.embeds![0]!.description!;
      expect(description.length).toBeLessThanOrEqual(4096);
      expect(description.split("\n").length).toBeLessThanOrEqual(15);
    }
    expect(clampEmbeds(first.embeds!)).toEqual(first.embeds);
  });
});
