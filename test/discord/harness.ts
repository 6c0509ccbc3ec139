// Starts the real bot (startBot, real discord.js) against the loopback Discord emulator, with the
// log captured in memory. Teardown has a hard time limit because a stuck client must not hang CI.
import { loadEngine, type Engine } from "../../src/answer/engine.ts";
import { startBot, type Bot } from "../../src/discord/bot.ts";
import type { DiscordConfig } from "../../src/discord/config.ts";
import { createLogger, type Logger } from "../../src/log.ts";
import { DiscordEmulator, type EmulatorOptions } from "../discord-emulator/index.ts";

let engine: Engine | undefined;
/** The engine over the real knowledge folder, loaded once per test file. */
export function testEngine(): Engine {
  engine ??= loadEngine(process.env.KNOWLEDGE_DIR ?? "knowledge");
  return engine;
}

/** Collects pino's JSON lines. */
export class LogCapture {
  readonly lines: string[] = [];
  readonly stream = { write: (chunk: string) => void this.lines.push(chunk) };
  get text(): string {
    return this.lines.join("");
  }
  entries(): Array<Record<string, unknown>> {
    return this.lines.flatMap((l) => l.split("\n").filter(Boolean)).map((l) => JSON.parse(l) as Record<string, unknown>);
  }
  find(predicate: (e: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
    return this.entries().find(predicate);
  }
  /** Resolves when a matching line has been logged. */
  async waitFor(predicate: (e: Record<string, unknown>) => boolean, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.find(predicate);
      if (found) return found;
      if (Date.now() > until) throw new Error(`no matching log line within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}

export interface Harness {
  discord: DiscordEmulator;
  bot: Bot;
  logs: LogCapture;
  logger: Logger;
  config: DiscordConfig;
  engine: Engine;
  stop(): Promise<void>;
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

export async function startHarness(options: { config?: Partial<DiscordConfig>; emulator?: EmulatorOptions; logLevel?: string } = {}): Promise<Harness> {
  const discord = await DiscordEmulator.start(options.emulator);
  const logs = new LogCapture();
  const logger = createLogger({ level: options.logLevel ?? "debug", destination: logs.stream });
  const config = configFor(discord, options.config);
  const engine = testEngine();
  let bot: Bot;
  try {
    bot = await startBot({ engine, config, logger, readyTimeoutMs: 10_000 });
  } catch (err) {
    await discord.close();
    throw err;
  }
  return {
    discord,
    bot,
    logs,
    logger,
    config,
    engine,
    stop: () => hardTimeout(bot.stop().finally(() => discord.close()), 5000, "harness teardown"),
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
