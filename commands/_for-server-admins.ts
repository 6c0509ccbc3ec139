// Not a command (the loader skips files starting with "_"): the setting the admin commands share.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type SlashCommandBuilder,
} from "discord.js";

/**
 * A command for server admins: shown only to members who can Manage Server (Discord hides it from
 * the rest; the command checks again when it runs), in servers only, for a server install.
 */
export function forServerAdmins<T extends SlashCommandBuilder>(builder: T): T {
  return builder
    .setContexts(InteractionContextType.Guild)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
}
