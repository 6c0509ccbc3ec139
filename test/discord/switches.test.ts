// ANSWER_DMS and ANSWER_MENTIONS turn the two behaviours off.
import { afterEach, expect, test } from "vitest";
import type { RecordedRequest } from "../../src/bench/discord-emulator/index.ts";
import { startHarness, type Harness } from "./harness.ts";

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const repliedTo = (id: unknown) => (r: RecordedRequest) =>
  (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id === id;

test("ANSWER_DMS=false: DMs are ignored while mentions are still answered", async () => {
  h = await startHarness({ config: { answerDms: false } });
  const user = h.discord.user();
  const dm = h.discord.dmChannel(user);
  h.discord.message({ author: user, channel: dm, content: "who visited Moscow?" });
  const asked = h.discord.message({
    content: `${h.discord.botMention} who visited Moscow?`,
    mentions: [h.discord.bot],
  });
  await h.discord.waitForRequest(repliedTo(asked.id));
  expect(h.discord.requestsTo({ method: "POST", route: `/channels/${dm.id}/messages` })).toHaveLength(0);
});

test("ANSWER_MENTIONS=false: mentions are ignored while DMs are still answered", async () => {
  h = await startHarness({ config: { answerMentions: false } });
  const ignored = h.discord.message({
    content: `${h.discord.botMention} who visited Moscow?`,
    mentions: [h.discord.bot],
  });
  const user = h.discord.user();
  const dm = h.discord.dmChannel(user);
  h.discord.message({ author: user, channel: dm, content: "who visited Moscow?" });
  await h.discord.waitForRequest({ method: "POST", route: `/channels/${dm.id}/messages` });
  expect(h.discord.requests.filter(repliedTo(ignored.id))).toHaveLength(0);
});

test("the bot identifies with no privileged intent", async () => {
  h = await startHarness();
  const identify = h.discord.gatewayEvents.find((e) => e.direction === "in" && e.op === 2)!;
  const intents = (identify.d as { intents: number }).intents;
  expect(intents & ((1 << 1) | (1 << 8) | (1 << 15))).toBe(0); // GuildMembers, GuildPresences, MessageContent
  expect(intents).toBe((1 << 0) | (1 << 9) | (1 << 12)); // Guilds, GuildMessages, DirectMessages
});
