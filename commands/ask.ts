// /ask question:<text> [private:<bool>] [article:<one article>] — answers from the articles (or the
// one chosen) and quotes the sentence that says so.
import { SlashCommandBuilder } from "discord.js";
import type { Engine } from "../src/answer/engine.ts";
import { userInChannel } from "../src/conversation/memory.ts";
import { articleLabel } from "../src/discord/article-replies.ts";
import type { Command, CommandContext } from "../src/discord/command.ts";
import { DEFAULT_MAX_QUESTION_LENGTH } from "../src/discord/config.ts";
import { truncate } from "../src/discord/limits.ts";
import { replyToQuestion } from "../src/discord/questions.ts";
import { usableEverywhere } from "./_usable-everywhere.ts";

/** The engine over the chosen article of this server (by file, label or headline), if it has it. */
function chosenEngine(ctx: CommandContext, guildId: string | null, chosen: string): Engine | undefined {
  const typed = chosen.trim().toLowerCase();
  const article =
    ctx.engine.articles.find((a) => a.file === chosen) ??
    ctx.engine.articles.find((a) => articleLabel(a).toLowerCase() === typed) ??
    ctx.engine.articles.find((a) => a.meta.headline?.toLowerCase() === typed);
  if (!article || !ctx.knowledge) return undefined;
  return ctx.knowledge.registry.articleEngine(guildId, article.file);
}

export default {
  data: usableEverywhere(
    new SlashCommandBuilder()
      .setName("ask")
      .setDescription("Ask a question about the article; the answer quotes the sentence that says so."),
  )
    .addStringOption((o) =>
      o
        .setName("question")
        .setDescription("For example: who visited the capital?")
        .setRequired(true)
        .setMaxLength(DEFAULT_MAX_QUESTION_LENGTH)
        .setAutocomplete(true),
    )
    .addBooleanOption((o) => o.setName("private").setDescription("Only you see the answer.").setRequired(false))
    .addStringOption((o) =>
      o
        .setName("article")
        .setDescription("Ask one article only (default: all of them)")
        .setMaxLength(200)
        .setAutocomplete(true)
        .setRequired(false),
    )
    .toJSON(),

  cooldown: true,
  privateOption: "private",
  // MAX_QUESTION_LENGTH decides how long a question Discord lets people type.
  optionLimits: { question: (config) => ({ max_length: config.maxQuestionLength }) },

  // execute is synchronous, so it is deferred up front when the engine may take long (still tagging,
  // or a large folder whose facts are not read yet); once warm, an answer takes milliseconds.
  mayBeSlow: ({ engine }) => !engine.isWarm(),

  execute(interaction, ctx) {
    const { config, conversations } = ctx;
    const question = interaction.options.getString("question", true);
    const chosen = interaction.options.getString("article")?.trim();
    let engine = ctx.engine;
    if (chosen) {
      const one = chosenEngine(ctx, interaction.guildId, chosen);
      if (!one)
        return {
          reply: {
            content:
              "I don't have that article here. Pick one from the list, or leave `article` out to ask all of them.",
          },
          answered: false,
          ephemeral: true,
        };
      engine = one;
    }
    // A slash command cannot be a Discord reply: it continues the asker's conversation in this
    // channel (their previous question here, by any door, for a few minutes). See "Follow-up questions" in the guide.
    const key = userInChannel(interaction.user.id, interaction.channelId ?? "unknown");
    const result = replyToQuestion(engine, question, config.maxQuestionLength, undefined, conversations?.context(key));
    if (result.read) conversations?.remember(key, result.read, result.given);
    // A refusal (too long, empty) only concerns the asker.
    return {
      reply: result.reply,
      answered: result.answered,
      ephemeral: result.refused === true,
      ...(result.read ? { read: result.read } : {}),
      ...(result.given ? { given: result.given } : {}),
    };
  },

  autocomplete(focused, ctx, interaction) {
    if (focused.name === "article") {
      const typed = String(focused.value).trim().toLowerCase();
      return (
        ctx.engine.articles
          .filter((a) => articleLabel(a).toLowerCase().includes(typed))
          // The file names the article exactly; a very long one is sent as the label, which also resolves.
          .map((a) => ({
            name: truncate(articleLabel(a), 100),
            value: a.file.length <= 100 ? a.file : truncate(articleLabel(a), 100),
          }))
      );
    }
    if (focused.name !== "question") return [];
    const chosen = interaction.options.getString("article")?.trim();
    const engine = (chosen && chosenEngine(ctx, interaction.guildId, chosen)) || ctx.engine;
    return engine.suggest(String(focused.value), 25).map((q) => ({ name: q, value: q }));
  },
} satisfies Command;
