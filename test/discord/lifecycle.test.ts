// Signals, unhandled rejections, and the real `npm start` process against the emulator.
import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { installProcessHandlers } from "../../src/discord/lifecycle.ts";
import { createLogger } from "../../src/log.ts";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { hardTimeout, LogCapture } from "./util.ts";

function fakeProcess() {
  const proc = new EventEmitter() as EventEmitter & { exit: ReturnType<typeof vi.fn> };
  proc.exit = vi.fn();
  return proc;
}

test("an unhandled rejection is logged and the bot stays up", () => {
  const logs = new LogCapture();
  const proc = fakeProcess();
  const bot = { stop: vi.fn(async () => undefined) };
  installProcessHandlers(
    bot,
    createLogger({ destination: logs.stream }),
    ["secret-token-value"],
    proc as unknown as NodeJS.Process,
  );
  proc.emit("unhandledRejection", new Error("boom with secret-token-value"), Promise.resolve());
  expect(proc.exit).not.toHaveBeenCalled();
  expect(bot.stop).not.toHaveBeenCalled();
  const entry = logs.find((e) => e.msg === "unhandled promise rejection (the bot keeps running)")!;
  expect(entry.level).toBe(50);
  expect(logs.text).toContain("boom");
  expect(logs.text).not.toContain("secret-token-value");
});

test("SIGTERM and SIGINT destroy the client, flush the log and exit 0", async () => {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const logs = new LogCapture();
    const proc = fakeProcess();
    const bot = { stop: vi.fn(async () => undefined) };
    installProcessHandlers(bot, createLogger({ destination: logs.stream }), [], proc as unknown as NodeJS.Process);
    proc.emit(signal, signal);
    await vi.waitFor(() => expect(proc.exit).toHaveBeenCalledWith(0));
    expect(bot.stop).toHaveBeenCalledOnce();
    expect(logs.find((e) => e.msg === "shutting down")).toMatchObject({ signal });
  }
});

let discord: DiscordEmulator;
beforeAll(async () => {
  discord = await DiscordEmulator.start();
});
afterAll(async () => {
  await hardTimeout(discord.close(), 5000, "emulator close");
});

test("npm start with a token: connects, logs ready, answers, and exits 0 on SIGTERM", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      LOG_LEVEL: "info",
      CI: "1",
      PORT: "0", // any free port: tests run side by side
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  try {
    await hardTimeout(
      vi.waitFor(() => expect(stderr).toContain("connected to Discord"), { timeout: 15_000, interval: 50 }),
      16_000,
      "bot start",
    );
    const ready = stderr
      .split("\n")
      .map((l) => (l.startsWith("{") ? (JSON.parse(l) as Record<string, unknown>) : {}))
      .find((e) => e.msg === "connected to Discord")!;
    expect(ready).toMatchObject({ user: discord.bot.username, guilds: 1 });

    const reply = await discord.slashCommand("ask", { question: "who visited Moscow?" }).reply;
    expect(reply.data.content).toBeTruthy();

    child.kill("SIGTERM");
    expect(await hardTimeout(exited, 8000, "shutdown")).toBe(0);
    expect(stderr).toContain("shutting down");
    expect(stdout).toBe(""); // stdout is for answers in the terminal chat; the bot logs to stderr
    expect(stderr).not.toContain(discord.token);
    // The client closed the gateway with 1000 (a clean goodbye that ends the session).
    expect(discord.gatewayEvents.some((e) => e.t === "CLOSED 1000")).toBe(true);
  } finally {
    child.kill("SIGKILL");
  }
}, 30_000);
