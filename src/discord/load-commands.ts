// Imports every command module in `commands/` and checks it before the bot connects, so a broken
// module stops start-up with its file name and what is wrong instead of failing when someone uses it.
import { readdirSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType } from "discord.js";
import { z } from "zod";
import type { Command } from "./command.ts";

const COMMANDS_DIR = fileURLToPath(new URL("../../commands/", import.meta.url));

export class CommandLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandLoadError";
  }
}

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
/** Where a command can be used and how it can be installed: each command lists its own. */
const contextsSchema = z
  .array(z.enum(InteractionContextType), {
    error: "contexts must list where the command can be used: Guild (0), BotDM (1), PrivateChannel (2)",
  })
  .min(1, "contexts must list at least one place (commands/_usable-everywhere.ts lists all three)");
const integrationTypesSchema = z
  .array(z.enum(ApplicationIntegrationType), {
    error: "integration_types must list how the app is installed: GuildInstall (0), UserInstall (1)",
  })
  .min(1, "integration_types must list at least one kind of install");

const optionSchema = z
  .object({
    type: z.number().int().min(ApplicationCommandOptionType.Subcommand).max(ApplicationCommandOptionType.Attachment),
    name: z
      .string()
      .regex(NAME, "option names are 1-32 characters: lowercase letters, digits, - or _")
      .refine((n) => n === n.toLowerCase(), "option names must be lowercase"),
    description: z.string().min(1).max(100),
    required: z.boolean().optional(),
    autocomplete: z.boolean().optional(),
    max_length: z.number().int().min(1).max(6000).optional(),
    min_length: z.number().int().min(0).max(6000).optional(),
  })
  .loose();

const moduleSchema = z.object({
  default: z.object(
    {
      data: z
        .object({
          name: z
            .string()
            .regex(NAME, "command names are 1-32 characters: lowercase letters, digits, - or _")
            .refine((n) => n === n.toLowerCase(), "command names must be lowercase"),
          description: z
            .string()
            .min(1, "a description is required")
            .max(100, "the description is at most 100 characters"),
          type: z.literal(1).optional(),
          options: z.array(optionSchema).max(25).optional(),
          contexts: contextsSchema,
          integration_types: integrationTypesSchema,
          default_member_permissions: z
            .string()
            .regex(/^\d+$/, 'default_member_permissions is a permission bit set written as digits, e.g. "32"')
            .nullable()
            .optional(),
        })
        .loose(),
      cooldown: z.boolean({ error: "cooldown must be true or false" }).optional(),
      privateOption: z.string({ error: "privateOption must be the name of a boolean option" }).optional(),
      private: z.boolean({ error: "private must be true or false" }).optional(),
      optionLimits: z
        .record(
          z.string(),
          z.custom<(config: never) => unknown>((v) => typeof v === "function", "each option limit must be a function"),
        )
        .optional(),
      mayBeSlow: z
        .custom<NonNullable<Command["mayBeSlow"]>>((v) => typeof v === "function", "mayBeSlow must be a function")
        .optional(),
      execute: z.custom<Command["execute"]>((v) => typeof v === "function", "execute must be a function"),
      autocomplete: z
        .custom<NonNullable<Command["autocomplete"]>>((v) => typeof v === "function", "autocomplete must be a function")
        .optional(),
    },
    { error: "the module must `export default { data, execute }` (see src/discord/command.ts)" },
  ),
});

/** Files in `dir` that are command modules: .ts/.js/.mjs, not tests, type declarations or `_helpers`. */
function commandFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter(
      (f) =>
        /\.(ts|mts|js|mjs)$/.test(f) &&
        !/\.d\.[mc]?ts$/.test(f) &&
        !/\.(test|spec)\./.test(f) &&
        !f.startsWith("_") &&
        !f.startsWith("."),
    )
    .sort()
    .map((f) => join(dir, f));
}

function check(file: string, mod: unknown): Command {
  const parsed = moduleSchema.safeParse(mod);
  const where = relative(process.cwd(), file) || file;
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.slice(1).join(".") || "export default"}: ${i.message}`);
    throw new CommandLoadError(`Command module ${where} is not valid:\n  - ${problems.join("\n  - ")}`);
  }
  const command = parsed.data.default as unknown as Command;
  const stem = basename(file, extname(file));
  if (command.data.name !== stem)
    throw new CommandLoadError(
      `Command module ${where} defines /${command.data.name}; name the file ${command.data.name}${extname(file)} or the command /${stem}.`,
    );
  const options = command.data.options ?? [];
  const optionOfType = (name: string, type: ApplicationCommandOptionType) =>
    options.some((o) => o.name === name && o.type === type);
  if (command.privateOption !== undefined && !optionOfType(command.privateOption, ApplicationCommandOptionType.Boolean))
    throw new CommandLoadError(
      `Command module ${where} names "${command.privateOption}" as its private option, but has no boolean option of that name.`,
    );
  for (const name of Object.keys(command.optionLimits ?? {}))
    if (!optionOfType(name, ApplicationCommandOptionType.String))
      throw new CommandLoadError(
        `Command module ${where} sets length limits for "${name}", but has no string option of that name.`,
      );
  const wantsAutocomplete = (command.data.options ?? []).some((o) => "autocomplete" in o && o.autocomplete === true);
  if (wantsAutocomplete && !command.autocomplete)
    throw new CommandLoadError(
      `Command module ${where} has an option with autocomplete but exports no autocomplete handler.`,
    );
  return command;
}

/** Loads and checks every command module; throws CommandLoadError naming the first bad module. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  let files: string[];
  try {
    files = commandFiles(dir);
  } catch (err) {
    throw new CommandLoadError(`Cannot read the commands folder ${dir}: ${(err as Error).message}`);
  }
  if (files.length === 0) throw new CommandLoadError(`No command modules found in ${dir}.`);
  const commands = new Map<string, Command>();
  for (const file of files) {
    let mod: unknown;
    try {
      mod = await import(pathToFileURL(file).href);
    } catch (err) {
      throw new CommandLoadError(
        `Command module ${relative(process.cwd(), file) || file} could not be imported: ${(err as Error).message}`,
      );
    }
    const command = check(file, mod);
    if (commands.has(command.data.name))
      throw new CommandLoadError(`Two command modules define /${command.data.name}.`);
    commands.set(command.data.name, command);
  }
  return commands;
}
