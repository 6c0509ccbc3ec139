// Start-up validation of the Discord settings.
import { describe, expect, test } from "vitest";
import { ConfigError, parseDiscordConfig } from "../../src/discord/config.ts";
import { fakeToken } from "../../src/bench/discord-emulator/index.ts";
import { runScript } from "./util.ts";

const APP = "1234567890123456789";
const TOKEN = fakeToken(APP);

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseDiscordConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error("expected a ConfigError");
}

describe("parseDiscordConfig", () => {
  test("a valid configuration with defaults", () => {
    expect(parseDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP })).toEqual({
      token: TOKEN,
      applicationId: APP,
      guildId: undefined,
      apiUrl: undefined,
      answerDms: true,
      answerMentions: true,
      cooldown: { questions: 5, seconds: 10 },
      maxQuestionLength: 300,
    });
  });

  test("every key is read; blanks mean unset; a trailing slash on the API URL is dropped", () => {
    const config = parseDiscordConfig({
      DISCORD_TOKEN: `  ${TOKEN}\n`,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: "",
      DISCORD_API_URL: "http://127.0.0.1:8080/api/",
      ANSWER_DMS: "false",
      ANSWER_MENTIONS: "no",
      COOLDOWN_QUESTIONS: "0",
      COOLDOWN_SECONDS: "30",
      MAX_QUESTION_LENGTH: "200",
    });
    expect(config).toMatchObject({
      token: TOKEN,
      guildId: undefined,
      apiUrl: "http://127.0.0.1:8080/api",
      answerDms: false,
      answerMentions: false,
      cooldown: { questions: 0, seconds: 30 },
      maxQuestionLength: 200,
    });
  });

  test("a token pasted with the Bot prefix is accepted", () => {
    expect(parseDiscordConfig({ DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APPLICATION_ID: APP }).token).toBe(TOKEN);
  });

  test("a malformed token gets a clear message pointing to the README, without echoing the token", () => {
    for (const bad of ["not-a-token", `"${TOKEN}"`, "a".repeat(32), "ab12".repeat(16), `${TOKEN} extra`]) {
      let err: unknown;
      try {
        parseDiscordConfig({ DISCORD_TOKEN: bad, DISCORD_APPLICATION_ID: APP });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      expect(message).toMatch(/DISCORD_TOKEN/);
      expect(message).toContain('"Connecting to Discord"');
      expect(message).not.toContain(bad);
    }
    expect(problems({ DISCORD_TOKEN: "a".repeat(32), DISCORD_APPLICATION_ID: APP })[0]).toMatch(/Client Secret/);
    expect(problems({ DISCORD_TOKEN: "ab12".repeat(16), DISCORD_APPLICATION_ID: APP })[0]).toMatch(/Public Key/);
  });

  test("a missing or malformed application id", () => {
    expect(problems({ DISCORD_TOKEN: TOKEN })[0]).toMatch(/DISCORD_APPLICATION_ID is missing/);
    expect(problems({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "my-bot" })[0]).toMatch(/numeric Application ID/);
  });

  test("other mistakes are all listed at once", () => {
    const list = problems({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP,
      DISCORD_GUILD_ID: "general",
      DISCORD_API_URL: "https://discord.com/api/v10",
      ANSWER_DMS: "maybe",
      COOLDOWN_QUESTIONS: "-1",
      MAX_QUESTION_LENGTH: "5",
    });
    expect(list).toHaveLength(5);
    expect(list.join("\n")).toMatch(/DISCORD_GUILD_ID/);
    expect(list.join("\n")).toMatch(/must not end with the API version/);
    expect(list.join("\n")).toMatch(/ANSWER_DMS must be true or false/);
    expect(list.join("\n")).toMatch(/COOLDOWN_QUESTIONS cannot be negative/);
    expect(list.join("\n")).toMatch(/MAX_QUESTION_LENGTH must be at least 10/);
  });
});

describe("npm start with a bad configuration", () => {
  test("a malformed token: a clear message on stderr, nothing on stdout, non-zero exit", async () => {
    const { code, stdout, stderr } = await runScript("src/main.ts", {
      DISCORD_TOKEN: "definitely-not-a-token",
      DISCORD_APPLICATION_ID: APP,
    });
    expect(code).not.toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/DISCORD_TOKEN does not look like a bot token/);
    expect(stderr).toContain('"Connecting to Discord"');
    expect(stderr).not.toContain("definitely-not-a-token");
  }, 20_000);
});

describe(".env.example", () => {
  test("documents every key the Discord settings read, with a comment", async () => {
    const { readFileSync } = await import("node:fs");
    const { DISCORD_ENV_KEYS } = await import("../../src/discord/config.ts");
    const example = readFileSync(".env.example", "utf8");
    for (const key of DISCORD_ENV_KEYS) {
      const line = example.split("\n").findIndex((l) => l.startsWith(`${key}=`));
      expect(line, key).toBeGreaterThan(0);
      // Its comment stands right above it (or above the group of settings it belongs to).
      let above = line - 1;
      while (above > 0 && /^[A-Z_]+=/.test(example.split("\n")[above]!)) above -= 1;
      expect(example.split("\n")[above], key).toMatch(/^#/);
    }
    // The example itself, once filled in with real-looking values, is valid.
    const { parse } = await import("dotenv");
    const env = { ...parse(example), DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP };
    expect(() => parseDiscordConfig(env)).not.toThrow();
  });
});
