// `npm run deploy-commands`: registers the slash commands in `commands/` with Discord by bulk
// overwrite (one PUT of the full list), to the guild in DISCORD_GUILD_ID when set (instant, for
// development) or globally. It prints what changed; running it again changes nothing.
// `npm run deploy-commands -- --clear` removes the commands from that scope instead.
import { pathToFileURL } from "node:url";
import {
  REST,
  Routes,
  DiscordAPIError,
  type APIApplicationCommand,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import type { Command, OptionLengthLimits } from "./command.ts";
import { parseDiscordConfigOrReport, SETUP_GUIDE, type DiscordConfig } from "./config.ts";
import { describeError } from "./errors.ts";
import { CommandLoadError, loadCommands } from "./load-commands.ts";

export interface DeployResult {
  scope: "guild" | "global";
  guildId?: string;
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  /** What Discord holds after the PUT. */
  registered: APIApplicationCommand[];
}

type CommandBody = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The definitions to send: the modules' data, with each option's limits from the configuration. */
export function commandBodies(commands: ReadonlyMap<string, Command>, config: DiscordConfig): CommandBody[] {
  return [...commands.values()].map((command) => {
    const limits = command.optionLimits ?? {};
    return {
      ...command.data,
      options: command.data.options?.map((o) =>
        Object.hasOwn(limits, o.name)
          ? { ...o, ...checkedLimits(command.data.name, o.name, limits[o.name]!(config)) }
          : o,
      ),
    };
  });
}

const lengthLimitsSchema = z.strictObject({
  min_length: z.number().int().min(0).max(6000).optional(),
  max_length: z.number().int().min(1).max(6000).optional(),
});

/** A command's limits for one option, or a CommandLoadError saying which limit Discord would refuse. */
function checkedLimits(command: string, option: string, limits: unknown): OptionLengthLimits {
  const parsed = lengthLimitsSchema.safeParse(limits);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "limits"}: ${i.message}`).join("; ");
  throw new CommandLoadError(`/${command}: the limits for option "${option}" are not valid: ${problems}`);
}

/** The parts of a command definition that matter for comparing local and registered versions. */
function comparable(c: Record<string, unknown>): string {
  const option = (o: Record<string, unknown>): unknown => ({
    type: o.type,
    name: o.name,
    description: o.description,
    required: o.required ?? false,
    autocomplete: o.autocomplete ?? false,
    min_length: o.min_length ?? null,
    max_length: o.max_length ?? null,
    min_value: o.min_value ?? null,
    max_value: o.max_value ?? null,
    choices: o.choices ?? null,
    options: ((o.options as Record<string, unknown>[] | undefined) ?? []).map(option),
  });
  return JSON.stringify({
    name: c.name,
    description: c.description,
    type: c.type ?? 1,
    options: ((c.options as Record<string, unknown>[] | undefined) ?? []).map(option),
    contexts: [...((c.contexts as number[] | null | undefined) ?? [])].sort(),
    integration_types: [...((c.integration_types as number[] | null | undefined) ?? [])].sort(),
    default_member_permissions: c.default_member_permissions ?? null,
    nsfw: c.nsfw ?? false,
  });
}

export async function deployCommands(options: {
  config: DiscordConfig;
  commands: ReadonlyMap<string, Command>;
  print?: (line: string) => void;
}): Promise<DeployResult> {
  const { config, commands } = options;
  const print = options.print ?? ((line: string) => console.log(line));
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const body = commandBodies(commands, config);

  const before = (await rest.get(route)) as APIApplicationCommand[];
  const beforeByName = new Map(before.map((c) => [c.name, c]));
  const result: DeployResult = {
    scope: config.guildId ? "guild" : "global",
    guildId: config.guildId,
    added: [],
    changed: [],
    removed: [],
    unchanged: [],
    registered: [],
  };
  for (const c of body) {
    const old = beforeByName.get(c.name);
    if (!old) result.added.push(c.name);
    else if (
      comparable(old as unknown as Record<string, unknown>) !== comparable(c as unknown as Record<string, unknown>)
    )
      result.changed.push(c.name);
    else result.unchanged.push(c.name);
  }
  const names = new Set(body.map((c) => c.name));
  for (const c of before) if (!names.has(c.name)) result.removed.push(c.name);

  // Bulk overwrite: Discord keeps unchanged commands as they are, so a second run changes nothing.
  result.registered = (await rest.put(route, { body })) as APIApplicationCommand[];

  const where = config.guildId
    ? `to server ${config.guildId} (they appear there at once)`
    : "globally (in every server and DM; new commands can take a few minutes to show up)";
  const list = result.registered.map((c) => `/${c.name}`).join(" ");
  print(
    result.registered.length === 0
      ? `Removed all commands registered ${where.replace(/ \(.*\)$/, "")}.`
      : `Registered ${result.registered.length} commands ${where}: ${list}`,
  );
  if (result.added.length + result.changed.length + result.removed.length === 0) {
    print("Nothing changed: Discord already had exactly these commands.");
  } else {
    if (result.added.length) print(`  added:   ${result.added.map((n) => `/${n}`).join(" ")}`);
    if (result.changed.length) print(`  updated: ${result.changed.map((n) => `/${n}`).join(" ")}`);
    if (result.removed.length) print(`  removed: ${result.removed.map((n) => `/${n}`).join(" ")}`);
    if (result.unchanged.length) print(`  unchanged: ${result.unchanged.map((n) => `/${n}`).join(" ")}`);
  }
  return result;
}

/** What went wrong, in words that point at the fix. */
export function explainDeployError(err: unknown, config: DiscordConfig): string {
  if (err instanceof DiscordAPIError) {
    if (err.status === 401)
      return `Discord refused the token (401 Unauthorized). Reset it in the Developer Portal (Bot → Reset Token) and update DISCORD_TOKEN in .env. See ${SETUP_GUIDE}.`;
    if (err.code === 10002)
      return `Discord does not know application ${config.applicationId} (Unknown Application). Check DISCORD_APPLICATION_ID. See ${SETUP_GUIDE}.`;
    if (err.code === 50001 || err.status === 403) {
      return config.guildId
        ? `Discord refused access to server ${config.guildId} (${err.message}). Invite the bot to that server first (the invite link is in ${SETUP_GUIDE}), check DISCORD_GUILD_ID, and check that DISCORD_APPLICATION_ID belongs to this bot's token.`
        : `Discord refused access (${err.message}). Check that DISCORD_APPLICATION_ID belongs to this bot's token. See ${SETUP_GUIDE}.`;
    }
    if (err.code === 50035)
      return `Discord rejected a command definition: ${err.message}. Fix the module in commands/ named in the message.`;
    return `Discord answered ${err.status}: ${err.message}`;
  }
  const described = describeError(err, [config.token]);
  return `Could not reach Discord${config.apiUrl ? ` at ${config.apiUrl}` : ""}: ${described.message}`;
}

async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const config = parseDiscordConfigOrReport(process.env);
  if (!config) return 1;
  try {
    // --clear removes this scope's commands, e.g. the server copies once you register globally.
    const commands = process.argv.includes("--clear") ? new Map<string, Command>() : await loadCommands();
    await deployCommands({ config, commands });
    return 0;
  } catch (err) {
    console.error(err instanceof CommandLoadError ? err.message : explainDeployError(err, config));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
