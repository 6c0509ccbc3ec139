// /help — what the bot does and how to ask it.
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { usableEverywhere } from "./_usable-everywhere.ts";

export default {
  data: usableEverywhere(
    new SlashCommandBuilder().setName("help").setDescription("How to ask this bot about the article."),
  ).toJSON(),

  execute(interaction, { config }) {
    const ways = [
      "**/ask** `question:` — ask anything about the article. The answer quotes the sentence that says so and where it stands. Add `article:` to ask one article only, `private: True` to keep it to yourself. Suggestions appear as you type.",
      "**/quote** `query:` — the passages that best match some words, verbatim.",
      "**/facts** `topic:` `page:` — the facts the article states, optionally about one topic.",
      "**/articles** — the articles you can ask about here: headline, date, size and source.",
    ];
    if (interaction.inGuild())
      ways.push(
        "**/article** `add` · `list` · `remove` and **/reload** — for members who can Manage Server: add this server's own articles from a file or a web page.",
      );
    if (config.answerDms) ways.push("**Direct message** — write your question to me in a DM.");
    if (config.answerMentions) ways.push("**Mention** — in a server, write `@me` followed by your question.");
    ways.push(
      "**Follow-ups** — “and the port?”, “why?”, “how many?” are read against your previous question (in a DM, in the same channel, or when you reply to one of my answers), for five minutes.",
    );
    return {
      reply: {
        embeds: [
          {
            title: "Questions about the article",
            description:
              ways.join("\n") +
              `\n\nI only answer from the article. When it doesn't say, I tell you so, show related passages, clearly labelled, and suggest questions I can answer. When a sentence answers but no short answer is certain, I quote it under “The article says:”. Questions can be up to ${config.maxQuestionLength} characters.`,
          },
        ],
      },
      ephemeral: true,
    };
  },
} satisfies Command;
