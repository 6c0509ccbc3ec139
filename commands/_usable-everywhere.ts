// Not a command (the loader skips files starting with "_"): the "usable everywhere" setting the
// commands in this folder share. A command that wants less (a server-only admin command, say) sets
// its own contexts, integration types and default_member_permissions instead.
import { ApplicationIntegrationType, InteractionContextType, type SlashCommandBuilder } from "discord.js";

/**
 * Makes a command usable in servers, in DMs with the bot and in other private channels, whether the
 * app is installed to a server or to a user's account.
 */
export function usableEverywhere<T extends SlashCommandBuilder>(builder: T): T {
  return builder
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall);
}
