// /metrics and /healthz for a gateway process: reconnects and rate limits are counted as they happen.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createLogger } from "../../src/log.ts";
import { createMetrics } from "../../src/metrics.ts";
import { startService, type Service } from "../../src/service.ts";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { configFor, hardTimeout, LogCapture, testEngine } from "../discord/harness.ts";

let discord: DiscordEmulator;
let service: Service;
const logs = new LogCapture();

async function metric(name: string): Promise<number> {
  const text = await (await fetch(`${service.http.url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(name));
  return line ? Number(line.split(" ").pop()) : 0;
}

beforeAll(async () => {
  discord = await DiscordEmulator.start();
  service = await startService({
    engine: testEngine(),
    config: configFor(discord),
    service: { port: 0, host: "127.0.0.1", gateway: true },
    logger: createLogger({ level: "debug", destination: logs.stream }),
    metrics: createMetrics({ defaultMetrics: false }),
    readyTimeoutMs: 10_000,
  });
});
afterAll(async () => {
  await hardTimeout(
    service.stop().finally(() => discord.close()),
    5000,
    "teardown",
  );
});

test("without a public key there is no /interactions, but /healthz and /metrics are served", async () => {
  expect((await fetch(`${service.http.url}/interactions`, { method: "POST", body: "{}" })).status).toBe(404);
  const health = await fetch(`${service.http.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toEqual({ ready: true, engine: true, gateway: "connected" });
});

test("a dropped gateway connection counts one reconnect", async () => {
  expect(await metric("bot_gateway_reconnects_total")).toBe(0);
  discord.closeGateway(4000);
  await logs.waitFor((e) => e.msg === "gateway session resumed");
  expect(await metric("bot_gateway_reconnects_total")).toBe(1);
});

test("a 429 from Discord counts as a rate limit", async () => {
  discord.rateLimitNext({ method: "POST", route: /\/callback$/ }, { retryAfter: 0.05 });
  const sent = discord.slashCommand("help");
  await sent.reply;
  expect(await metric('bot_rate_limits_total{kind="response"}')).toBe(1);
});
