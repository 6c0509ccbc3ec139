// /facts [topic] [page] — the facts extracted from the article, optionally about one topic, in pages.
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { usableEverywhere } from "./_usable-everywhere.ts";
import { formatFacts } from "../src/discord/reply.ts";

export default {
  data: usableEverywhere(
    new SlashCommandBuilder()
      .setName("facts")
      .setDescription("List the facts the article states, optionally about one topic."),
  )
    .addStringOption((o) =>
      o
        .setName("topic")
        .setDescription("A person, place or thing, e.g. the council")
        .setMaxLength(100)
        .setRequired(false),
    )
    .addIntegerOption((o) =>
      o
        .setName("page")
        .setDescription("Which page of facts to show")
        .setMinValue(1)
        .setMaxValue(1000)
        .setRequired(false),
    )
    .toJSON(),

  execute(interaction, { engine }) {
    const topic = interaction.options.getString("topic")?.trim() || undefined;
    const page = interaction.options.getInteger("page") ?? 1;
    const { pages: _pages, ...reply } = formatFacts(engine.facts(topic), engine.articles, { topic, page });
    return { reply };
  },
} satisfies Command;
