// Direct messages and @mentions: answered exactly like /ask. Content of these two kinds of message
// reaches a bot without the privileged MessageContent intent, so none is requested.
import { performance } from "node:perf_hooks";
import type { Message } from "discord.js";
import type { CommandContext } from "./command.ts";
import { answerMessage, userInChannel } from "../conversation/memory.ts";
import { cooldownNotice, type QuestionCooldown } from "./cooldown.ts";
import { describeError, referenceId } from "./errors.ts";
import { scopedContext } from "./knowledge-access.ts";
import { replyToQuestion } from "./questions.ts";
import { formatFailure, toMessage } from "./reply.ts";

export interface MessageContext extends CommandContext {
  cooldown: QuestionCooldown;
  secrets: readonly string[];
}

/** The question in a message that mentions the bot: the text after the mention (or before it, if none follows). */
function questionAfterMention(content: string, botId: string): string {
  const mention = new RegExp(`<@!?${botId}>`, "g");
  const first = mention.exec(content);
  if (!first) return content.trim();
  const after = content
    .slice(first.index + first[0].length)
    .replace(mention, " ")
    .trim();
  if (after) return after;
  return content.slice(0, first.index).replace(mention, " ").trim();
}

export function createMessageHandler(ctx: MessageContext): (message: Message) => Promise<void> {
  return async (message) => {
    const botId = message.client.user.id;
    // Never answer bots (that way lie loops), including ourselves, webhooks or system messages.
    if (message.author.bot || message.author.id === botId || message.webhookId || message.system) return;

    const isDm = !message.inGuild();
    let question: string;
    if (isDm) {
      if (!ctx.config.answerDms) return;
      question = message.content;
    } else {
      // `mentions` lists the bot when it is @mentioned (or a reply pings it); the content check is a fallback.
      const mentioned = message.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(message.content);
      if (!ctx.config.answerMentions || !mentioned) return;
      question = questionAfterMention(message.content, botId);
    }

    const started = performance.now();
    const source = isDm ? "dm" : "mention";
    const user = message.author.id;
    const ms = () => Math.round((performance.now() - started) * 10) / 10;
    const send = (payload: Parameters<typeof toMessage>[0]) => {
      const body = toMessage(payload);
      // In a DM the conversation is the context; in a busy channel a reply shows what was asked.
      const channel = message.channel;
      return isDm && channel.isSendable() ? channel.send(body) : message.reply({ ...body, failIfNotExists: false });
    };

    const verdict = await ctx.cooldown.take(user);
    if (verdict !== "ok") {
      ctx.logger.info(
        { user, command: source, cooldown: true, notified: verdict === "notify" },
        "question refused: cooldown",
      );
      if (verdict === "notify") {
        await send({ content: cooldownNotice(await ctx.cooldown.retryAfterSeconds(user)) }).catch((err: unknown) =>
          ctx.logger.warn(
            { user, command: source, err: describeError(err, ctx.secrets) },
            "could not send the cooldown notice",
          ),
        );
      }
      return;
    }

    try {
      const example = isDm ? "who visited the capital?" : `@${message.client.user.username} who visited the capital?`;
      // Follow-ups: a reply to one of the bot's answers continues that answer's question; any other
      // message continues this user's conversation in this channel (a DM is one such channel).
      const conversation = userInChannel(user, message.channelId);
      const repliedTo = message.reference?.messageId;
      const thread = repliedTo ? ctx.conversations?.context(answerMessage(repliedTo)) : undefined;
      const context = thread?.previous ? thread : ctx.conversations?.context(conversation);
      const result = replyToQuestion(
        scopedContext(ctx, message.guildId).engine,
        question,
        ctx.config.maxQuestionLength,
        example,
        context,
      );
      // Remembered before sending: the next message may arrive before the send has resolved.
      if (result.read) ctx.conversations?.remember(conversation, result.read, result.given);
      const sent = await send(result.reply);
      if (result.read) ctx.conversations?.remember(answerMessage(sent.id), result.read, result.given);
      ctx.logger.info({ user, command: source, answered: result.answered, ms: ms() }, "question answered");
    } catch (err) {
      const reference = referenceId();
      ctx.logger.error(
        { reference, user, command: source, ms: ms(), err: describeError(err, ctx.secrets) },
        "question failed",
      );
      await send(formatFailure(reference)).catch(() => undefined);
    }
  };
}
