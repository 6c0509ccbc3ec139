// /reload — reads the knowledge folder again now (it is also watched) and says what changed among
// everyone's articles and this server's own. For members who can Manage Server, in servers only.
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { forServerAdmins } from "./_for-server-admins.ts";
import { formatReload } from "../src/discord/article-replies.ts";
import { managerRefusal } from "../src/discord/knowledge-access.ts";

export default {
  data: forServerAdmins(
    new SlashCommandBuilder()
      .setName("reload")
      .setDescription("Read the knowledge folder again now and say what changed (Manage Server)."),
  ).toJSON(),

  // Admin work is between the admin and the bot.
  private: true,

  async execute(interaction, { knowledge }) {
    const refusal = managerRefusal(interaction);
    if (refusal) return { reply: { content: refusal }, ephemeral: true, answered: false };
    if (!knowledge) return { reply: { content: "This bot runs without per-server knowledge." }, ephemeral: true };
    const { registry } = knowledge;
    const report = await registry.refresh();
    const earlier = registry.history
      .filter((h) => h !== report)
      .map((h) => ({ at: h.at, changes: registry.visibleTo(h, interaction.guildId) }));
    return { reply: formatReload(registry.visibleTo(report, interaction.guildId), earlier), ephemeral: true };
  },
} satisfies Command;
