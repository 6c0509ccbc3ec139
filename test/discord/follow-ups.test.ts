// Follow-up questions on Discord, through the loopback emulator: in a DM, in a reply to one of the
// bot's answers, and with /ask in the same channel; a message that is none of these stands alone.
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

const FIRST = "who visited Moscow?";
const FOLLOW_UP = "when?";
const READ_AS = "when did they visit Moscow?";

const postsTo = (channelId: string) =>
  h.discord.requestsTo({ method: "POST", route: `/channels/${channelId}/messages` });
const waitForPost = (channelId: string, n: number) =>
  h.discord.waitForRequest(() => postsTo(channelId).length >= n).then(() => postsTo(channelId)[n - 1]!);

describe("follow-ups on Discord", () => {
  test("the engine reads the follow-up against the previous question, and not alone", () => {
    const followUp = h.engine.ask(FOLLOW_UP, { previous: FIRST });
    expect(followUp.readAs).toBe(READ_AS);
    expect(followUp.answered).toBe(true);
    expect(h.engine.ask(FOLLOW_UP).answered).toBe(false);
  });

  test("in a DM, a follow-up is read against the user's previous question there", async () => {
    const user = h.discord.user();
    const dm = h.discord.dmChannel(user);
    h.discord.message({ author: user, channel: dm, content: FIRST });
    await waitForPost(dm.id, 1);
    h.discord.message({ author: user, channel: dm, content: FOLLOW_UP });
    const content = contentOf((await waitForPost(dm.id, 2)).body);
    const expected = h.engine.ask(FOLLOW_UP, { previous: FIRST });
    expect(content).toContain(escapeText(expected.answer));
    expect(content).toContain(escapeText(READ_AS));
  });

  test("a reply to one of the bot's answers continues that answer's question, whoever replies", async () => {
    const asker = h.discord.user();
    const question = h.discord.message({
      author: asker,
      content: `${h.discord.botMention} ${FIRST}`,
      mentions: [h.discord.bot],
    });
    const answer = await h.discord.waitForRequest(
      (r) =>
        r.method === "POST" &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === question.id,
    );
    const answerId = (answer.response as { id: string }).id;
    // The bot remembers its answer once Discord has confirmed it (a person cannot reply sooner).
    await h.logs.waitFor((e) => e.user === asker.id && e.command === "mention" && e.msg === "question answered");
    const other = h.discord.user();
    const reply = h.discord.message({
      author: other,
      content: `${h.discord.botMention} ${FOLLOW_UP}`,
      mentions: [h.discord.bot],
      replyTo: answerId,
    });
    const second = await h.discord.waitForRequest(
      (r) =>
        r.method === "POST" &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === reply.id,
    );
    const expected = h.engine.ask(FOLLOW_UP, { previous: FIRST });
    expect(contentOf(second.body)).toContain(escapeText(expected.answer));
    expect(contentOf(second.body)).toContain(escapeText(READ_AS));
  });

  test("an @mention that replies to nothing, from someone with no question here, stands alone", async () => {
    const stranger = h.discord.user();
    const msg = h.discord.message({
      author: stranger,
      content: `${h.discord.botMention} ${FOLLOW_UP}`,
      mentions: [h.discord.bot],
    });
    const post = await h.discord.waitForRequest(
      (r) =>
        r.method === "POST" &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === msg.id,
    );
    expect(contentOf(post.body)).not.toContain(escapeText(READ_AS));
    expect(contentOf(post.body)).toContain("doesn't say");
  });

  test("a reply to an /ask answer continues that answer's question, whoever replies", async () => {
    const asker = h.discord.user();
    const sent = h.discord.slashCommand("ask", { question: FIRST }, { user: asker });
    await sent.reply;
    await h.logs.waitFor((e) => e.user === asker.id && e.command === "ask" && e.msg === "command answered");
    const callback = h.discord.requestsTo({ method: "POST", route: `/interactions/${sent.id}/${sent.token}/callback` });
    const answerId = (callback[0]!.response as { interaction: { response_message_id: string } }).interaction
      .response_message_id;
    expect(answerId).toBeTruthy();
    const reply = h.discord.message({
      author: h.discord.user(),
      content: `${h.discord.botMention} ${FOLLOW_UP}`,
      mentions: [h.discord.bot],
      replyTo: answerId,
    });
    const post = await h.discord.waitForRequest(
      (r) =>
        r.method === "POST" &&
        (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === reply.id,
    );
    expect(contentOf(post.body)).toContain(escapeText(READ_AS));
  });

  test("/ask continues the same user's conversation in the same channel", async () => {
    const user = h.discord.user();
    await h.discord.slashCommand("ask", { question: FIRST }, { user }).reply;
    const reply = await h.discord.slashCommand("ask", { question: FOLLOW_UP }, { user }).reply;
    expect(contentOf(reply.data)).toContain(escapeText(READ_AS));
    // Someone else's /ask in the same channel is not their follow-up.
    const other = await h.discord.slashCommand("ask", { question: FOLLOW_UP }, { user: h.discord.user() }).reply;
    expect(contentOf(other.data)).not.toContain(escapeText(READ_AS));
  });
});
