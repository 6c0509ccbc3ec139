// /article list | add file:<attachment> url:<page> | remove article:<one of this server's> — a
// server's own articles, managed by its admins. Discord shows the command only to members who can
// Manage Server, and only in servers; it is checked again here, since server settings can widen it.
import { SlashCommandBuilder } from "discord.js";
import type { Command, CommandReply } from "../src/discord/command.ts";
import { forServerAdmins } from "./_for-server-admins.ts";
import { formatAdded, formatArticleList, formatRemoved, articleLabel } from "../src/discord/article-replies.ts";
import { managerRefusal } from "../src/discord/knowledge-access.ts";
import { truncate } from "../src/discord/limits.ts";
import { addArticle, AddRefused, removeArticle } from "../src/registry/add-article.ts";

const refuse = (content: string): CommandReply => ({ reply: { content }, ephemeral: true, answered: false });

export default {
  data: forServerAdmins(
    new SlashCommandBuilder()
      .setName("article")
      .setDescription("Manage the articles this server can ask about (Manage Server)."),
  )
    .addSubcommand((s) => s.setName("list").setDescription("The articles this server can ask about."))
    .addSubcommand((s) =>
      s
        .setName("add")
        .setDescription("Add an article from a file (.txt, .md, .html) or a web page.")
        .addAttachmentOption((o) => o.setName("file").setDescription("A .txt, .md or .html file").setRequired(false))
        .addStringOption((o) =>
          o.setName("url").setDescription("The address of a web page").setMaxLength(2000).setRequired(false),
        ),
    )
    .addSubcommand((s) =>
      s
        .setName("remove")
        .setDescription("Remove an article this server added.")
        .addStringOption((o) =>
          o.setName("article").setDescription("Which article").setRequired(true).setAutocomplete(true),
        ),
    )
    .toJSON(),

  // Admin work is between the admin and the bot; the server sees the result in /articles.
  private: true,

  async execute(interaction, { engine, knowledge }) {
    const refusal = managerRefusal(interaction);
    if (refusal) return refuse(refusal);
    if (!knowledge || !interaction.guildId) return refuse("This bot runs without per-server knowledge.");
    const guildId = interaction.guildId;
    switch (interaction.options.getSubcommand(false)) {
      case "list":
        return { reply: formatArticleList(engine.articles, guildId), ephemeral: true };
      case "add": {
        const file = interaction.options.getAttachment("file");
        const url = interaction.options.getString("url")?.trim();
        if ((file ? 1 : 0) + (url ? 1 : 0) !== 1)
          return refuse("Give either a `file` (a .txt, .md or .html attachment) or a `url`, not both and not neither.");
        try {
          const added = await addArticle(
            knowledge.registry,
            guildId,
            file ? { kind: "file", name: file.name, url: file.url, size: file.size } : { kind: "url", url: url! },
            knowledge.add,
          );
          return { reply: formatAdded(added.article, added.questions), ephemeral: true };
        } catch (err) {
          if (err instanceof AddRefused) return refuse(err.message);
          throw err;
        }
      }
      case "remove": {
        const chosen = interaction.options.getString("article", true);
        const own = knowledge.registry.ownArticles(guildId);
        const target = own.find((a) => a.file === chosen) ?? own.find((a) => articleLabel(a) === chosen);
        if (!target)
          return refuse(
            "That is not one of this server's own articles. Pick one from the list; articles for everyone can only be removed by the bot's host.",
          );
        const removed = await removeArticle(knowledge.registry, guildId, target.file);
        return removed
          ? { reply: formatRemoved(removed), ephemeral: true }
          : refuse("That article was already removed.");
      }
      default:
        return refuse("Use /article list, /article add or /article remove.");
    }
  },

  autocomplete(focused, { knowledge }, interaction) {
    // Only this server's own articles, and only for someone who may remove them.
    if (focused.name !== "article" || !knowledge || !interaction.guildId) return [];
    if (!interaction.memberPermissions?.has("ManageGuild")) return [];
    const typed = String(focused.value).toLowerCase();
    return knowledge.registry
      .ownArticles(interaction.guildId)
      .filter((a) => articleLabel(a).toLowerCase().includes(typed))
      .map((a) => ({ name: truncate(articleLabel(a), 100), value: a.file }));
  },
} satisfies Command;
