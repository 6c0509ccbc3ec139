// `npm run deploy-commands` against the emulator.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { commandBodies, deployCommands, explainDeployError } from "../../src/discord/deploy-commands.ts";
import { CommandLoadError, loadCommands } from "../../src/discord/load-commands.ts";
import type { Command } from "../../src/discord/command.ts";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { configFor, hardTimeout, runScript } from "./util.ts";

let discord: DiscordEmulator;
let commands: ReadonlyMap<string, Command>;
beforeAll(async () => {
  discord = await DiscordEmulator.start();
  commands = await loadCommands();
});
afterAll(async () => {
  await hardTimeout(discord.close(), 5000, "emulator close");
});

interface PutCommand {
  name: string;
  description: string;
  options?: { name: string; type: number; required?: boolean; autocomplete?: boolean; max_length?: number }[];
  contexts: number[];
  integration_types: number[];
  default_member_permissions?: string | null;
}

/** Commands only server admins see: in servers only, for members with Manage Server. */
const ADMIN_ONLY = ["article", "reload"];

describe("deploy-commands", () => {
  test("with DISCORD_GUILD_ID: one PUT to the guild holding every command with its options, contexts and integration types", async () => {
    const lines: string[] = [];
    const config = configFor(discord, { guildId: discord.guild.id });
    const result = await deployCommands({ config, commands, print: (l) => lines.push(l) });

    const puts = discord.requestsTo({
      method: "PUT",
      route: `/applications/${discord.applicationId}/guilds/${discord.guild.id}/commands`,
    });
    expect(puts).toHaveLength(1);
    expect(puts[0]!.headers.authorization).toBe(`Bot ${discord.token}`);
    const body = puts[0]!.body as PutCommand[];
    expect(body.map((c) => c.name).sort()).toEqual(["article", "articles", "ask", "facts", "help", "quote", "reload"]);
    for (const c of body) {
      if (ADMIN_ONLY.includes(c.name)) {
        expect(c.contexts).toEqual([0]); // Guild only: no DMs
        expect(c.integration_types).toEqual([0]); // GuildInstall
        expect(c.default_member_permissions).toBe("32"); // Manage Server
      } else {
        expect(c.contexts.sort()).toEqual([0, 1, 2]); // Guild, BotDM, PrivateChannel
        expect(c.integration_types.sort()).toEqual([0, 1]); // GuildInstall, UserInstall
        expect(c.default_member_permissions ?? null).toBeNull();
      }
      expect(c.description.length).toBeGreaterThan(0);
      expect(c).toEqual(
        expect.objectContaining(commands.get(c.name)!.data.options ? { options: expect.any(Array) } : {}),
      );
    }
    const ask = body.find((c) => c.name === "ask")!;
    expect(ask.options).toEqual([
      expect.objectContaining({ name: "question", type: 3, required: true, autocomplete: true, max_length: 300 }),
      expect.objectContaining({ name: "private", type: 5, required: false }),
      expect.objectContaining({ name: "article", type: 3, required: false, autocomplete: true }),
    ]);
    const article = body.find((c) => c.name === "article")!;
    expect(article.options!.map((o) => [o.name, o.type])).toEqual([
      ["list", 1],
      ["add", 1],
      ["remove", 1],
    ]);
    const add = (article.options![1] as unknown as { options: { name: string; type: number }[] }).options;
    expect(add.map((o) => [o.name, o.type])).toEqual([
      ["file", 11], // attachment
      ["url", 3],
    ]);
    expect(body.find((c) => c.name === "facts")!.options!.map((o) => o.name)).toEqual(["topic", "page"]);
    expect(body.find((c) => c.name === "quote")!.options!.map((o) => o.name)).toEqual(["query"]);

    expect(result.added.sort()).toEqual(["article", "articles", "ask", "facts", "help", "quote", "reload"]);
    expect(lines.join("\n")).toMatch(/Registered 7 commands to server/);
  });

  test("running it twice changes nothing", async () => {
    const config = configFor(discord, { guildId: discord.guild.id });
    const before = discord.commands.get(discord.guild.id)!.map((c) => ({ id: c.id, version: c.version }));
    const lines: string[] = [];
    const result = await deployCommands({ config, commands, print: (l) => lines.push(l) });
    expect(result.added).toEqual([]);
    expect(result.changed).toEqual([]);
    expect(result.removed).toEqual([]);
    expect(lines.join("\n")).toMatch(/Nothing changed/);
    expect(discord.commands.get(discord.guild.id)!.map((c) => ({ id: c.id, version: c.version }))).toEqual(before);
  });

  test("without DISCORD_GUILD_ID it registers globally", async () => {
    const lines: string[] = [];
    const result = await deployCommands({ config: configFor(discord), commands, print: (l) => lines.push(l) });
    expect(result.scope).toBe("global");
    const put = discord.requestsTo({ method: "PUT", route: `/applications/${discord.applicationId}/commands` });
    expect(put).toHaveLength(1);
    expect((put[0]!.body as PutCommand[]).length).toBe(7);
    expect(lines[0]).toMatch(/globally/);
  });

  test("MAX_QUESTION_LENGTH sets the /ask option's max_length", async () => {
    await deployCommands({
      config: configFor(discord, { guildId: discord.guild.id, maxQuestionLength: 200 }),
      commands,
      print: () => undefined,
    });
    const ask = discord.commands.get(discord.guild.id)!.find((c) => c.name === "ask")!;
    expect(
      (ask.options as { name: string; max_length?: number }[]).find((o) => o.name === "question")!.max_length,
    ).toBe(200);
  });

  test("`npm run deploy-commands` itself prints what it did and exits 0", async () => {
    const { code, stdout, stderr } = await runScript("src/discord/deploy-commands.ts", {
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: discord.guild.id,
      DISCORD_API_URL: discord.apiUrl,
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/Registered 7 commands to server \d+/);
    expect(stdout).not.toContain(discord.token);
  }, 20_000);

  test("a wrong token is explained, pointing to the README section", async () => {
    const config = configFor(discord, { token: "MTIzNDU2Nzg5MDEyMzQ1Njc4.AbCdEf.wrongwrongwrongwrongwrongwrong1" });
    const error = await deployCommands({ config, commands, print: () => undefined }).catch((e: unknown) => e);
    const message = explainDeployError(error, config);
    expect(message).toMatch(/refused the token/);
    expect(message).toMatch(/Connecting to Discord/);
    expect(message).not.toContain("wrongwrongwrong");
  });

  test("a guild the bot is not in is explained", async () => {
    const config = configFor(discord, { guildId: "1111111111111111111" });
    const error = await deployCommands({ config, commands, print: () => undefined }).catch((e: unknown) => e);
    expect(explainDeployError(error, config)).toMatch(/Invite the bot to that server first/);
  });
});

test("an empty list (deploy-commands --clear) removes the commands from that scope", async () => {
  const lines: string[] = [];
  const result = await deployCommands({
    config: configFor(discord, { guildId: discord.guild.id }),
    commands: new Map(),
    print: (l) => lines.push(l),
  });
  expect(result.removed.sort()).toEqual(["article", "articles", "ask", "facts", "help", "quote", "reload"]);
  expect(discord.commands.get(discord.guild.id)).toEqual([]);
  expect(lines[0]).toMatch(/^Removed all commands registered to server \d+\.$/);
});

describe("limits and places each command declares", () => {
  const reply = () => ({ reply: { content: "ok" } });
  const stringOption = (name: string, max_length: number) => ({ type: 3, name, description: "d", max_length });
  const command = (name: string, extra: Partial<Command> = {}): Command => ({
    data: {
      name,
      description: "d",
      contexts: [0, 1, 2],
      integration_types: [0, 1],
      options: [stringOption("question", 50)],
    },
    execute: reply,
    ...extra,
  });
  const bodies = (commands: Command[], maxQuestionLength = 200) =>
    commandBodies(new Map(commands.map((c) => [c.data.name, c])), configFor(discord, { maxQuestionLength }));

  test("an option called question keeps its own max_length unless its command declares a limit for it", () => {
    const [plain, limited] = bodies([
      command("plain"),
      command("limited", { optionLimits: { question: (config) => ({ max_length: config.maxQuestionLength }) } }),
    ]);
    expect(plain!.options).toEqual([expect.objectContaining({ name: "question", max_length: 50 })]);
    expect(limited!.options).toEqual([expect.objectContaining({ name: "question", max_length: 200 })]);
  });

  test("a limit Discord would refuse stops the deploy with a message naming the command and option", () => {
    const tooLong = command("toolong", { optionLimits: { question: () => ({ max_length: 10_000 }) } });
    expect(() => bodies([tooLong])).toThrow(CommandLoadError);
    expect(() => bodies([tooLong])).toThrow(/\/toolong: the limits for option "question" are not valid: max_length/);
  });

  test("a server-only, Manage Server command is registered with exactly its own contexts and permissions", async () => {
    const settings: Command = {
      data: {
        name: "settings",
        description: "d",
        contexts: [0],
        integration_types: [0],
        default_member_permissions: "32",
      },
      execute: reply,
    };
    await deployCommands({
      config: configFor(discord, { guildId: discord.guild.id }),
      commands: new Map([["settings", settings]]),
      print: () => undefined,
    });
    expect(discord.commands.get(discord.guild.id)).toEqual([
      expect.objectContaining({
        name: "settings",
        contexts: [0],
        integration_types: [0],
        default_member_permissions: "32",
      }),
    ]);
  });
});
