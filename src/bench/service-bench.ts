// The service side of `npm run bench`, always against the compiled bot (node dist/src/main.js, built
// first when stale) in its own processes and the loopback Discord emulator:
//   - cold start: process start → GET /healthz 200, HTTP only and with the gateway;
//   - HTTP interactions: N signed /ask requests from C concurrent clients, spread over 2 replicas as
//     a round-robin load balancer would; lost = anything but a 200 with the answer;
//   - gateway burst: B simultaneous /ask through the gateway; replies, deferrals, expired ones.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DiscordEmulator, snowflake } from "./discord-emulator/index.ts";
import { generateKeys, signedPost, type TestKeys } from "./signing.ts";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const QUESTIONS = ["who visited Moscow?", "how many hostages were reported?", "who is Maria Zakharova?"];

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round = (x: number) => Math.round(x * 100) / 100;

function build(): void {
  const result = spawnSync(process.execPath, [join(REPO, "scripts/build.mjs"), "--if-stale"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build failed");
}

interface Bot {
  child: ChildProcess;
  url: Promise<string>;
  stop(): Promise<void>;
}

function startBot(discord: DiscordEmulator, env: Record<string, string>): Bot {
  const child = spawn(
    process.execPath,
    [...(process.env.PROF ? ["--cpu-prof", "--cpu-prof-dir=/tmp/scale-prof2"] : []), "dist/src/main.js"],
    {
      cwd: REPO,
      env: {
        PATH: process.env.PATH,
        DISCORD_TOKEN: discord.token,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        PORT: "0",
        LOG_LEVEL: "info",
        CI: "1",
        ...env,
      },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  let log = "";
  child.stderr!.on("data", (d) => (log += d));
  const url = (async () => {
    for (;;) {
      const match = /"url":"(http:[^"]+)"/.exec(log);
      if (match) return match[1]!;
      if (child.exitCode !== null) throw new Error(`the bot exited:\n${log}`);
      await sleep(2);
    }
  })();
  const exited = new Promise<void>((r) => child.on("exit", () => r()));
  return {
    child,
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5000).then(() => child.kill("SIGKILL"))]);
    },
  };
}

async function readyAt(url: string): Promise<number> {
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    await sleep(5);
  }
}

export interface ColdStart {
  httpOnlyMs: number;
  gatewayMs: number;
}

/** Median of 3: process start → /healthz 200. */
export async function benchColdStart(): Promise<ColdStart> {
  build();
  const discord = await DiscordEmulator.start();
  const keys = await generateKeys();
  const once = async (env: Record<string, string>) => {
    const started = performance.now();
    const bot = startBot(discord, { DISCORD_PUBLIC_KEY: keys.publicKeyHex, ...env });
    const ms = (await readyAt(await bot.url)) - started;
    await bot.stop();
    return ms;
  };
  const median = async (env: Record<string, string>) => {
    const times = [await once(env), await once(env), await once(env)].sort((a, b) => a - b);
    return round(times[1]!);
  };
  try {
    return { httpOnlyMs: await median({ DISCORD_GATEWAY: "false" }), gatewayMs: await median({}) };
  } finally {
    await discord.close();
  }
}

export interface HttpLoad {
  requests: number;
  concurrency: number;
  replicas: number;
  /** Answered in the HTTP response itself. */
  answered: number;
  /** Acknowledged with type 5, the answer edited in afterwards. */
  deferred: number;
  lost: number;
  p50: number;
  p99: number;
  perSecond: number;
}

function askPayload(applicationId: string, i: number): string {
  const user = { id: snowflake(), username: `bench${i}`, discriminator: "0", global_name: null, avatar: null };
  const channel = { id: snowflake(), type: 1, recipients: [user] };
  return JSON.stringify({
    id: snowflake(),
    application_id: applicationId,
    type: 2,
    token: `aW50ZXJhY3Rpb246${i}`,
    version: 1,
    data: {
      id: snowflake(),
      name: "ask",
      type: 1,
      options: [{ name: "question", type: 3, value: QUESTIONS[i % QUESTIONS.length] }],
    },
    user,
    channel_id: channel.id,
    channel,
    locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "1": user.id },
    context: 1,
  });
}

/** `requests` signed /ask from `concurrency` clients, round-robin over 2 HTTP-only replicas. */
export async function benchHttpReplicas(requests = 10_000, concurrency = 100): Promise<HttpLoad> {
  build();
  const discord = await DiscordEmulator.start();
  const keys: TestKeys = await generateKeys();
  const env = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_GATEWAY: "false" };
  const replicas = [startBot(discord, env), startBot(discord, env)];
  try {
    const urls = await Promise.all(replicas.map((r) => r.url));
    await Promise.all(urls.map(readyAt));
    // Each payload is made when sent, as Discord creates an interaction just before sending it: the
    // bot reads its age from the id and defers one that looks old.
    const post = (i: number) =>
      signedPost(`${urls[i % 2]}/interactions`, keys.privateKey, askPayload(discord.applicationId, i));
    for (let i = 0; i < 200; i++) await post(i); // warm-up
    const times: number[] = [];
    let answered = 0;
    let deferred = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = next++; i < requests; i = next++) {
          const t = performance.now();
          const response = await post(i).catch(() => undefined);
          times.push(performance.now() - t);
          const body = response?.body as { type?: number; data?: { content?: string } } | undefined;
          if (response?.status === 200 && body?.type === 4 && body.data?.content) answered += 1;
          else if (response?.status === 200 && body?.type === 5) deferred += 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    return {
      requests,
      concurrency,
      replicas: 2,
      answered,
      deferred,
      lost: requests - answered - deferred,
      p50: round(percentile(times, 50)),
      p99: round(percentile(times, 99)),
      perSecond: Math.round(requests / seconds),
    };
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    await discord.close();
  }
}

export interface GatewayBurst {
  burst: number;
  replies: number;
  deferred: number;
  expired: number;
  lastReplyMs: number;
}

/** `burst` simultaneous /ask through the gateway to one bot process. */
export async function benchGatewayBurst(burst = 3000): Promise<GatewayBurst> {
  build();
  const discord = await DiscordEmulator.start({ heartbeatIntervalMs: 5000 });
  const bot = startBot(discord, {});
  try {
    await readyAt(await bot.url);
    const started = performance.now();
    const sent = Array.from({ length: burst }, (_, i) =>
      discord.slashCommand("ask", { question: QUESTIONS[i % QUESTIONS.length]! }, { user: discord.user() }),
    );
    let last = 0;
    const replies = await Promise.all(
      sent.map((s) =>
        Promise.race([
          s.reply.then((r) => {
            last = Math.max(last, performance.now() - started);
            return r;
          }),
          sleep(60_000).then(() => undefined),
        ]),
      ),
    );
    const got = replies.filter((r) => r !== undefined);
    return {
      burst,
      replies: got.length,
      deferred: got.filter((r) => r.deferred).length,
      expired: discord.requests.filter((r) => r.status === 404 && /callback$/.test(r.route)).length,
      lastReplyMs: Math.round(last),
    };
  } finally {
    await bot.stop();
    await discord.close();
  }
}

/** The lines `npm run bench` prints for the service. */
export async function serviceBenchLines(): Promise<string[]> {
  const lines: string[] = [];
  const cold = await benchColdStart();
  lines.push(
    `Cold start to ready (node dist/src/main.js → GET /healthz 200, median of 3, seed article): HTTP only ${cold.httpOnlyMs} ms, with the gateway ${cold.gatewayMs} ms (target < 1000 ms).`,
  );
  const http = await benchHttpReplicas();
  lines.push(
    `HTTP interactions: ${http.requests.toLocaleString("en-US")} signed /ask from ${http.concurrency} concurrent clients over ${http.replicas} replicas: ${http.answered.toLocaleString("en-US")} answered in the response, ${http.deferred} deferred, ${http.lost} lost; p50 ${http.p50} ms, p99 ${http.p99} ms (target < 50 ms); ${http.perSecond} requests/s.`,
  );
  const burst = await benchGatewayBurst();
  lines.push(
    `Gateway burst: ${burst.burst.toLocaleString("en-US")} simultaneous /ask → ${burst.replies.toLocaleString("en-US")} replies (${burst.deferred} deferred then edited), ${burst.expired} expired (Discord's 3 s missed); last reply after ${burst.lastReplyMs} ms.`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await serviceBenchLines()) console.log(line);
}
