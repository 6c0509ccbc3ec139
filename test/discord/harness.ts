// Starts the real bot (startBot, real discord.js) against the loopback Discord emulator, with the
// log captured in memory. Teardown has a hard time limit because a stuck client must not hang CI.
import { loadEngine, type Engine } from "../../src/answer/engine.ts";
import { startBot, type Bot } from "../../src/discord/bot.ts";
import type { DiscordConfig } from "../../src/discord/config.ts";
import { createLogger, type Logger } from "../../src/log.ts";
import type { KnowledgeAccess } from "../../src/discord/knowledge-access.ts";
import { attachmentUrlCheck, type AddDeps } from "../../src/registry/add-article.ts";
import { DEFAULT_ADD_LIMITS } from "../../src/registry/add-limits.ts";
import { EngineRegistry } from "../../src/registry/engine-registry.ts";
import { DiscordEmulator, type EmulatorOptions } from "../../src/bench/discord-emulator/index.ts";
import { configFor, hardTimeout, LogCapture } from "./util.ts";

export { configFor, contentOf, hardTimeout, LogCapture } from "./util.ts";

let engine: Engine | undefined;
/** The engine over the real knowledge folder, loaded once per test file. */
export function testEngine(): Engine {
  engine ??= loadEngine(process.env.KNOWLEDGE_DIR ?? "knowledge");
  return engine;
}

/** Resolves once the engine has finished its background warm-up, so /ask is answered without deferring. */
export async function untilWarm(engine: Engine, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!engine.isWarm()) {
    if (Date.now() > until) throw new Error(`the engine was not warm after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface Harness {
  discord: DiscordEmulator;
  bot: Bot;
  logs: LogCapture;
  logger: Logger;
  config: DiscordConfig;
  engine: Engine;
  /** With `knowledgeDir`: the per-server registry the bot asks. */
  registry?: EngineRegistry;
  stop(): Promise<void>;
}

export async function startHarness(
  options: {
    config?: Partial<DiscordConfig>;
    emulator?: EmulatorOptions;
    logLevel?: string;
    /** Serve per-server knowledge from this folder, as `npm start` does. */
    knowledgeDir?: string;
    add?: Partial<AddDeps>;
    /** Defer a reply not ready after this long (default: the bot's 1.5 s). */
    deferAfterMs?: number;
  } = {},
): Promise<Harness> {
  const discord = await DiscordEmulator.start(options.emulator);
  const logs = new LogCapture();
  const logger = createLogger({ level: options.logLevel ?? "debug", destination: logs.stream });
  const config = configFor(discord, options.config);
  const registry = options.knowledgeDir
    ? await EngineRegistry.open(options.knowledgeDir, { engine: { useFactsFiles: false }, logger })
    : undefined;
  const engine = registry ? registry.engineFor(undefined) : testEngine();
  const knowledge: KnowledgeAccess | undefined = registry && {
    registry,
    add: { limits: DEFAULT_ADD_LIMITS, isAttachmentUrl: attachmentUrlCheck(discord.apiUrl), ...options.add },
  };
  let bot: Bot;
  try {
    bot = await startBot({
      engine,
      config,
      logger,
      readyTimeoutMs: 10_000,
      ...(knowledge ? { knowledge } : {}),
      ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    });
    await untilWarm(engine);
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
    ...(registry ? { registry } : {}),
    stop: () =>
      hardTimeout(
        bot.stop().finally(() => discord.close()),
        5000,
        "harness teardown",
      ),
  };
}
