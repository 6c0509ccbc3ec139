// A half-open gateway connection (the network silently drops everything): discord.js notices at the
// first heartbeat with no ACK and reconnects, but first closes the old socket politely and waits for
// Discord's answer to the close frame, which never comes; ws gives up on it only after 30 s. This
// cuts that wait: when discord.js reports the zombie, the old socket is terminated at once, so the
// resume starts within a second. Also logs the moment at warn level, which discord.js does not.
import { type Client, Events } from "discord.js";
import type { Logger } from "../log.ts";

interface ShardInternals {
  connection?: { terminate(): void } | null;
}

/** The @discordjs/ws shard behind `shardId`, reached through discord.js internals (14.x). */
function shardInternals(client: Client, shardId: number): ShardInternals | undefined {
  const manager = (client.ws as unknown as { _ws?: { strategy?: { shards?: Map<number, ShardInternals> } } })._ws;
  return manager?.strategy?.shards?.get(shardId);
}

export function cutHalfOpenConnections(client: Client, logger: Logger): void {
  client.on(Events.Debug, (message) => {
    if (!message.includes("Reason: Zombie connection")) return;
    const shard = Number(/\[WS => Shard (\d+)\]/.exec(message)?.[1] ?? 0);
    logger.warn({ shard }, "gateway connection stopped answering heartbeats (half-open); reconnecting now");
    const internals = shardInternals(client, shard);
    if (!internals) {
      logger.debug({ shard }, "could not reach the shard's socket; discord.js will time it out itself");
      return;
    }
    // After discord.js has sent its close frame (same tick), drop the socket instead of waiting for a reply.
    setImmediate(() => internals.connection?.terminate());
  });
}
