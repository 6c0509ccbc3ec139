// `npm start` run the way a supervisor runs it (systemd with one pid, pm2, Docker with npm as PID 1):
// the real script, the pid it gets is npm's, SIGTERM goes to that pid. The bot must stop cleanly,
// npm must exit 0, and no process may be left behind.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, expect, test } from "vitest";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { hardTimeout } from "../discord/util.ts";
import { generateKeys, type TestKeys } from "../../src/bench/signing.ts";

let discord: DiscordEmulator;
let keys: TestKeys;

beforeAll(async () => {
  // What `prestart` does; done here first so the test's own timings do not include compiling.
  const build = spawnSync(process.execPath, ["scripts/build.mjs", "--if-stale"], { stdio: "inherit" });
  expect(build.status).toBe(0);
  discord = await DiscordEmulator.start();
  keys = await generateKeys();
}, 180_000);
/** Every npm start of this file, so a failed test still leaves no bot behind. */
const started: ChildProcess[] = [];
afterAll(async () => {
  for (const child of started) {
    if (child.pid === undefined || child.exitCode !== null) continue;
    for (const pid of descendants(child.pid).filter(alive)) process.kill(pid, "SIGKILL");
    child.kill("SIGKILL");
  }
  await discord?.close();
});

/** Every process whose parent chain leads to `pid` (read from /proc, as `ps --ppid` would). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(Number(entry), ppid);
    } catch {
      // it ended meanwhile
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Started {
  child: ChildProcess;
  url: string;
  stderr: () => string;
  exit: Promise<number | null>;
}

async function npmStart(env: Record<string, string>): Promise<Started> {
  const child = spawn("npm", ["start"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "info", CI: "1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  child.stdout!.resume();
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = await hardTimeout(
    (async () => {
      for (;;) {
        const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(stderr);
        if (match) return match[1]!;
        if (child.exitCode !== null) throw new Error(`npm start exited early:\n${stderr}`);
        await sleep(50);
      }
    })(),
    30_000,
    "npm start to serve HTTP",
  );
  return { child, url, stderr: () => stderr, exit };
}

async function waitReady(url: string): Promise<{ status: number; body: unknown }> {
  for (let i = 0; i < 200; i++) {
    const response = await fetch(`${url}/healthz`);
    if (response.status === 200) return { status: 200, body: await response.json() };
    await sleep(50);
  }
  throw new Error("never ready");
}

async function terminate(started: Started): Promise<void> {
  const npmPid = started.child.pid!;
  const tree = descendants(npmPid);
  expect(tree.length).toBeGreaterThan(0); // the bot runs under npm
  process.kill(npmPid, "SIGTERM");
  try {
    const code = await hardTimeout(started.exit, 10_000, "npm start to exit after SIGTERM");
    expect(code).toBe(0);
    await sleep(200);
    expect(tree.filter(alive)).toEqual([]);
  } finally {
    // A failed run must not leave a bot behind on the machine.
    for (const pid of tree.filter(alive)) process.kill(pid, "SIGKILL");
  }
  expect(started.stderr()).toMatch(/"msg":"shutting down"/);
  expect(started.stderr()).toMatch(/bye/);
}

test("gateway and HTTP in one process: ready once connected, answers, SIGTERM to npm's pid → exit 0, nothing left", async () => {
  const started = await npmStart({
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
  });
  const health = await waitReady(started.url);
  expect(health.body).toEqual({ ready: true, engine: true, gateway: "connected" });
  const viaGateway = discord.slashCommand("ask", { question: "who visited Moscow?" });
  expect((await viaGateway.reply).via).toBe("callback");
  discord.useInteractionsEndpoint(`${started.url}/interactions`, keys.privateKey);
  const viaHttp = discord.slashCommand("ask", { question: "who visited Moscow?" });
  expect((await viaHttp.http!).status).toBe(200);
  const metrics = await (await fetch(`${started.url}/metrics`)).text();
  expect(metrics).toMatch(/bot_questions_total\{outcome="answer"\} 2\b/);
  await terminate(started);
}, 60_000);

test("DISCORD_GATEWAY=false: HTTP only, no gateway connection, ready at once, clean SIGTERM", async () => {
  const identifies = discord.identifies;
  const started = await npmStart({
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_GATEWAY: "false",
  });
  expect((await waitReady(started.url)).body).toEqual({ ready: true, engine: true });
  discord.useInteractionsEndpoint(`${started.url}/interactions`, keys.privateKey);
  const sent = discord.slashCommand("ask", { question: "who visited Moscow?" });
  expect((await sent.http!).body).toMatchObject({ type: 4 });
  expect(discord.identifies).toBe(identifies);
  await terminate(started);
}, 60_000);
