// `npm start`: loads the knowledge folder, then runs the Discord bot when DISCORD_TOKEN is set, or
// the terminal chat when it is not.
import { config as loadDotenv } from "dotenv";
import { runChat } from "./cli/chat.ts";
import { parseDiscordConfigOrReport, SETUP_GUIDE } from "./discord/config.ts";
import { knowledgeDirFromArgs } from "./cli/options.ts";
import { parseServiceConfig, type ServiceConfig } from "./http/service-config.ts";
import { KnowledgeError } from "./knowledge/load-knowledge.ts";
import { log } from "./log.ts";
import { attachmentUrlCheck } from "./registry/add-article.ts";
import { AddLimitsError, addLimitsFromEnv, type AddLimits } from "./registry/add-limits.ts";
import { EngineRegistry } from "./registry/engine-registry.ts";
import { watchKnowledge } from "./registry/watch-knowledge.ts";

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const dir = knowledgeDirFromArgs(process.argv.slice(2));
  const wantsDiscord = Boolean(process.env.DISCORD_TOKEN?.trim());
  // Settings are checked before the (slower) knowledge load, so a typo in .env fails at once.
  const config = wantsDiscord ? parseDiscordConfigOrReport(process.env) : undefined;
  if (wantsDiscord && !config) return 1;
  let service: ServiceConfig | undefined;
  try {
    service = wantsDiscord ? parseServiceConfig(process.env) : undefined;
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  let limits: AddLimits;
  let registry: EngineRegistry;
  try {
    limits = addLimitsFromEnv(process.env);
    // Facts are extracted when a scope's engine is built, not on the first question, so no user waits for them.
    registry = await EngineRegistry.open(dir, { engine: { eager: true }, logger: log });
  } catch (err) {
    if (err instanceof KnowledgeError || err instanceof AddLimitsError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  const engine = registry.engineFor(undefined);
  void registry.prebuild();
  // Files added, changed or removed are picked up without a restart.
  const watch = watchKnowledge(registry, { logger: log, pollMs: pollMsFromEnv() });

  if (!config || !service) {
    await runChat(() => registry.engineFor(undefined));
    watch.stop();
    return 0;
  }

  // discord.js is loaded only when the bot runs, so the terminal chat starts quickly.
  const [{ startService }, { describeError }, { installProcessHandlers }, { CommandLoadError }] = await Promise.all([
    import("./service.ts"),
    import("./discord/errors.ts"),
    import("./discord/lifecycle.ts"),
    import("./discord/load-commands.ts"),
  ]);
  log.info(
    {
      knowledge: dir,
      articles: engine.articles.map((a) => a.file),
      api: config.apiUrl ?? "https://discord.com/api",
      gateway: service.gateway,
      interactionsEndpoint: Boolean(service.publicKey),
    },
    service.gateway ? "connecting to Discord" : "answering Discord over HTTP only",
  );
  try {
    const running = await startService({
      engine,
      config,
      service,
      logger: log,
      knowledge: { registry, add: { limits, isAttachmentUrl: attachmentUrlCheck(config.apiUrl) } },
    });
    installProcessHandlers(running, log, [config.token]);
    void running.lost.then(async ({ code }) => {
      console.error(
        `Discord ended the bot's connection (close code ${code}). ${code === 4004 ? "The token is no longer valid: reset it and update DISCORD_TOKEN. " : ""}See ${SETUP_GUIDE}.`,
      );
      await running.stop();
      log.flush();
      process.exit(1);
    });
  } catch (err) {
    if (err instanceof CommandLoadError) {
      console.error(err.message);
      return 1;
    }
    const described = describeError(err, [config.token]);
    if (described.code === "TokenInvalid") {
      console.error(
        `Discord refused DISCORD_TOKEN. Reset it in the Developer Portal (Bot → Reset Token) and paste the new one into .env. See ${SETUP_GUIDE}.`,
      );
    } else if (/disallowed intents/i.test(described.message)) {
      console.error(
        `Discord refused the gateway intents. This bot needs no privileged intent; check the application in the Developer Portal. See ${SETUP_GUIDE}.`,
      );
    } else if (described.code === "EADDRINUSE") {
      console.error(`Port ${service.port} is in use by another program; set PORT to a free one.`);
    } else {
      console.error(`Could not start the Discord bot: ${described.message}`);
    }
    log.error({ err: described }, "could not start the Discord bot");
    log.flush();
    return 1;
  }
  return -1; // running; the process handlers decide when it ends
}

/** KNOWLEDGE_POLL_SECONDS: how often the folder is rescanned besides the file watcher (default 5; 0: never). */
function pollMsFromEnv(): number {
  const raw = Number(process.env.KNOWLEDGE_POLL_SECONDS?.trim() || 5);
  return Number.isFinite(raw) && raw >= 0 ? raw * 1000 : 5000;
}

const code = await main();
if (code >= 0) {
  log.flush();
  process.exit(code);
}
