// The HTTP interactions endpoint, HTTP only (no gateway), driven the way Discord drives it: the
// emulator signs each interaction with a key pair made here and POSTs it; the bot's HTTP response is
// the interaction's response, and edits after a deferral go to the emulator's webhook routes.
import { setTimeout as sleep } from "node:timers/promises";
import { SlashCommandBuilder } from "discord.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { usableEverywhere } from "../../commands/_usable-everywhere.ts";
import type { Command } from "../../src/discord/command.ts";
import { loadCommands } from "../../src/discord/load-commands.ts";
import { createLogger } from "../../src/log.ts";
import { createMetrics } from "../../src/metrics.ts";
import { startService, type Service } from "../../src/service.ts";
import { DiscordEmulator, snowflake } from "../../src/bench/discord-emulator/index.ts";
import { configFor, contentOf, hardTimeout, LogCapture, testEngine } from "../discord/harness.ts";
import { generateKeys, post, sign, signedPost, type TestKeys } from "../../src/bench/signing.ts";

let discord: DiscordEmulator;
let service: Service;
let keys: TestKeys;
let endpoint: string;
const logs = new LogCapture();

const slow = {
  data: usableEverywhere(new SlashCommandBuilder().setName("slow").setDescription("Takes its time")).toJSON(),
  async execute() {
    await sleep(400);
    return { reply: { content: "done after a while" } };
  },
} satisfies Command;

beforeAll(async () => {
  keys = await generateKeys();
  discord = await DiscordEmulator.start();
  const commands = new Map(await loadCommands());
  commands.set("slow", slow);
  service = await startService({
    engine: testEngine(),
    config: configFor(discord),
    service: { publicKey: keys.publicKeyHex, port: 0, host: "127.0.0.1", gateway: false },
    logger: createLogger({ level: "debug", destination: logs.stream }),
    metrics: createMetrics({ defaultMetrics: false }),
    commands,
    deferAfterMs: 100,
  });
  endpoint = `${service.http.url}/interactions`;
  discord.useInteractionsEndpoint(endpoint, keys.privateKey);
  // Ready = the engine warm: a question before that would be deferred while it finishes.
  while ((await fetch(`${service.http.url}/healthz`)).status !== 200) await sleep(20);
});
afterAll(async () => {
  await hardTimeout(
    service.stop().finally(() => discord.close()),
    5000,
    "teardown",
  );
});

test("PING gets PONG", async () => {
  const ping = JSON.stringify({
    id: snowflake(),
    application_id: discord.applicationId,
    type: 1,
    token: "t",
    version: 1,
  });
  expect(await signedPost(endpoint, keys.privateKey, ping)).toEqual({ status: 200, body: { type: 1 } });
});

test("/ask is answered in the HTTP response itself, with no callback request to Discord", async () => {
  const sent = discord.slashCommand("ask", { question: "who visited Moscow?" });
  const http = await sent.http!;
  expect(http.status).toBe(200);
  expect(http.refused).toBeUndefined();
  expect(http.body).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] } } });
  const reply = await sent.reply;
  expect(reply.via).toBe("callback");
  expect(contentOf(reply.data)).toMatch(/delegation from Hamas/);
  expect(discord.requestsTo({ method: "POST", route: /\/callback$/ })).toHaveLength(0);
});

test("autocomplete is answered in the HTTP response (type 8, at most 25 choices)", async () => {
  const sent = discord.autocomplete("ask", "question", "who");
  const http = await sent.http!;
  expect(http.status).toBe(200);
  const body = http.body as { type: number; data: { choices: unknown[] } };
  expect(body.type).toBe(8);
  expect(body.data.choices.length).toBeGreaterThan(0);
  expect(body.data.choices.length).toBeLessThanOrEqual(25);
});

test("a slow command answers type 5 at once, then edits @original through DISCORD_API_URL", async () => {
  const sent = discord.slashCommand("slow");
  const http = await sent.http!;
  expect(http).toMatchObject({ status: 200, body: { type: 5 } });
  const reply = await sent.reply;
  expect(reply).toMatchObject({ via: "edit", deferred: true });
  expect(contentOf(reply.data)).toBe("done after a while");
  expect(discord.requestsTo({ method: "PATCH", route: /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/ })).toHaveLength(
    1,
  );
});

test("the shared cooldown logic applies over HTTP too: the sixth quick question is refused", async () => {
  const user = discord.user();
  const bodies: unknown[] = [];
  for (let i = 0; i < 6; i++) {
    const sent = discord.slashCommand("ask", { question: "who visited Moscow?" }, { user });
    bodies.push((await sent.http!).body);
  }
  expect(contentOf((bodies[4] as { data: Record<string, unknown> }).data)).toMatch(/Hamas/);
  expect(contentOf((bodies[5] as { data: Record<string, unknown> }).data)).toMatch(/asking faster/);
});

describe("requests that are not Discord's", () => {
  /** A real, answerable /ask payload with a fresh id, as bytes ready to be tampered with. */
  function askPayload(i: number): string {
    return JSON.stringify({
      id: snowflake(),
      application_id: discord.applicationId,
      type: 2,
      token: `forged-${i}`,
      version: 1,
      data: { id: snowflake(), name: "ask", type: 1, options: [{ name: "question", type: 3, value: "who visited?" }] },
      user: { id: snowflake(), username: `probe${i}`, discriminator: "0", global_name: null, avatar: null },
      channel_id: discord.channel.id,
      channel: { id: discord.channel.id, type: 0 },
      locale: "en-US",
      entitlements: [],
      authorizing_integration_owners: { "1": "1" },
      context: 0,
    });
  }
  const flipHex = (hex: string, at: number) =>
    hex.slice(0, at) + ((Number.parseInt(hex[at]!, 16) + 1) % 16).toString(16) + hex.slice(at + 1);

  type Forgery = (body: string, ts: string) => Promise<{ headers: Record<string, string>; body: string | Buffer }>;
  const forgeries: Record<string, Forgery> = {
    "signed with another key": async (body, ts) => {
      const other = await generateKeys();
      return {
        headers: { "x-signature-ed25519": await sign(other.privateKey, ts, body), "x-signature-timestamp": ts },
        body,
      };
    },
    "a byte of the body changed": async (body, ts) => {
      const signature = await sign(keys.privateKey, ts, body);
      const bytes = Buffer.from(body);
      const middle = bytes.length >> 1;
      bytes[middle] = bytes[middle]! ^ 0x01;
      return { headers: { "x-signature-ed25519": signature, "x-signature-timestamp": ts }, body: bytes };
    },
    "the timestamp changed": async (body, ts) => ({
      headers: {
        "x-signature-ed25519": await sign(keys.privateKey, ts, body),
        "x-signature-timestamp": String(Number(ts) + 1),
      },
      body,
    }),
    "a digit of the signature changed": async (body, ts) => ({
      headers: {
        "x-signature-ed25519": flipHex(await sign(keys.privateKey, ts, body), 17),
        "x-signature-timestamp": ts,
      },
      body,
    }),
    "no signature header": async (body, ts) => ({ headers: { "x-signature-timestamp": ts }, body }),
    "no timestamp header": async (body, ts) => ({
      headers: { "x-signature-ed25519": await sign(keys.privateKey, ts, body) },
      body,
    }),
    "no headers at all": async (body) => ({ headers: {}, body }),
    "a signature that is not hex": async (body, ts) => ({
      headers: { "x-signature-ed25519": "zz".repeat(64), "x-signature-timestamp": ts },
      body,
    }),
    "a signature cut short": async (body, ts) => ({
      headers: {
        "x-signature-ed25519": (await sign(keys.privateKey, ts, body)).slice(0, 126),
        "x-signature-timestamp": ts,
      },
      body,
    }),
    "an empty body under a real signature": async (body, ts) => ({
      headers: { "x-signature-ed25519": await sign(keys.privateKey, ts, body), "x-signature-timestamp": ts },
      body: "",
    }),
  };

  test("1,000 bad signatures: every one 401, none processed", async () => {
    const kinds = Object.entries(forgeries);
    const before = discord.requests.length;
    const statuses = new Map<string, number[]>();
    const forged: string[] = [];
    for (let start = 0; start < 1000; start += 50) {
      await Promise.all(
        Array.from({ length: 50 }, async (_, j) => {
          const i = start + j;
          const [kind, forge] = kinds[i % kinds.length]!;
          const body = askPayload(i);
          forged.push(`forged-${i}`);
          const request = await forge(body, String(Math.floor(Date.now() / 1000)));
          const response = await post(endpoint, request.headers, request.body);
          statuses.set(kind, [...(statuses.get(kind) ?? []), response.status]);
        }),
      );
    }
    expect([...statuses.keys()].sort()).toEqual(Object.keys(forgeries).sort());
    for (const [kind, codes] of statuses) expect({ kind, codes: [...new Set(codes)] }).toEqual({ kind, codes: [401] });
    expect([...statuses.values()].flat()).toHaveLength(1000);
    // Nothing reached the handler: no request to Discord, no log line about a command.
    expect(discord.requests.length).toBe(before);
    expect(logs.text).not.toMatch(/probe\d+/);
    const metrics = await (await fetch(`${service.http.url}/metrics`)).text();
    expect(metrics).toMatch(/bot_http_interactions_total\{result="unauthorized"\} 1000\b/);
  }, 60_000);

  test("signed but unusable: not JSON, an unsupported type, a payload missing its user → 400, no crash", async () => {
    expect((await signedPost(endpoint, keys.privateKey, "not json")).status).toBe(400);
    const button = JSON.stringify({ id: snowflake(), type: 3, token: "t", version: 1, data: { custom_id: "x" } });
    expect((await signedPost(endpoint, keys.privateKey, button)).status).toBe(400);
    const noUser = JSON.stringify({ ...JSON.parse(askPayload(0)), user: undefined });
    expect((await signedPost(endpoint, keys.privateKey, noUser)).status).toBe(400);
    // Still serving.
    const sent = discord.slashCommand("ask", { question: "who visited Moscow?" });
    expect((await sent.http!).status).toBe(200);
  });

  test("GET on /interactions is 405; other paths 404", async () => {
    expect((await fetch(endpoint)).status).toBe(405);
    expect((await fetch(`${service.http.url}/nothing-here`)).status).toBe(404);
  });
});

test("/healthz is ready (engine built, no gateway to wait for); /metrics counts questions by outcome", async () => {
  const health = await fetch(`${service.http.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ ready: true, engine: true });
  const metrics = await fetch(`${service.http.url}/metrics`);
  expect(metrics.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await metrics.text();
  expect(text).toMatch(/bot_questions_total\{outcome="answer"\} [1-9]/);
  expect(text).toMatch(/bot_question_duration_seconds_count [1-9]/);
  expect(text).toMatch(/bot_cooldown_refusals_total [1-9]/);
  expect(text).toMatch(/bot_http_interactions_total\{result="deferred"\} 1\b/);
});
