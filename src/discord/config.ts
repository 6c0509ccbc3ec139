// Discord settings from the environment (.env), checked once at start-up so a mistake gets one clear
// message instead of a failure deep inside discord.js. No message ever repeats the token itself.
import { z } from "zod";

export const SETUP_GUIDE = 'the section "Connecting to Discord" of the setup guide at the project root';

/** The limit on the /ask option as registered; MAX_QUESTION_LENGTH may lower it at deploy time. */
export const DEFAULT_MAX_QUESTION_LENGTH = 300;

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands to this one guild (instant) instead of globally. */
  guildId?: string;
  /** REST base URL without the version, e.g. `https://discord.com/api`; unset means Discord itself. */
  apiUrl?: string;
  /** Answer direct messages. */
  answerDms: boolean;
  /** Answer messages in servers that @mention the bot. */
  answerMentions: boolean;
  /** At most `questions` per user in `seconds`; 0 questions turns the cooldown off. */
  cooldown: { questions: number; seconds: number };
  maxQuestionLength: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The Discord settings need fixing:\n${problems.map((p) => `  - ${p}`).join("\n")}\n` +
        `See ${SETUP_GUIDE} for where each value comes from.`,
    );
    this.name = "ConfigError";
  }
}

const SNOWFLAKE = /^\d{17,20}$/;
/** Three base64url parts: the bot's user id, a timestamp and an HMAC. */
const BOT_TOKEN = /^[A-Za-z0-9_-]{18,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function tokenProblem(raw: string): string | undefined {
  const token = raw.trim();
  if (/^["']|["']$/.test(token))
    return "DISCORD_TOKEN is wrapped in quotes; paste the token on its own after the = sign.";
  if (/\s/.test(token)) return "DISCORD_TOKEN contains spaces or line breaks; paste only the token.";
  if (/^[a-f0-9]{64}$/i.test(token))
    return "DISCORD_TOKEN looks like the application's Public Key, not the bot token (Developer Portal → Bot → Reset Token).";
  if (/^[A-Za-z0-9_-]{32}$/.test(token))
    return "DISCORD_TOKEN looks like the OAuth2 Client Secret, not the bot token (Developer Portal → Bot → Reset Token).";
  if (!BOT_TOKEN.test(token))
    return "DISCORD_TOKEN does not look like a bot token (three parts separated by dots, copied from Developer Portal → Bot → Reset Token).";
  return undefined;
}

const schema = z.object({
  DISCORD_TOKEN: z
    .string({ error: "DISCORD_TOKEN is missing (Developer Portal → your application → Bot → Reset Token)." })
    .transform((v) => v.trim().replace(/^Bot\s+/i, ""))
    .superRefine((v, ctx) => {
      const problem = tokenProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  DISCORD_APPLICATION_ID: z
    .string({ error: "DISCORD_APPLICATION_ID is missing (Developer Portal → General Information → Application ID)." })
    .trim()
    .regex(
      SNOWFLAKE,
      "DISCORD_APPLICATION_ID must be the numeric Application ID (17 to 20 digits) from Developer Portal → General Information.",
    ),
  DISCORD_GUILD_ID: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .regex(
        SNOWFLAKE,
        "DISCORD_GUILD_ID must be a numeric server id (17 to 20 digits; in Discord: Developer Mode on, right-click the server → Copy Server ID), or left empty.",
      )
      .optional(),
  ),
  DISCORD_API_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .transform((v) => v.replace(/\/+$/, ""))
      .superRefine((v, ctx) => {
        let url: URL;
        try {
          url = new URL(v);
        } catch {
          ctx.addIssue({
            code: "custom",
            message: "DISCORD_API_URL must be a URL such as https://discord.com/api, or left empty.",
          });
          return;
        }
        if (url.protocol !== "http:" && url.protocol !== "https:")
          ctx.addIssue({ code: "custom", message: "DISCORD_API_URL must start with http:// or https://." });
        else if (/\/v\d+$/.test(url.pathname))
          ctx.addIssue({
            code: "custom",
            message:
              "DISCORD_API_URL must not end with the API version (/v10); the client adds it. Use e.g. https://discord.com/api.",
          });
      })
      .optional(),
  ),
  ANSWER_DMS: z.preprocess(blankIsUnset, z.stringbool({ error: "ANSWER_DMS must be true or false." }).default(true)),
  ANSWER_MENTIONS: z.preprocess(
    blankIsUnset,
    z.stringbool({ error: "ANSWER_MENTIONS must be true or false." }).default(true),
  ),
  COOLDOWN_QUESTIONS: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: "COOLDOWN_QUESTIONS must be a whole number." })
      .int("COOLDOWN_QUESTIONS must be a whole number.")
      .min(0, "COOLDOWN_QUESTIONS cannot be negative (0 turns the cooldown off).")
      .max(1000, "COOLDOWN_QUESTIONS is at most 1000.")
      .default(5),
  ),
  COOLDOWN_SECONDS: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: "COOLDOWN_SECONDS must be a number of seconds." })
      .positive("COOLDOWN_SECONDS must be more than 0.")
      .max(3600, "COOLDOWN_SECONDS is at most 3600.")
      .default(10),
  ),
  MAX_QUESTION_LENGTH: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: "MAX_QUESTION_LENGTH must be a whole number of characters." })
      .int("MAX_QUESTION_LENGTH must be a whole number of characters.")
      .min(10, "MAX_QUESTION_LENGTH must be at least 10.")
      .max(1000, "MAX_QUESTION_LENGTH is at most 1000.")
      .default(DEFAULT_MAX_QUESTION_LENGTH),
  ),
});

/** Every environment key the Discord settings read (all documented in .env.example). */
export const DISCORD_ENV_KEYS = Object.keys(schema.shape);

/** Reads the Discord settings; throws ConfigError listing every problem. */
export function parseDiscordConfig(env: Record<string, string | undefined>): DiscordConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    // Issue messages are ours; zod's own (e.g. for a wrong type) never include the value.
    throw new ConfigError([...new Set(result.error.issues.map((issue) => issue.message))]);
  }
  const v = result.data;
  return {
    token: v.DISCORD_TOKEN,
    applicationId: v.DISCORD_APPLICATION_ID,
    guildId: v.DISCORD_GUILD_ID,
    apiUrl: v.DISCORD_API_URL,
    answerDms: v.ANSWER_DMS,
    answerMentions: v.ANSWER_MENTIONS,
    cooldown: { questions: v.COOLDOWN_QUESTIONS, seconds: v.COOLDOWN_SECONDS },
    maxQuestionLength: v.MAX_QUESTION_LENGTH,
  };
}

/** The user id a bot token belongs to (its first part), or undefined when it cannot be read. */
/** The settings, or undefined after printing what is wrong with them (a ConfigError); other errors throw. */
export function parseDiscordConfigOrReport(env: Record<string, string | undefined>): DiscordConfig | undefined {
  try {
    return parseDiscordConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return undefined;
  }
}

export function tokenUserId(token: string): string | undefined {
  const first = token.split(".")[0] ?? "";
  try {
    const id = Buffer.from(first, "base64url").toString("utf8");
    return SNOWFLAKE.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
