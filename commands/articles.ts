// /articles — what you can ask about here: everyone's articles and, in a server, the server's own.
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { usableEverywhere } from "./_usable-everywhere.ts";
import { formatArticleList } from "../src/discord/article-replies.ts";

export default {
  data: usableEverywhere(
    new SlashCommandBuilder()
      .setName("articles")
      .setDescription("List the articles you can ask about here: headline, date, size and source."),
  ).toJSON(),

  execute(interaction, { engine }) {
    return { reply: formatArticleList(engine.articles, interaction.guildId) };
  },
} satisfies Command;
