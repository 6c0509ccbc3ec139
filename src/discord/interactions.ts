// Slash commands and autocomplete. Every command reply goes out through here, so deferring, limits,
// allowed mentions, the cooldown, the per-command log line and the apology on failure are the same
// for all commands.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
} from "discord.js";
import { AnswerQueue } from "./answer-queue.ts";
import type { Command, CommandContext, CommandReply } from "./command.ts";
import { answerMessage } from "../conversation/memory.ts";
import { cooldownNotice, type QuestionCooldown } from "./cooldown.ts";
import { describeError, isUnknownInteraction, referenceId } from "./errors.ts";
import { clampChoice, LIMITS } from "./limits.ts";
import { scopedContext } from "./knowledge-access.ts";
import { formatFailure, toInteractionMessage, type ReplyPayload } from "./reply.ts";

export interface InteractionContext extends CommandContext {
  commands: ReadonlyMap<string, Command>;
  cooldown: QuestionCooldown;
  /** Strings that must never reach the log (the bot token). */
  secrets: readonly string[];
  /** Defer when the reply is not ready this many ms after we start (Discord allows 3 s). */
  deferAfterMs?: number;
}

/** Discord allows 3 s for the first response; past this age we defer first to be safe. */
const DEFER_IF_OLDER_THAN_MS = 1500;
/** An interaction token lives 15 min; an "age" beyond that means clocks or ids are off, not lateness. */
const IMPLAUSIBLE_AGE_MS = 15 * 60 * 1000;

export function createInteractionHandler(base: InteractionContext): (interaction: Interaction) => Promise<void> {
  const queue = new AnswerQueue();
  return async (interaction) => {
    // Each server asks its own engine; the engine is taken once, so a reload mid-answer changes nothing.
    const ctx = scopedContext(base, interaction.guildId);
    try {
      if (interaction.isAutocomplete()) await handleAutocomplete(interaction, ctx);
      else if (interaction.isChatInputCommand()) await handleCommand(interaction, ctx, queue, queue.arrived());
    } catch (err) {
      // Both handlers catch their own errors; this is the last line so nothing becomes unhandled.
      ctx.logger.error({ err: describeError(err, ctx.secrets) }, "interaction handler failed");
    }
  };
}

async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: InteractionContext): Promise<void> {
  const command = ctx.commands.get(interaction.commandName);
  let choices: { name: string; value: string | number }[] = [];
  try {
    const focused = interaction.options.getFocused(true);
    const raw = command?.autocomplete?.(focused, ctx, interaction) ?? [];
    const seen = new Set<string | number>();
    for (const choice of raw) {
      const ok = clampChoice(choice);
      if (!ok || seen.has(ok.value)) continue;
      seen.add(ok.value);
      choices.push(ok);
      if (choices.length === LIMITS.choices) break;
    }
  } catch (err) {
    ctx.logger.error(
      { user: interaction.user.id, command: interaction.commandName, err: describeError(err, ctx.secrets) },
      "autocomplete failed; offering no suggestions",
    );
    choices = [];
  }
  try {
    await interaction.respond(choices);
  } catch (err) {
    // Usually the user typed on and Discord already dropped this request: harmless.
    ctx.logger.debug(
      { user: interaction.user.id, command: interaction.commandName, err: describeError(err, ctx.secrets) },
      "autocomplete response not delivered",
    );
  }
}

/** Past this many commands arriving within a second, a new one is deferred at once. */
const DEFER_PAST_ARRIVALS = 300;

/** Whether to defer before answering: the interaction is late already, or part of a large burst. */
function isLate(interaction: ChatInputCommandInteraction, recentArrivals: number): boolean {
  if (recentArrivals > DEFER_PAST_ARRIVALS) return true;
  const age = Date.now() - interaction.createdTimestamp;
  return age > DEFER_IF_OLDER_THAN_MS && age < IMPLAUSIBLE_AGE_MS;
}

async function handleCommand(
  interaction: ChatInputCommandInteraction,
  ctx: InteractionContext,
  queue: AnswerQueue,
  recentArrivals: number,
): Promise<void> {
  const started = performance.now();
  const user = interaction.user.id;
  const name = interaction.commandName;
  const ms = () => Math.round((performance.now() - started) * 10) / 10;
  const command = ctx.commands.get(name);

  if (!command) {
    ctx.logger.warn(
      { user, command: name },
      "unknown command (registered commands are out of date; run npm run deploy-commands)",
    );
    await safeReply(interaction, ctx, { content: `I don't know /${name} any more. Try /help.` });
    return;
  }

  // Only questions count (/ask, like DMs and mentions); /help or /article are cheap and never refused.
  const verdict = command.cooldown ? await ctx.cooldown.take(user) : "ok";
  if (verdict !== "ok") {
    // A slash command must be acknowledged or the user sees "The application did not respond", so
    // each gets the notice; it is ephemeral, so nobody else sees any of them.
    ctx.logger.info({ user, command: name, cooldown: true, ms: ms() }, "question refused: cooldown");
    await safeReply(interaction, ctx, { content: cooldownNotice(await ctx.cooldown.retryAfterSeconds(user)) });
    return;
  }

  try {
    const wantsPrivate =
      command.private === true ||
      (command.privateOption !== undefined && interaction.options.getBoolean(command.privateOption) === true);
    const deferFlags = wantsPrivate ? MessageFlags.Ephemeral : undefined;
    if (isLate(interaction, recentArrivals) || command.mayBeSlow?.(ctx, interaction) === true)
      await queue.acknowledge(() => interaction.deferReply({ flags: deferFlags }));
    const work = queue.run(() => command.execute(interaction, ctx), { urgent: !interaction.deferred });
    let result: CommandReply;
    if (interaction.deferred) {
      result = await work;
    } else {
      const timer = new AbortController();
      const first = await Promise.race([
        work,
        sleep(ctx.deferAfterMs ?? DEFER_IF_OLDER_THAN_MS, "slow" as const, { signal: timer.signal }).catch(
          () => "cancelled" as const,
        ),
      ]);
      timer.abort();
      if (first === "slow") {
        await interaction.deferReply({ flags: deferFlags });
        result = await work;
      } else if (first === "cancelled") {
        result = await work;
      } else {
        result = first;
      }
    }
    const message = toInteractionMessage(result.reply, { ephemeral: result.ephemeral === true || wantsPrivate });
    // A public answer to a question is remembered by its message id: a Discord reply to it is a follow-up.
    const remember =
      result.read !== undefined && !(result.ephemeral || wantsPrivate) && ctx.conversations !== undefined;
    let answerId: string | undefined;
    if (interaction.deferred) {
      const { flags: _flags, ...edit } = message; // an edit cannot change visibility
      answerId = (await interaction.editReply(edit)).id;
    } else if (remember) {
      answerId =
        (await interaction.reply({ ...message, withResponse: true })).interaction.responseMessageId ?? undefined;
    } else {
      await interaction.reply(message);
    }
    if (remember && answerId) ctx.conversations!.remember(answerMessage(answerId), result.read!, result.given);
    ctx.logger.info(
      {
        user,
        command: name,
        answered: result.answered ?? true,
        ms: ms(),
        ...(interaction.deferred ? { deferred: true } : {}),
      },
      "command answered",
    );
  } catch (err) {
    if (isUnknownInteraction(err)) {
      ctx.logger.warn(
        { user, command: name, ms: ms(), code: 10062 },
        "interaction expired before the reply arrived (Discord: Unknown interaction); skipped",
      );
      return;
    }
    const reference = referenceId();
    ctx.logger.error(
      { reference, user, command: name, ms: ms(), err: describeError(err, ctx.secrets) },
      "command failed",
    );
    await safeReply(interaction, ctx, formatFailure(reference));
  }
}

/** An ephemeral reply, or the right follow-up when the interaction was already acknowledged. Never throws. */
async function safeReply(
  interaction: ChatInputCommandInteraction,
  ctx: InteractionContext,
  payload: ReplyPayload,
): Promise<void> {
  const message = toInteractionMessage(payload, { ephemeral: true });
  try {
    if (interaction.deferred && !interaction.replied) {
      const { flags: _flags, ...edit } = message;
      await interaction.editReply(edit);
    } else if (interaction.replied || interaction.deferred) {
      await interaction.followUp(message);
    } else {
      await interaction.reply(message);
    }
  } catch (err) {
    ctx.logger.warn(
      { user: interaction.user.id, command: interaction.commandName, err: describeError(err, ctx.secrets) },
      "could not send the notice either",
    );
  }
}
