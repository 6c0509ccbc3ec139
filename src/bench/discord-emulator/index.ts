// A Discord REST + gateway emulator on 127.0.0.1 for tests (and the round-trip bench).
// Start it, point the bot's DISCORD_API_URL at `emulator.apiUrl`, then drive it:
//
//   const discord = await DiscordEmulator.start();
//   const bot = await startBot({ engine, logger, config: { ...config, token: discord.token, apiUrl: discord.apiUrl } });
//   const sent = discord.slashCommand("ask", { question: "who visited Moscow?" });
//   const reply = await sent.reply;   // the callback (or the edit after a deferral)
//   await bot.stop(); await discord.close();
export { DiscordEmulator, fakeToken, Op, PRIVILEGED_INTENTS } from "./emulator.ts";
export type {
  EmulatedAttachment,
  EmulatorOptions,
  EndpointResponse,
  GatewayEvent,
  InteractionReply,
  InteractionResponse,
  RecordedRequest,
  RequestMatch,
  SentInteraction,
  StoredCommand,
} from "./emulator.ts";
export type { EmulatedChannel, EmulatedGuild, EmulatedUser, InteractionOption } from "./fixtures.ts";
export { snowflake, snowflakeTime } from "./snowflake.ts";
