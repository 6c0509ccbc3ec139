// Deferring: a reply that is not ready in time is deferred (type 5) and then edited in. An async
// command is deferred once it turns out slow; a synchronous one (as /ask is) can't be interrupted,
// so it is deferred before it runs when it says it may be slow. Also: a command's own private option
// decides whether its reply (and its deferral) is ephemeral.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { setTimeout as sleep } from "node:timers/promises";
import { SlashCommandBuilder } from "discord.js";
import type { Engine } from "../../src/answer/engine.ts";
import { startBot, type Bot } from "../../src/discord/bot.ts";
import type { Command } from "../../src/discord/command.ts";
import { usableEverywhere } from "../../commands/_usable-everywhere.ts";
import { loadCommands } from "../../src/discord/load-commands.ts";
import { createLogger } from "../../src/log.ts";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { configFor, contentOf, hardTimeout, LogCapture, testEngine, untilWarm } from "./harness.ts";

let discord: DiscordEmulator;
let bot: Bot;
const logs = new LogCapture();

/** Blocks the event loop for `ms`, as a long synchronous computation (tagging a large folder) does. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

const slow = {
  data: usableEverywhere(new SlashCommandBuilder().setName("slow").setDescription("Takes its time")).toJSON(),
  async execute() {
    await sleep(400);
    return { reply: { content: "done after a while" } };
  },
} satisfies Command;

const broken = {
  data: usableEverywhere(new SlashCommandBuilder().setName("broken").setDescription("Always fails")).toJSON(),
  async execute(): Promise<never> {
    await sleep(300);
    throw new Error("the engine fell over");
  },
} satisfies Command;

/** Synchronous and slow, and says so: deferred before it starts. */
const syncSlow = {
  data: usableEverywhere(new SlashCommandBuilder().setName("sync-slow").setDescription("Computes")).toJSON(),
  mayBeSlow: () => true,
  execute() {
    busyFor(400);
    return { reply: { content: "computed in one go" } };
  },
} satisfies Command;

/** The same without saying so: the timer that would defer it cannot fire while it runs. */
const syncSlowUnannounced = {
  ...syncSlow,
  data: usableEverywhere(new SlashCommandBuilder().setName("sync-unannounced").setDescription("Computes")).toJSON(),
  mayBeSlow: undefined,
} satisfies Command;

/** Declares "hush" as its private option; its option called "private" is just an option. */
const whisper = {
  data: usableEverywhere(new SlashCommandBuilder().setName("whisper").setDescription("Says ok"))
    .addBooleanOption((o) => o.setName("hush").setDescription("Only you see it"))
    .addBooleanOption((o) => o.setName("private").setDescription("Not this command's private option"))
    .toJSON(),
  privateOption: "hush",
  execute: () => ({ reply: { content: "ok" } }),
} satisfies Command;

// The real engine, with a switch that makes it report itself cold (as right after start-up on a
// large folder), so the real /ask module decides.
let cold = false;
const engine: Engine = { ...testEngine(), isWarm: () => !cold && testEngine().isWarm() };

beforeAll(async () => {
  discord = await DiscordEmulator.start();
  const commands = new Map(await loadCommands());
  for (const c of [slow, broken, syncSlow, syncSlowUnannounced, whisper]) commands.set(c.data.name, c);
  bot = await startBot({
    engine,
    config: configFor(discord),
    logger: createLogger({ level: "debug", destination: logs.stream }),
    commands,
    deferAfterMs: 100,
  });
  await untilWarm(engine);
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

describe("a synchronous command", () => {
  test("that says it may be slow is deferred before it runs, then edited in", async () => {
    const sent = discord.slashCommand("sync-slow");
    expect((await sent.response).type).toBe(5);
    const reply = await sent.reply;
    expect(reply).toMatchObject({ via: "edit", deferred: true });
    expect(contentOf(reply.data)).toBe("computed in one go");
    const logged = await logs.waitFor((e) => e.command === "sync-slow" && e.msg === "command answered");
    expect(logged.deferred).toBe(true);
  });

  test("that doesn't say so is not deferred even past deferAfterMs (why mayBeSlow exists)", async () => {
    const sent = discord.slashCommand("sync-unannounced");
    expect((await sent.response).type).toBe(4);
    expect(contentOf((await sent.reply).data)).toBe("computed in one go");
  });

  test("/ask on a cold engine is deferred before answering", async () => {
    cold = true;
    try {
      const sent = discord.slashCommand("ask", { question: "who visited Moscow?" });
      expect((await sent.response).type).toBe(5);
      const reply = await sent.reply;
      expect(reply).toMatchObject({ via: "edit", deferred: true });
      expect(contentOf(reply.data)).toContain(testEngine().ask("who visited Moscow?").answer);
    } finally {
      cold = false;
    }
  });

  test("/ask on a warm engine is answered at once", async () => {
    const sent = discord.slashCommand("ask", { question: "who visited Moscow?" });
    expect((await sent.response).type).toBe(4);
    expect(contentOf((await sent.reply).data)).toContain(testEngine().ask("who visited Moscow?").answer);
  });
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

describe("a command's own private option", () => {
  test("makes the reply ephemeral when true", async () => {
    const reply = await discord.slashCommand("whisper", { hush: true }).reply;
    expect(reply.ephemeral).toBe(true);
    expect(contentOf(reply.data)).toBe("ok");
  });

  test("an option merely called private does nothing for a command that doesn't declare it", async () => {
    const reply = await discord.slashCommand("whisper", { private: true }).reply;
    expect(reply.ephemeral).toBe(false);
  });

  test("makes the deferral ephemeral too", async () => {
    const sent = discord.slashCommand("whisper", { hush: true }, { createdAgoMs: 2000 });
    const response = await sent.response;
    expect(response.type).toBe(5);
    expect(((response.data?.flags as number) & 64) === 64).toBe(true);
    expect((await sent.reply).ephemeral).toBe(true);
  });
});
