// Slash commands through the real discord.js client and the loopback Discord.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { escapeText } from "../../src/discord/reply.ts";
import { contentOf, startHarness, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe("/ask", () => {
  test("the interaction callback holds the answer and the verbatim quote", async () => {
    const question = "who visited Moscow?";
    const expected = h.engine.ask(question);
    expect(expected.answered).toBe(true);
    const quote = expected.quotes[0]!;

    const sent = h.discord.slashCommand("ask", { question });
    const response = await sent.response;
    expect(response.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE: answered straight away, not deferred
    const content = contentOf(response.data);
    expect(content).toContain(escapeText(expected.answer));
    expect(content).toContain(`> ${escapeText(quote.text)}`);
    expect(content).toContain(quote.location);
    const article = h.engine.articles.find((a) => a.file === quote.article)!;
    expect(content).toContain(`-# ${escapeText(article.meta.headline!)}`);
    expect(article.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(content).toContain(article.meta.date);
    expect(response.data?.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect((response.data?.flags as number | undefined) ?? 0).toBe(0); // public unless asked otherwise

    const callback = h.discord.requestsTo({ method: "POST", route: `/interactions/${sent.id}/${sent.token}/callback` });
    expect(callback).toHaveLength(1);
    // 200 with the created message (?with_response=true): the bot remembers the answer's id, so a reply to it is a follow-up.
    expect(callback[0]!.status).toBe(200);
    expect(callback[0]!.query.get("with_response")).toBe("true");
    expect(callback[0]!.headers.authorization).toBeUndefined(); // interaction callbacks are not authenticated with the bot token
  });

  test("a question the article doesn't cover gets the \"doesn't say\" reply, with related passages labelled", async () => {
    const question = "who visited Paris?";
    const expected = h.engine.ask(question);
    expect(expected.answered).toBe(false);

    const reply = await h.discord.slashCommand("ask", { question }).reply;
    const content = contentOf(reply.data);
    expect(content).toMatch(/doesn['’]t say/);
    expect(content).toContain(escapeText(expected.answer));
    expect(expected.related.length).toBeGreaterThan(0);
    expect(content).toContain("Related passages");
    expect(content).toContain(`> ${escapeText(expected.related[0]!.text)}`);
    // A related passage is never presented as the answer: the bold first line is the decline.
    expect(content.split("\n")[0]).toMatch(/doesn['’]t say/);
    const logged = await h.logs.waitFor((e) => e.msg === "command answered" && e.answered === false);
    expect(logged.command).toBe("ask");
  });

  test("private:true answers ephemerally", async () => {
    const reply = await h.discord.slashCommand("ask", { question: "how many hostages were reported?", private: true })
      .reply;
    expect(reply.ephemeral).toBe(true);
    expect(((reply.data.flags as number) & 64) === 64).toBe(true);
  });

  test("each command is logged with user id, command, answered and ms", async () => {
    const user = h.discord.user();
    await h.discord.slashCommand("ask", { question: "who visited Moscow?" }, { user }).reply;
    const entry = await h.logs.waitFor((e) => e.user === user.id && e.msg === "command answered");
    expect(entry).toMatchObject({ command: "ask", answered: true });
    expect(typeof entry.ms).toBe("number");
  });
});

describe("autocomplete", () => {
  test("offers at most 25 answerable questions, each within Discord's length limits", async () => {
    for (const typed of ["", "who", "how many", "Moscow", "zzzz qqqq", "x".repeat(300)]) {
      const sent = h.discord.autocomplete("ask", "question", typed);
      const response = await sent.response;
      expect(response.type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
      const choices = response.data!.choices as { name: string; value: string }[];
      expect(choices.length).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(typeof c.value).toBe("string");
        expect(c.value.length).toBeGreaterThan(0);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
      expect(new Set(choices.map((c) => c.value)).size).toBe(choices.length);
      // They are the engine's suggestions for what was typed.
      const suggested = h.engine.suggest(typed, 25).filter((q) => q.length <= 100);
      expect(choices.map((c) => c.value)).toEqual([...new Set(suggested)].slice(0, 25));
    }
  });

  test("suggestions are questions the bot can answer", async () => {
    const response = await h.discord.autocomplete("ask", "question", "who").response;
    const choices = response.data!.choices as { value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    for (const c of choices.slice(0, 5)) expect(h.engine.ask(c.value).answered).toBe(true);
  });
});

describe("the other commands", () => {
  test("/quote replies with the best passages verbatim", async () => {
    const query = "ceasefire";
    const expected = h.engine.search(query, 3);
    const reply = await h.discord.slashCommand("quote", { query }).reply;
    const content = contentOf(reply.data);
    expect(expected.length).toBeGreaterThan(0);
    expect(content).toContain(`> ${escapeText(expected[0]!.text)}`);
    expect(content).toContain(expected[0]!.location);
  });

  test("/facts pages stay within embed limits and /facts topic filters", async () => {
    const all = await h.discord.slashCommand("facts").reply;
    const embed = (all.data.embeds as { description: string; footer: { text: string } }[])[0]!;
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    expect(embed.footer.text).toMatch(/^Page 1 of \d+/);

    // A topic with more than one page of facts, so page 2 exists.
    expect(h.engine.facts("Hamas").length).toBeGreaterThan(15);
    const topic = await h.discord.slashCommand("facts", { topic: "Hamas", page: 2 }).reply;
    expect((topic.data.embeds as { footer: { text: string } }[])[0]!.footer.text).toMatch(/^Page 2 of/);
  });

  test("/articles lists each article with headline, date and size", async () => {
    const reply = await h.discord.slashCommand("articles").reply;
    const embeds = reply.data.embeds as { title: string; description: string }[];
    const article = h.engine.articles[0]!;
    const sentences = article.paragraphs.flat().length;
    expect(embeds[0]!.description).toContain(
      `**${escapeText(`${article.meta.headline} (${article.meta.date})`)}** — ${sentences} sentences`,
    );
  });

  test("/help answers ephemerally and works in a DM", async () => {
    const user = h.discord.user();
    const reply = await h.discord.slashCommand(
      "help",
      {},
      { user, channel: h.discord.dmChannel(user), installation: 1 },
    ).reply;
    expect(reply.ephemeral).toBe(true);
    expect(JSON.stringify(reply.data.embeds)).toContain("/ask");
  });

  test("/ask works as a user-installed app in a DM", async () => {
    const user = h.discord.user();
    const expected = h.engine.ask("who visited Moscow?");
    const reply = await h.discord.slashCommand(
      "ask",
      { question: "who visited Moscow?" },
      { user, channel: h.discord.dmChannel(user), installation: 1 },
    ).reply;
    expect(contentOf(reply.data)).toContain(escapeText(expected.quotes[0]!.text));
  });
});

describe("cooldown", () => {
  test("a sixth question within 10 s gets a polite ephemeral notice instead of an answer", async () => {
    const user = h.discord.user();
    for (let i = 0; i < 5; i++) {
      const reply = await h.discord.slashCommand("ask", { question: "who visited Moscow?" }, { user }).reply;
      expect(reply.ephemeral).toBe(false);
    }
    const refused = await h.discord.slashCommand("ask", { question: "who visited Moscow?" }, { user }).reply;
    expect(refused.ephemeral).toBe(true);
    expect(contentOf(refused.data)).toMatch(/wait \d+ seconds?/);
    // Someone else is not affected.
    const other = await h.discord.slashCommand("ask", { question: "who visited Moscow?" }).reply;
    expect(other.ephemeral).toBe(false);
    // Only questions count: /article still works for the same user.
    const article = await h.discord.slashCommand("article", {}, { user }).reply;
    expect(article.data.embeds).toBeTruthy();
  });

  test("DMs and /ask share one cooldown per user", async () => {
    const user = h.discord.user();
    for (let i = 0; i < 5; i++)
      await h.discord.slashCommand("ask", { question: "who visited Moscow?" }, { user }).reply;
    const dm = h.discord.dmChannel(user);
    h.discord.message({ author: user, channel: dm, content: "who visited Moscow?" });
    const post = await h.discord.waitForRequest({ method: "POST", route: `/channels/${dm.id}/messages` });
    expect(contentOf(post.body)).toMatch(/faster than I can keep up/);
  });
});
