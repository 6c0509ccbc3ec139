// /ask question:<text> [private:<bool>] — answers from the article and quotes the sentence that says so.
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { usableEverywhere } from "./_usable-everywhere.ts";
import { DEFAULT_MAX_QUESTION_LENGTH } from "../src/discord/config.ts";
import { userInChannel } from "../src/conversation/memory.ts";
import { replyToQuestion } from "../src/discord/questions.ts";

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
    .toJSON(),

  cooldown: true,
  privateOption: "private",
  // MAX_QUESTION_LENGTH decides how long a question Discord lets people type.
  optionLimits: { question: (config) => ({ max_length: config.maxQuestionLength }) },

  // execute is synchronous, so it is deferred up front when the engine may take long (still tagging,
  // or a large folder whose facts are not read yet); once warm, an answer takes milliseconds.
  mayBeSlow: ({ engine }) => !engine.isWarm(),

  execute(interaction, { engine, config, conversations }) {
    const question = interaction.options.getString("question", true);
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

  autocomplete(focused, { engine }) {
    if (focused.name !== "question") return [];
    return engine.suggest(String(focused.value), 25).map((q) => ({ name: q, value: q }));
  },
} satisfies Command;
