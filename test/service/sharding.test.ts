// Sharding: with Discord recommending 2 shards, the bot runs both in one process (shards: "auto"),
// each gets its own servers' events, and DMs, which Discord sends on shard 0 only, are answered once.
import { afterAll, beforeAll, expect, test } from "vitest";
import { startBot, type Bot } from "../../src/discord/bot.ts";
import { createLogger } from "../../src/log.ts";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { configFor, contentOf, hardTimeout, LogCapture, testEngine } from "../discord/harness.ts";

// Snowflakes whose timestamp part is even / odd: with 2 shards, (id >> 22) % 2 puts them on shard 0 / 1.
const ON_SHARD_0 = String(1_500_000_000_000n << 22n);
const ON_SHARD_1 = String(1_500_000_000_001n << 22n);

let discord: DiscordEmulator;
let bot: Bot;
const logs = new LogCapture();

beforeAll(async () => {
  discord = await DiscordEmulator.start({ shards: 2, guilds: [{ id: ON_SHARD_0 }, { id: ON_SHARD_1 }] });
  bot = await startBot({
    engine: testEngine(),
    config: configFor(discord),
    logger: createLogger({ level: "debug", destination: logs.stream }),
    readyTimeoutMs: 20_000,
  });
}, 30_000);
afterAll(async () => {
  await hardTimeout(
    bot.stop().finally(() => discord.close()),
    5000,
    "teardown",
  );
});

test("two shards identify, and the client sees both servers", () => {
  expect(discord.identifies).toBe(2);
  expect(bot.client.ws.shards.size).toBe(2);
  expect([...bot.client.guilds.cache.keys()].sort()).toEqual([ON_SHARD_0, ON_SHARD_1].sort());
});

test("a command in each shard's server is answered", async () => {
  for (const guild of discord.guilds) {
    const sent = discord.slashCommand("ask", { question: "who visited Moscow?" }, { channel: guild.channels[0]! });
    expect(contentOf((await sent.reply).data)).toMatch(/Hamas/);
  }
});

test("a DM arrives on shard 0 only and is answered exactly once", async () => {
  const user = discord.user();
  const dm = discord.dmChannel(user);
  discord.message({ author: user, channel: dm, content: "who visited Moscow?" });
  const sent = await discord.waitForRequest({ method: "POST", route: `/channels/${dm.id}/messages` });
  expect(contentOf(sent.body)).toMatch(/Hamas/);
  await new Promise((r) => setTimeout(r, 300));
  expect(discord.requestsTo({ method: "POST", route: `/channels/${dm.id}/messages` })).toHaveLength(1);
  const answered = logs.entries().filter((e) => e.msg === "question answered" && e.user === user.id);
  expect(answered).toHaveLength(1);
});
