// What a command module in `commands/` looks like. A module describes its slash command (where it
// can be used, its options and their limits, which option makes it private) and turns an
// interaction into a reply; it never talks to Discord itself. Sending, deferring, limits, allowed
// mentions, cooldowns, logging and error handling all belong to the interaction handler, so every
// command gets them the same way.
import type {
  APIApplicationCommandOptionChoice,
  AutocompleteFocusedOption,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Engine } from "../answer/engine.ts";
import type { Logger } from "../log.ts";
import type { ConversationMemory } from "../conversation/memory.ts";
import type { DiscordConfig } from "./config.ts";
import type { KnowledgeAccess } from "./knowledge-access.ts";
import type { ReplyPayload } from "./reply.ts";

/** What every handler gets besides the interaction. */
export interface CommandContext {
  /** The engine of the server (or DM) the interaction comes from. */
  engine: Engine;
  /** Per-server knowledge; absent when the bot runs over one fixed engine (some tests). */
  knowledge?: KnowledgeAccess;
  config: DiscordConfig;
  logger: Logger;
  /** Previous questions per conversation, for follow-ups; without it every question stands alone. */
  conversations?: ConversationMemory;
}

/** A command's answer; the interaction handler sends it. */
export interface CommandReply {
  reply: ReplyPayload;
  /** Only visible to the person who used the command. */
  ephemeral?: boolean;
  /** Whether a question was answered (false when the article doesn't say); logged per command. */
  answered?: boolean;
  /** The question as the engine read it: a reply to this answer is a follow-up of it. */
  read?: string;
  /** The short answer given to it, for "who else?". */
  given?: string;
}

/** A string option's length limits, as Discord takes them. */
export interface OptionLengthLimits {
  min_length?: number;
  max_length?: number;
}

export interface Command {
  /** The definition sent to Discord by `npm run deploy-commands`. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Counts as asking a question for the per-user cooldown (shared with DMs and @mentions). */
  cooldown?: boolean;
  /**
   * The name of one of its boolean options that, when true, shows the reply (and its deferral) only to
   * the person who used the command. The handler applies it, so it holds for every reply, even a
   * deferred one.
   */
  privateOption?: string;
  /**
   * Length limits of string options that depend on the configuration, by option name: `npm run
   * deploy-commands` sends them in place of the limits in `data`.
   */
  optionLimits?: Record<string, (config: DiscordConfig) => OptionLengthLimits>;
  /**
   * Whether this use may take past Discord's 3 s; if so the reply is deferred before execute runs.
   * A synchronous execute needs this: it never yields, so no timer can defer it while it runs
   * (an async one that turns out slow is deferred anyway, after `deferAfterMs`).
   */
  mayBeSlow?(context: CommandContext, interaction: ChatInputCommandInteraction): boolean;
  /** Every reply is seen only by the person who used the command, also when it has to be deferred. */
  private?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): CommandReply | Promise<CommandReply>;
  /**
   * Choices for the focused option. Must be quick and served from memory: Discord gives 3 seconds
   * and autocomplete cannot be deferred. The handler trims the list to Discord's limits.
   */
  autocomplete?(
    focused: AutocompleteFocusedOption,
    context: CommandContext,
    interaction: AutocompleteInteraction,
  ): APIApplicationCommandOptionChoice<string | number>[];
}
