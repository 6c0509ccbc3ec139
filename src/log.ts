// One pino logger for the whole bot: JSON lines on stderr (stdout is kept for answers), pretty when
// a person is watching, and secrets redacted wherever they appear in a log object.
import pino from "pino";

const REDACT = [
  "token",
  "*.token",
  "*.*.token",
  "DISCORD_TOKEN",
  "*.DISCORD_TOKEN",
  "authorization",
  "*.authorization",
  "*.headers.authorization",
  "*.*.headers.authorization",
];

export function createLogger(
  options: { level?: string; pretty?: boolean; destination?: pino.DestinationStream } = {},
): pino.Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? "info";
  const base = { level, redact: { paths: REDACT, censor: "[redacted]" }, base: undefined };
  if (options.destination) return pino(base, options.destination);
  const pretty = options.pretty ?? (process.stderr.isTTY === true && !process.env.CI);
  if (pretty) {
    return pino({
      ...base,
      transport: { target: "pino-pretty", options: { destination: 2, colorize: true, ignore: "pid,hostname" } },
    });
  }
  return pino(base, pino.destination({ dest: 2, sync: true }));
}

export const log = createLogger();
export type Logger = pino.Logger;
