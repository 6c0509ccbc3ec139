// /article — headline, date, subtitle and size of each loaded article.
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { usableEverywhere } from "./_usable-everywhere.ts";
import { formatArticles } from "../src/discord/reply.ts";

export default {
  data: usableEverywhere(
    new SlashCommandBuilder()
      .setName("article")
      .setDescription("Show which article the bot answers from: headline, date, subtitle, size."),
  ).toJSON(),

  execute(_interaction, { engine }) {
    return { reply: formatArticles(engine.articles, engine.problems.length) };
  },
} satisfies Command;
