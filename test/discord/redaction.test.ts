// The bot token (and interaction tokens) never reach the log, even at the most verbose level.
import { afterAll, beforeAll, expect, test } from "vitest";
import { startBot } from "../../src/discord/bot.ts";
import { createLogger } from "../../src/log.ts";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { configFor, LogCapture, startHarness, testEngine, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ logLevel: "trace" });
});
afterAll(async () => {
  await h?.stop();
});

test("the token never appears in the log, through connect, commands, DMs, rate limits, reconnects and failures", async () => {
  const interactionTokens: string[] = [];
  const ask = h.discord.slashCommand("ask", { question: "who visited Moscow?" });
  interactionTokens.push(ask.token);
  await ask.reply;

  h.discord.rateLimitNext({ method: "POST", route: /\/callback$/ }, { retryAfter: 1 });
  const limited = h.discord.slashCommand("ask", { question: "who visited Moscow?" });
  interactionTokens.push(limited.token);
  await limited.reply;

  h.discord.unknownInteractionNext();
  const expired = h.discord.slashCommand("ask", { question: "who visited Moscow?" });
  interactionTokens.push(expired.token);
  await h.logs.waitFor((e) => e.code === 10062);

  h.discord.injectResponse(
    { method: "POST", route: /\/callback$/ },
    { status: 400, body: { message: "Invalid Form Body", code: 50035 } },
  );
  const failed = h.discord.slashCommand("ask", { question: "who visited Moscow?" });
  interactionTokens.push(failed.token);
  await failed.reply;
  await h.logs.waitFor((e) => e.msg === "command failed");

  const resumed = h.discord.waitForGateway((e) => e.t === "RESUMED");
  h.discord.closeGateway(4000);
  await resumed;

  const user = h.discord.user();
  h.discord.message({ author: user, channel: h.discord.dmChannel(user), content: `my token is ${h.config.token}?` });
  await h.discord.waitForRequest({ method: "POST", route: `/channels/${h.discord.dmChannel(user).id}/messages` });

  const text = h.logs.text;
  expect(text.length).toBeGreaterThan(1000); // trace level: discord.js debug output is in there
  expect(text).toContain("command failed");
  expect(text).not.toContain(h.config.token);
  for (const t of interactionTokens) expect(text).not.toContain(t);
});

test("redaction covers token fields in logged objects", () => {
  const logs = new LogCapture();
  const logger = createLogger({ level: "info", destination: logs.stream });
  logger.info(
    {
      token: h.config.token,
      config: { token: h.config.token },
      DISCORD_TOKEN: h.config.token,
      headers: { authorization: `Bot ${h.config.token}` },
    },
    "an object holding the token",
  );
  expect(logs.text).not.toContain(h.config.token);
  expect(logs.text).toContain("[redacted]");
});

test("a token Discord refuses: start-up fails with TokenInvalid, and the token is not logged", async () => {
  const discord = await DiscordEmulator.start();
  const logs = new LogCapture();
  const logger = createLogger({ level: "trace", destination: logs.stream });
  const wrong = `${discord.token.split(".")[0]}.AAAAAA.${"w".repeat(38)}`;
  try {
    await expect(
      startBot({ engine: testEngine(), config: configFor(discord, { token: wrong }), logger, readyTimeoutMs: 5000 }),
    ).rejects.toMatchObject({ code: "TokenInvalid" });
    expect(discord.requestsTo({ method: "GET", route: "/gateway/bot" })[0]!.status).toBe(401);
    expect(logs.text).not.toContain(wrong);
  } finally {
    await discord.close();
  }
});
