// How the bot runs as a service, from the environment: the HTTP server (health, metrics and, with a
// public key, Discord's interactions endpoint), whether to connect to the gateway, and the shared
// cooldown's Redis. Checked at start-up like the Discord settings, one message listing every problem.
import { z } from "zod";

export interface ServiceConfig {
  /** The application's Ed25519 public key (hex); set = serve POST /interactions. */
  publicKey?: string;
  port: number;
  host: string;
  /** Connect to the gateway (slash commands there, DMs, @mentions). False = HTTP only. */
  gateway: boolean;
  /** Share the per-user cooldown between processes through this Redis. */
  redisUrl?: string;
}

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const schema = z.object({
  DISCORD_PUBLIC_KEY: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .regex(
        /^[0-9a-f]{64}$/i,
        "DISCORD_PUBLIC_KEY must be the application's Public Key: 64 hexadecimal characters from Developer Portal → General Information.",
      )
      .optional(),
  ),
  PORT: z.preprocess(
    blankIsUnset,
    z.coerce
      .number({ error: "PORT must be a port number." })
      .int("PORT must be a whole number.")
      .min(0, "PORT must be between 0 and 65535.")
      .max(65535, "PORT must be between 0 and 65535.")
      .default(8080),
  ),
  HOST: z.preprocess(blankIsUnset, z.string().trim().default("127.0.0.1")),
  DISCORD_GATEWAY: z.preprocess(
    blankIsUnset,
    z.stringbool({ error: "DISCORD_GATEWAY must be true or false." }).default(true),
  ),
  REDIS_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://, e.g. redis://127.0.0.1:6379.")
      .optional(),
  ),
});

/** Every environment key these settings read (documented in .env.example). */
export const SERVICE_ENV_KEYS = Object.keys(schema.shape);

/** Reads the settings; throws an Error listing every problem. */
export function parseServiceConfig(env: Record<string, string | undefined>): ServiceConfig {
  const result = schema.safeParse(env);
  const problems = result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.message))];
  if (result.success && !result.data.DISCORD_GATEWAY && !result.data.DISCORD_PUBLIC_KEY)
    problems.push(
      "DISCORD_GATEWAY=false needs DISCORD_PUBLIC_KEY: without the gateway, interactions can only arrive over HTTP.",
    );
  if (!result.success || problems.length > 0)
    throw new Error(`The service settings need fixing:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  const v = result.data;
  return {
    ...(v.DISCORD_PUBLIC_KEY ? { publicKey: v.DISCORD_PUBLIC_KEY } : {}),
    port: v.PORT,
    host: v.HOST,
    gateway: v.DISCORD_GATEWAY,
    ...(v.REDIS_URL ? { redisUrl: v.REDIS_URL } : {}),
  };
}
