// The Discord bot as a service: the gateway connection and/or the HTTP interactions endpoint, both
// over the same command modules, handler, cooldown and engine, plus /healthz and /metrics. main.ts
// decides that Discord is wanted; this starts everything and stops it cleanly.
import type { Client } from "discord.js";
import type { Engine } from "./answer/engine.ts";
import { type Bot, startBot } from "./discord/bot.ts";
import type { Command } from "./discord/command.ts";
import type { DiscordConfig } from "./discord/config.ts";
import type { KnowledgeAccess } from "./discord/knowledge-access.ts";
import { Cooldown, type QuestionCooldown } from "./discord/cooldown.ts";
import { createInteractionHandler } from "./discord/interactions.ts";
import { loadCommands } from "./discord/load-commands.ts";
import { Health } from "./http/health.ts";
import { createHttpOnlyClient, InteractionBridge } from "./http/interaction-bridge.ts";
import { createInteractionsEndpoint } from "./http/interactions-endpoint.ts";
import { type RunningHttpServer, startHttpServer } from "./http/server.ts";
import type { ServiceConfig } from "./http/service-config.ts";
import { createSignatureVerifier } from "./http/verify-signature.ts";
import type { Logger } from "./log.ts";
import { countedCooldown, createMetrics, measuredEngine, type Metrics, watchClientMetrics } from "./metrics.ts";

export interface ServiceOptions {
  /** Everyone's engine; with `knowledge`, each server gets its own from the registry instead. */
  engine: Engine;
  knowledge?: KnowledgeAccess;
  config: DiscordConfig;
  service: ServiceConfig;
  logger: Logger;
  /** Defaults to the modules in `commands/`. */
  commands?: ReadonlyMap<string, Command>;
  metrics?: Metrics;
  /** Passed to the gateway bot (tests shorten it). */
  readyTimeoutMs?: number;
  deferAfterMs?: number;
}

export interface Service {
  http: RunningHttpServer;
  /** The gateway connection, when this process uses one. */
  bot?: Bot;
  health: Health;
  metrics: Metrics;
  /** Resolves if Discord closes the gateway for good (see Bot.lost); never when HTTP only. */
  lost: Promise<{ code: number }>;
  stop(): Promise<void>;
}

/** The same knowledge access, its per-server engines counted in the metrics like the shared one. */
function measuredKnowledge(knowledge: KnowledgeAccess, metrics: Metrics): KnowledgeAccess {
  const registry = new Proxy(knowledge.registry, {
    get(target, property) {
      if (property === "engineFor")
        return (guildId?: string | null) => measuredEngine(target.engineFor(guildId), metrics);
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { ...knowledge, registry };
}

async function createCooldown(options: ServiceOptions): Promise<QuestionCooldown & { close?(): Promise<void> }> {
  const { questions, seconds } = options.config.cooldown;
  if (!options.service.redisUrl) return new Cooldown(questions, seconds * 1000);
  // ioredis is loaded only when Redis is used.
  const { RedisCooldown } = await import("./discord/cooldown-redis.ts");
  return new RedisCooldown({
    url: options.service.redisUrl,
    limit: questions,
    windowMs: seconds * 1000,
    logger: options.logger,
    keyPrefix: `article-qa-bot:${options.config.applicationId}:cooldown`,
  });
}

export async function startService(options: ServiceOptions): Promise<Service> {
  const { config, service, logger } = options;
  const metrics = options.metrics ?? createMetrics();
  const health = new Health();
  const engine = measuredEngine(options.engine, metrics);
  const knowledge = options.knowledge ? measuredKnowledge(options.knowledge, metrics) : undefined;
  health.engineReady(() => options.engine.isWarm());
  const commands = options.commands ?? (await loadCommands());
  const store = await createCooldown(options);
  const cooldown = countedCooldown(store, metrics);
  const secrets = [config.token];
  const context = {
    engine,
    ...(knowledge ? { knowledge } : {}),
    config,
    logger,
    commands,
    cooldown,
    secrets,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  };

  let httpClient: Client | undefined;
  let interactions: ReturnType<typeof createInteractionsEndpoint> | undefined;
  if (service.publicKey) {
    const verifier = await createSignatureVerifier(service.publicKey);
    httpClient = createHttpOnlyClient(config.apiUrl);
    watchClientMetrics(httpClient, metrics);
    const bridge = new InteractionBridge(httpClient, createInteractionHandler(context));
    interactions = createInteractionsEndpoint({ verifier, bridge, metrics, logger });
  }
  const http = await startHttpServer({
    port: service.port,
    host: service.host,
    logger,
    metrics,
    health: () => health.report(),
    ...(interactions ? { interactions } : {}),
  });
  logger.info(
    {
      url: http.url,
      interactions: Boolean(interactions),
      gateway: service.gateway,
      sharedCooldown: !!service.redisUrl,
    },
    interactions ? "serving POST /interactions, /healthz and /metrics" : "serving /healthz and /metrics",
  );

  let bot: Bot | undefined;
  if (service.gateway) {
    try {
      bot = await startBot({
        engine,
        ...(knowledge ? { knowledge } : {}),
        config,
        logger,
        commands,
        cooldown,
        onClient: (client) => {
          health.watchGateway(client);
          watchClientMetrics(client, metrics);
        },
        ...(options.readyTimeoutMs !== undefined ? { readyTimeoutMs: options.readyTimeoutMs } : {}),
        ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      });
    } catch (err) {
      await http.close();
      await httpClient?.destroy();
      await store.close?.();
      throw err;
    }
  }

  return {
    http,
    ...(bot ? { bot } : {}),
    health,
    metrics,
    lost: bot?.lost ?? new Promise(() => undefined),
    async stop() {
      await Promise.all([bot?.stop(), http.close()]);
      await httpClient?.destroy();
      await store.close?.();
    },
  };
}
