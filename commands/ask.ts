// /ask question:<text> [private:<bool>] — answers from the article and quotes the sentence that says so.
import { SlashCommandBuilder } from "discord.js";
import { everywhere, type Command } from "../src/discord/command.ts";
import { DEFAULT_MAX_QUESTION_LENGTH } from "../src/discord/config.ts";
import { replyToQuestion } from "../src/discord/questions.ts";

export default {
  data: everywhere(
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

  // execute is synchronous, so it is deferred up front when the engine may take long (still tagging,
  // or a large folder whose facts are not read yet); once warm, an answer takes milliseconds.
  mayBeSlow: ({ engine }) => !engine.isWarm(),

  execute(interaction, { engine, config }) {
    const question = interaction.options.getString("question", true);
    const ephemeral = interaction.options.getBoolean("private") ?? false;
    const result = replyToQuestion(engine, question, config.maxQuestionLength);
    // A refusal (too long, empty) only concerns the asker.
    return { reply: result.reply, answered: result.answered, ephemeral: ephemeral || result.refused === true };
  },

  autocomplete(focused, { engine }) {
    if (focused.name !== "question") return [];
    return engine.suggest(String(focused.value), 25).map((q) => ({ name: q, value: q }));
  },
} satisfies Command;
