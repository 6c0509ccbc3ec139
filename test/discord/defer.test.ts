// Deferring: a reply that is not ready in time is deferred (type 5) and then edited in.
import { afterAll, beforeAll, expect, test } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { SlashCommandBuilder } from "discord.js";
import { startBot, type Bot } from "../../src/discord/bot.ts";
import { everywhere, type Command } from "../../src/discord/command.ts";
import { loadCommands } from "../../src/discord/load-commands.ts";
import { createLogger } from "../../src/log.ts";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { configFor, contentOf, hardTimeout, LogCapture, testEngine } from "./harness.ts";

let discord: DiscordEmulator;
let bot: Bot;
const logs = new LogCapture();

const slow = {
  data: everywhere(new SlashCommandBuilder().setName("slow").setDescription("Takes its time")).toJSON(),
  async execute() {
    await sleep(400);
    return { reply: { content: "done after a while" } };
  },
} satisfies Command;

const broken = {
  data: everywhere(new SlashCommandBuilder().setName("broken").setDescription("Always fails")).toJSON(),
  async execute(): Promise<never> {
    await sleep(300);
    throw new Error("the engine fell over");
  },
} satisfies Command;

beforeAll(async () => {
  discord = await DiscordEmulator.start();
  const commands = new Map(await loadCommands());
  commands.set("slow", slow);
  commands.set("broken", broken);
  bot = await startBot({
    engine: testEngine(),
    config: configFor(discord),
    logger: createLogger({ level: "debug", destination: logs.stream }),
    commands,
    deferAfterMs: 100,
  });
});
afterAll(async () => {
  await hardTimeout(
    bot.stop().finally(() => discord.close()),
    5000,
    "teardown",
  );
});

test("a slow command is deferred, then its reply edited into @original", async () => {
  const sent = discord.slashCommand("slow");
  expect((await sent.response).type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
  const reply = await sent.reply;
  expect(reply).toMatchObject({ via: "edit", deferred: true });
  expect(contentOf(reply.data)).toBe("done after a while");
  const edit = discord.requestsTo({
    method: "PATCH",
    route: `/webhooks/${discord.applicationId}/${sent.token}/messages/@original`,
  });
  expect(edit).toHaveLength(1);
  expect(edit[0]!.rawPath).toMatch(/\/messages\/%40original$/); // the @ is URL-encoded on the wire
  expect((edit[0]!.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [], replied_user: false });
});

test("an interaction that arrives late (gateway lag) is deferred before answering", async () => {
  const sent = discord.slashCommand("ask", { question: "who visited Moscow?" }, { createdAgoMs: 2000 });
  expect((await sent.response).type).toBe(5);
  const reply = await sent.reply;
  expect(contentOf(reply.data)).toContain(testEngine().ask("who visited Moscow?").answer);
});

test("private:true defers ephemerally", async () => {
  const sent = discord.slashCommand("ask", { question: "who visited Moscow?", private: true }, { createdAgoMs: 2000 });
  const response = await sent.response;
  expect(response.type).toBe(5);
  expect(((response.data?.flags as number) & 64) === 64).toBe(true);
  expect((await sent.reply).ephemeral).toBe(true);
});

test("a failure after deferring: the deferred message becomes the apology, with the reference id logged", async () => {
  const sent = discord.slashCommand("broken");
  expect((await sent.response).type).toBe(5);
  const reply = await sent.reply;
  const reference = /reference \*\*([A-Z0-9]{4}-[A-Z0-9]{4})\*\*/.exec(contentOf(reply.data))?.[1];
  expect(reference).toBeDefined();
  const logged = await logs.waitFor((e) => e.reference === reference);
  expect(JSON.stringify(logged)).toContain("the engine fell over");
});
