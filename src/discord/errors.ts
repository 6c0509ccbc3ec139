// Errors as they go into the log: a short reference id people can quote, and no secrets. The bot token
// is masked wherever it appears, and so are interaction and webhook tokens, which sit in REST URLs
// and let anyone answer in the bot's name for 15 minutes.
import { randomBytes } from "node:crypto";
import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from "discord.js";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I to misread

/** A short id such as `R7K2-QF4M`, shown to the user and logged with the error. */
export function referenceId(): string {
  const bytes = randomBytes(8);
  let out = "";
  for (let i = 0; i < 8; i++) out += ALPHABET[bytes[i]! % ALPHABET.length];
  return `${out.slice(0, 4)}-${out.slice(4)}`;
}

/** Masks secrets in any text bound for the log. */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join("[redacted]");
  return out
    .replace(/(\/interactions\/\d+\/)[^/?\s]+/g, "$1[token]")
    .replace(/(\/webhooks\/\d+\/)[^/?\s]+/g, "$1[token]")
    .replace(/\bBot\s+[A-Za-z0-9_.-]{20,}/g, "Bot [redacted]");
}

export interface LoggedError {
  type: string;
  message: string;
  code?: number | string;
  status?: number;
  method?: string;
  url?: string;
  stack?: string;
}

/** A plain, secret-free description of an error for pino. */
export function describeError(err: unknown, secrets: readonly string[] = []): LoggedError {
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    return {
      type: err.name,
      message: scrub(err.message, secrets),
      ...(err instanceof DiscordAPIError ? { code: err.code } : {}),
      status: err.status,
      method: err.method,
      url: scrub(err.url, secrets),
    };
  }
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return {
      type: err.name,
      message: scrub(err.message, secrets),
      ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
      ...(err.stack ? { stack: scrub(err.stack, secrets) } : {}),
    };
  }
  return { type: typeof err, message: scrub(String(err), secrets) };
}

/** Discord's "Unknown interaction": the 3 seconds to answer ran out, or it was already answered elsewhere. */
export function isUnknownInteraction(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownInteraction;
}
