// Two HTTP replicas sharing one real redis-server that this test starts: the per-user cooldown holds
// across them, and when Redis goes away they keep answering (per process) and say so once.
// Needs redis-server: `npm run test:redis` insists on it (CI installs it); plain `npm test` skips
// this file when it is not installed, so the README's `npm test` passes on a fresh machine.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createLogger } from "../../src/log.ts";
import { createMetrics } from "../../src/metrics.ts";
import { startService, type Service } from "../../src/service.ts";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { configFor, contentOf, hardTimeout, LogCapture, testEngine } from "../discord/harness.ts";
import { generateKeys, type TestKeys } from "../../src/bench/signing.ts";

const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;
if (!hasRedis && process.env.REQUIRE_REDIS)
  throw new Error("redis-server is not installed; `npm run test:redis` needs it (apt-get install -y redis-server).");

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

describe.skipIf(!hasRedis)("shared cooldown over Redis", () => {
  let redis: ChildProcess;
  let redisUrl: string;
  let discord: DiscordEmulator;
  let keys: TestKeys;
  const replicas: Service[] = [];
  const logs = [new LogCapture(), new LogCapture()];

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    redis.stdout!.on("data", (d) => (out += d));
    await hardTimeout(
      (async () => {
        while (!/Ready to accept connections/.test(out)) await sleep(20);
      })(),
      10_000,
      "redis-server to start",
    );
    redisUrl = `redis://127.0.0.1:${port}`;
    discord = await DiscordEmulator.start();
    keys = await generateKeys();
    for (const capture of logs) {
      replicas.push(
        await startService({
          engine: testEngine(),
          config: configFor(discord, { cooldown: { questions: 5, seconds: 30 } }),
          service: { publicKey: keys.publicKeyHex, port: 0, host: "127.0.0.1", gateway: false, redisUrl },
          logger: createLogger({ level: "debug", destination: capture.stream }),
          metrics: createMetrics({ defaultMetrics: false }),
        }),
      );
    }
    // Both connected to Redis before the first question.
    for (const replica of replicas) {
      const health = await fetch(`${replica.http.url}/healthz`);
      expect(health.status).toBe(200);
    }
    await sleep(200);
  }, 30_000);

  afterAll(async () => {
    await hardTimeout(
      Promise.all(replicas.map((r) => r.stop())).finally(() => discord.close()),
      5000,
      "teardown",
    );
    if (redis.exitCode === null) redis.kill("SIGKILL");
  });

  /** Asks through replica `i` (as a load balancer would send it there) and returns the reply text. */
  async function askVia(i: number, user: ReturnType<DiscordEmulator["user"]>): Promise<string> {
    discord.useInteractionsEndpoint(`${replicas[i]!.http.url}/interactions`, keys.privateKey);
    const sent = discord.slashCommand("ask", { question: "who visited Moscow?" }, { user });
    const http = await sent.http!;
    expect(http.status).toBe(200);
    return contentOf((http.body as { data: Record<string, unknown> }).data);
  }

  test("five questions in the window across both replicas, not five each", async () => {
    const user = discord.user();
    const replies: string[] = [];
    for (let n = 0; n < 8; n++) replies.push(await askVia(n % 2, user));
    expect(replies.slice(0, 5).every((r) => /Hamas/.test(r))).toBe(true);
    expect(replies.slice(5).every((r) => /asking faster/.test(r))).toBe(true);
    // Someone else is not held back by that user's questions.
    expect(await askVia(1, discord.user())).toMatch(/Hamas/);
  });

  test("Redis gone: both replicas keep answering, each logs it once", async () => {
    redis.kill("SIGTERM");
    await once(redis, "exit");
    const user = discord.user();
    for (let n = 0; n < 4; n++) expect(await askVia(n % 2, user)).toMatch(/Hamas/);
    for (const capture of logs) {
      const notices = capture.entries().filter((e) => /Redis is unreachable/.test(String(e.msg)));
      expect(notices).toHaveLength(1);
      expect(notices[0]!.level).toBe(40); // warn
    }
  });
});
