// Test helpers that need neither the engine nor the bot (so files using only these load fast).
import { spawn } from "node:child_process";
import type { DiscordConfig } from "../../src/discord/config.ts";
import type { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";

/** Collects pino's JSON lines. */
export class LogCapture {
  readonly lines: string[] = [];
  readonly stream = { write: (chunk: string) => void this.lines.push(chunk) };
  get text(): string {
    return this.lines.join("");
  }
  entries(): Array<Record<string, unknown>> {
    return this.lines
      .flatMap((l) => l.split("\n").filter(Boolean))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }
  find(predicate: (e: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
    return this.entries().find(predicate);
  }
  /** Resolves when a matching line has been logged. */
  async waitFor(
    predicate: (e: Record<string, unknown>) => boolean,
    timeoutMs = 5000,
  ): Promise<Record<string, unknown>> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.find(predicate);
      if (found) return found;
      if (Date.now() > until) throw new Error(`no matching log line within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

export function configFor(discord: DiscordEmulator, overrides: Partial<DiscordConfig> = {}): DiscordConfig {
  return {
    token: discord.token,
    applicationId: discord.applicationId,
    apiUrl: discord.apiUrl,
    answerDms: true,
    answerMentions: true,
    cooldown: { questions: 5, seconds: 10 },
    maxQuestionLength: 300,
    ...overrides,
  };
}

/** Rejects if `promise` takes longer than `ms`. */
export async function hardTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The text content of a recorded message body. */
export function contentOf(body: unknown): string {
  return String((body as { content?: unknown } | undefined)?.content ?? "");
}

/** Runs one of the project's scripts as `npm run` would (tsx, from the repo root) with only `env`; killed after `ms`. */
export async function runScript(
  script: string,
  env: NodeJS.ProcessEnv,
  ms = 15_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code = await hardTimeout(new Promise<number | null>((resolve) => child.on("close", resolve)), ms, script).catch(
    (err) => {
      child.kill("SIGKILL");
      throw err;
    },
  );
  return { code, stdout, stderr };
}
