// Starts the Discord bot: one discord.js client with only the intents it needs, the command,
// DM and mention handlers, and log lines for the events an operator cares about.
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { Client, Events, GatewayIntentBits, Options, Partials, RESTEvents } from "discord.js";
import type { Engine } from "../answer/engine.ts";
import type { Logger } from "../log.ts";
import type { Command } from "./command.ts";
import { tokenUserId, type DiscordConfig } from "./config.ts";
import { ConversationMemory } from "../conversation/memory.ts";
import { Cooldown, type QuestionCooldown } from "./cooldown.ts";
import { describeError, scrub } from "./errors.ts";
import { cutHalfOpenConnections } from "./half-open.ts";
import { exemptInteractionWebhooks } from "./interaction-webhooks.ts";
import { createInteractionHandler } from "./interactions.ts";
import type { KnowledgeAccess } from "./knowledge-access.ts";
import { loadCommands } from "./load-commands.ts";
import { createMessageHandler } from "./messages.ts";
import { noMentions } from "./reply.ts";

/**
 * Guilds (to see servers and channels), GuildMessages (messages that @mention the bot) and
 * DirectMessages. None of them is privileged: no MessageContent, GuildMembers or GuildPresences.
 */
export const INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
] as const;

/** View Channels + Send Messages + Send Messages in Threads + Read Message History (to reply to a message). */
const INVITE_PERMISSIONS = 1024n + 2048n + 274877906944n + 65536n;

function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot+applications.commands&permissions=${INVITE_PERMISSIONS}`;
}

export interface StartBotOptions {
  /** Everyone's engine; with `knowledge`, each server gets its own from the registry instead. */
  engine: Engine;
  knowledge?: KnowledgeAccess;
  config: DiscordConfig;
  logger: Logger;
  /** Defaults to the modules in `commands/`. */
  commands?: ReadonlyMap<string, Command>;
  /** Give up connecting after this long (default 60 s). */
  readyTimeoutMs?: number;
  /** Defer a slash command's reply when it is not ready after this long (default 1.5 s; Discord allows 3 s). */
  deferAfterMs?: number;
  /** Defaults to an in-memory cooldown from the config; the service passes a shared (Redis) one. */
  cooldown?: QuestionCooldown;
  /** Called with the client before it logs in, to follow its events (health, metrics). */
  onClient?: (client: Client) => void;
}

export interface Bot {
  client: Client<true>;
  /** Disconnects from Discord; resolves within a few seconds even if the connection hangs. */
  stop(): Promise<void>;
  /**
   * Resolves if Discord closes the gateway for good (e.g. 4004: the token was reset, 4014:
   * disallowed intents). discord.js does not retry those; the caller should exit so a supervisor notices.
   */
  lost: Promise<{ code: number }>;
}

function createClient(config: DiscordConfig): Client {
  const client = new Client({
    intents: [...INTENTS],
    // DM channels are not cached before their first message; without this partial the message is dropped.
    partials: [Partials.Channel],
    allowedMentions: noMentions(),
    // Questions are answered straight away; there is no need to keep messages in memory.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
    rest: config.apiUrl ? { api: config.apiUrl } : {},
    // As many shards as Discord recommends (GET /gateway/bot), all in this process; one below 2,500 servers.
    shards: "auto",
  });
  exemptInteractionWebhooks(client, config.apiUrl);
  return client;
}

export async function startBot(options: StartBotOptions): Promise<Bot> {
  const { engine, config, logger } = options;
  const commands = options.commands ?? (await loadCommands());
  const secrets = [config.token];
  const cooldown = options.cooldown ?? new Cooldown(config.cooldown.questions, config.cooldown.seconds * 1000);
  const client = createClient(config);
  const context = {
    engine,
    ...(options.knowledge ? { knowledge: options.knowledge } : {}),
    config,
    logger,
    commands,
    cooldown,
    secrets,
    conversations: new ConversationMemory(),
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
  };

  client.on(Events.InteractionCreate, createInteractionHandler(context));
  cutHalfOpenConnections(client, logger);
  client.on(Events.MessageCreate, createMessageHandler(context));

  let connectedOnce = false;
  let stopping = false;
  client.on(Events.ClientReady, (c) => {
    connectedOnce = true;
    logger.info(
      {
        user: c.user.tag,
        id: c.user.id,
        guilds: c.guilds.cache.size,
        commands: [...commands.keys()],
        invite: inviteUrl(c.application.id),
      },
      "connected to Discord",
    );
    if (c.application.id !== config.applicationId) {
      logger.warn(
        { configured: config.applicationId, actual: c.application.id },
        "DISCORD_APPLICATION_ID is not this bot's application; npm run deploy-commands would register commands elsewhere",
      );
    }
    const tokenUser = tokenUserId(config.token);
    if (tokenUser && tokenUser !== c.user.id)
      logger.debug({ tokenUser, user: c.user.id }, "token user id differs from the logged-in user");
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) logger.warn({ shard }, "gateway connection lost; reconnecting");
  });
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, "gateway session resumed"));
  client.on(Events.ShardReady, (shard) => {
    if (connectedOnce) logger.info({ shard }, "gateway reconnected with a new session");
  });
  let markLost: (value: { code: number }) => void = () => undefined;
  const lost = new Promise<{ code: number }>((resolve) => (markLost = resolve));
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (stopping) return;
    logger.error(
      { shard, code: event.code },
      "Discord closed the gateway for good and will not take the bot back without a fix (4004: token reset, 4014: intents)",
    );
    markLost({ code: event.code });
  });
  client.on(Events.ShardError, (err, shard) =>
    logger.error({ shard, err: describeError(err, secrets) }, "gateway connection error"),
  );
  client.on(Events.Warn, (message) => logger.warn({ source: "discord.js" }, scrub(message, secrets)));
  client.on(Events.Error, (err) => logger.error({ err: describeError(err, secrets) }, "discord.js error"));
  client.on(Events.GuildCreate, (guild) => {
    if (connectedOnce) logger.info({ guild: guild.id, guilds: client.guilds.cache.size }, "added to a server");
  });
  client.on(Events.GuildDelete, (guild) =>
    logger.info({ guild: guild.id, guilds: client.guilds.cache.size }, "removed from a server (or it is unavailable)"),
  );
  if (logger.isLevelEnabled("trace")) {
    client.on(Events.Debug, (message) => logger.trace({ source: "discord.js" }, scrub(message, secrets)));
    client.rest.on(RESTEvents.Debug, (message) => logger.trace({ source: "rest" }, scrub(message, secrets)));
  }

  // Rate limits: a 429 Discord sent (retried after its wait) and waits discord.js chose on its own.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status !== 429) return;
    const headers = response.headers as { get(name: string): string | null };
    logger.warn(
      {
        method: request.method.toUpperCase(),
        route: request.route,
        retryAfterSeconds: Number(headers.get("retry-after") ?? NaN) || undefined,
        global: headers.get("x-ratelimit-global") !== null,
        scope: headers.get("x-ratelimit-scope") ?? undefined,
      },
      "rate limited by Discord (429); retrying after the wait",
    );
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      {
        method: info.method.toUpperCase(),
        route: info.route,
        waitMs: info.timeToReset,
        global: info.global,
        scope: info.scope,
      },
      "rate limit reached; waiting before the next request",
    ),
  );
  client.rest.on(RESTEvents.InvalidRequestWarning, (info) =>
    logger.warn(
      { count: info.count, remainingMs: info.remainingTime },
      "many invalid requests to Discord; it may block the bot for a while",
    ),
  );

  const stop = async () => {
    stopping = true;
    client.removeAllListeners(Events.InteractionCreate);
    client.removeAllListeners(Events.MessageCreate);
    // client.destroy() can hang on a half-open connection; never let it hold up shutdown.
    await settleWithin(client.destroy(), 3000);
  };

  options.onClient?.(client);
  const ready = once(client, Events.ClientReady);
  const timeoutMs = options.readyTimeoutMs ?? 60_000;
  const timer = new AbortController();
  try {
    await Promise.race([
      client.login(config.token).then(() => ready),
      sleep(timeoutMs, undefined, { signal: timer.signal }).then(() => {
        throw new Error(`Could not connect to Discord within ${Math.round(timeoutMs / 1000)} s.`);
      }),
    ]);
  } catch (err) {
    await stop();
    throw err;
  } finally {
    timer.abort();
  }
  return { client: client as Client<true>, stop, lost };
}

/** Waits for `promise` (ignoring its failure) or `ms`, whichever comes first, leaving no timer behind. */
export async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  const timer = new AbortController();
  await Promise.race([
    promise.catch(() => undefined),
    sleep(ms, undefined, { signal: timer.signal }).catch(() => undefined),
  ]);
  timer.abort();
}
