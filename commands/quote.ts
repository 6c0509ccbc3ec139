// /quote query:<text> — the passages that best match, quoted verbatim with where they stand.
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { usableEverywhere } from "./_usable-everywhere.ts";
import { formatQuotes } from "../src/discord/reply.ts";

export default {
  data: usableEverywhere(
    new SlashCommandBuilder()
      .setName("quote")
      .setDescription("Find the passages of the article that best match some words, quoted verbatim."),
  )
    .addStringOption((o) =>
      o.setName("query").setDescription("Words to look for, e.g. flood warning").setRequired(true).setMaxLength(200),
    )
    .toJSON(),

  execute(interaction, { engine }) {
    const query = interaction.options.getString("query", true);
    return { reply: formatQuotes(query, engine.search(query, 3), engine.articles) };
  },
} satisfies Command;
