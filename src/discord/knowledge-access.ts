// What the Discord side needs of the knowledge: the engine of the server a question comes from,
// and, for admins, adding and removing that server's own articles.
import { PermissionFlagsBits, type ChatInputCommandInteraction } from "discord.js";
import type { AddDeps } from "../registry/add-article.ts";
import type { Engine } from "../answer/engine.ts";
import type { EngineRegistry } from "../registry/engine-registry.ts";

export interface KnowledgeAccess {
  registry: EngineRegistry;
  /** Limits and network settings for /article add. */
  add: AddDeps;
}

/** The context with the engine of the server asked in (everyone's articles in a DM). */
export function scopedContext<T extends { engine: Engine; knowledge?: KnowledgeAccess }>(
  ctx: T,
  guildId: string | null | undefined,
): T {
  return ctx.knowledge ? { ...ctx, engine: ctx.knowledge.registry.engineFor(guildId) } : ctx;
}

/** Why this person may not manage the server's articles here, or undefined when they may. */
export function managerRefusal(interaction: ChatInputCommandInteraction): string | undefined {
  if (!interaction.inGuild()) return "This command works in a server, not in direct messages.";
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return "Only members who can Manage Server may change this server's articles.";
  return undefined;
}
