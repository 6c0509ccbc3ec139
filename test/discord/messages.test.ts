// Direct messages and @mentions, and the no-ping guarantee on every reply.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { escapeText } from "../../src/discord/reply.ts";
import type { RecordedRequest } from "../../src/bench/discord-emulator/index.ts";
import { contentOf, startHarness, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const postsTo = (channelId: string) =>
  h.discord.requestsTo({ method: "POST", route: `/channels/${channelId}/messages` });
const waitForPost = (channelId: string, n = 1) =>
  h.discord.waitForRequest(() => postsTo(channelId).length >= n).then(() => postsTo(channelId)[n - 1]!);

describe("direct messages", () => {
  test("a DM MESSAGE_CREATE gets an answer POSTed to that DM channel", async () => {
    const user = h.discord.user();
    const dm = h.discord.dmChannel(user);
    const question = "who visited Moscow?";
    const expected = h.engine.ask(question);
    h.discord.message({ author: user, channel: dm, content: question });

    const post = await waitForPost(dm.id);
    expect(post.status).toBe(200);
    const content = contentOf(post.body);
    expect(content).toContain(escapeText(expected.answer));
    expect(content).toContain(escapeText(expected.quotes[0]!.text));
    expect((post.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
    await h.logs.waitFor((e) => e.user === user.id && e.command === "dm" && e.answered === true);
  });

  test("the bot's own message echoed back by the gateway is not answered", async () => {
    const user = h.discord.user();
    const dm = h.discord.dmChannel(user);
    h.discord.message({ author: user, channel: dm, content: "how many hostages were reported?" });
    await waitForPost(dm.id);
    // The reply came back as MESSAGE_CREATE; a second question shows the handler has moved past it.
    h.discord.message({ author: user, channel: dm, content: "who visited Moscow?" });
    await waitForPost(dm.id, 2);
    expect(postsTo(dm.id)).toHaveLength(2);
  });

  test("a question longer than the limit is refused with a clear message", async () => {
    const user = h.discord.user();
    const dm = h.discord.dmChannel(user);
    h.discord.message({ author: user, channel: dm, content: `who visited Moscow ${"and ".repeat(100)}?` });
    const post = await waitForPost(dm.id);
    expect(contentOf(post.body)).toMatch(/up to 300 characters/);
  });
});

describe("mentions in a server", () => {
  test("an @mention gets a reply to that message, answering the text after the mention", async () => {
    const question = "how many hostages were reported?";
    const expected = h.engine.ask(question);
    const msg = h.discord.message({ content: `${h.discord.botMention} ${question}`, mentions: [h.discord.bot] });
    const post = await h.discord.waitForRequest(
      (r) =>
        r.method === "POST" &&
        r.route === `/channels/${h.discord.channel.id}/messages` &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === msg.id,
    );
    expect(contentOf(post.body)).toContain(escapeText(expected.answer));
    expect(contentOf(post.body)).toContain(escapeText(expected.quotes[0]!.text));
    expect((post.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  test("a message from a bot gets no reply, not even when it mentions this bot", async () => {
    const otherBot = h.discord.user({ bot: true });
    const fromBot = h.discord.message({
      author: otherBot,
      content: `${h.discord.botMention} who visited Moscow?`,
      mentions: [h.discord.bot],
    });
    // Then a person asks; once their reply is there, the bot's message has certainly been handled.
    const fromPerson = h.discord.message({
      content: `${h.discord.botMention} who visited Moscow?`,
      mentions: [h.discord.bot],
    });
    const repliedTo = (id: unknown) => (r: RecordedRequest) =>
      (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id === id;
    await h.discord.waitForRequest(repliedTo(fromPerson.id));
    expect(h.discord.requests.filter(repliedTo(fromBot.id))).toHaveLength(0);
  });

  test("a server message that does not mention the bot is ignored", async () => {
    const ignored = h.discord.message({ content: "who visited Moscow?" });
    const asked = h.discord.message({
      content: `${h.discord.botMention} who visited Moscow?`,
      mentions: [h.discord.bot],
    });
    const repliedTo = (id: unknown) => (r: RecordedRequest) =>
      (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id === id;
    await h.discord.waitForRequest(repliedTo(asked.id));
    expect(h.discord.requests.filter(repliedTo(ignored.id))).toHaveLength(0);
  });

  test("a mention with no question gets a hint", async () => {
    const msg = h.discord.message({ content: h.discord.botMention, mentions: [h.discord.bot] });
    const post = await h.discord.waitForRequest(
      (r) =>
        (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id ===
        msg.id,
    );
    expect(contentOf(post.body)).toMatch(/Ask me something about the article/);
  });
});

describe("no pings", () => {
  test("a question containing @everyone: every reply body carries allowed_mentions with an empty parse", async () => {
    const user = h.discord.user();
    const dm = h.discord.dmChannel(user);
    const before = h.discord.requests.length;
    h.discord.message({ author: user, channel: dm, content: "@everyone who visited Moscow? <@&123456789012345678>" });
    h.discord.message({
      content: `@everyone ${h.discord.botMention} @here who visited Moscow?`,
      mentions: [h.discord.bot],
      mentionEveryone: true,
    });
    const slash = h.discord.slashCommand("ask", { question: "@everyone who visited Moscow?" });
    const doesntSay = h.discord.slashCommand("ask", { question: "@everyone who visited Paris?" });
    await Promise.all([
      slash.reply,
      doesntSay.reply,
      waitForPost(dm.id),
      h.discord.waitForRequest(
        (r) =>
          r.route === `/channels/${h.discord.channel.id}/messages` &&
          contentOf(r.body).length > 0 &&
          h.discord.requests.indexOf(r) >= before,
      ),
    ]);

    const replies = h.discord.requests
      .slice(before)
      .filter((r) => r.method !== "GET" && /\/(messages|callback)/.test(r.route));
    expect(replies.length).toBeGreaterThanOrEqual(4);
    for (const r of replies) {
      const body = r.body as {
        allowed_mentions?: { parse?: unknown[] };
        data?: { allowed_mentions?: { parse?: unknown[] } };
      };
      const mentions = r.route.endsWith("/callback") ? body.data?.allowed_mentions : body.allowed_mentions;
      expect(mentions?.parse).toEqual([]);
    }
  });
});

describe("cooldown on messages", () => {
  test("one polite notice, not one per message", async () => {
    const user = h.discord.user();
    const dm = h.discord.dmChannel(user);
    for (let i = 0; i < 9; i++) h.discord.message({ author: user, channel: dm, content: "who visited Moscow?" });
    await waitForPost(dm.id, 6);
    // Another user's question, answered after all nine were handled.
    const other = h.discord.user();
    const otherDm = h.discord.dmChannel(other);
    h.discord.message({ author: other, channel: otherDm, content: "who visited Moscow?" });
    await waitForPost(otherDm.id);
    const posts = postsTo(dm.id);
    expect(posts).toHaveLength(6);
    expect(posts.filter((p) => /faster than I can keep up/.test(contentOf(p.body)))).toHaveLength(1);
  });
});
