// Process-level behaviour of the running bot: a clean shutdown on SIGINT/SIGTERM (exit 0), and
// unhandled promise rejections logged without taking the bot down.
import type { Logger } from "../log.ts";
import { describeError } from "./errors.ts";
import { settleWithin } from "./bot.ts";

export interface Stoppable {
  stop(): Promise<void>;
}

export function installProcessHandlers(
  bot: Stoppable,
  logger: Logger,
  secrets: readonly string[] = [],
  proc: NodeJS.Process = process,
): void {
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, "second signal; exiting now");
      logger.flush();
      proc.exit(0);
      return;
    }
    stopping = true;
    logger.info({ signal }, "shutting down");
    await settleWithin(bot.stop(), 5000);
    logger.info("disconnected from Discord; bye");
    logger.flush();
    proc.exit(0);
  };
  proc.on("SIGINT", (signal) => void shutdown(signal));
  proc.on("SIGTERM", (signal) => void shutdown(signal));
  proc.on("unhandledRejection", (reason) => {
    logger.error({ err: describeError(reason, secrets) }, "unhandled promise rejection (the bot keeps running)");
  });
  proc.on("uncaughtException", (err) => {
    // State may be corrupt after an uncaught exception; stop cleanly and let the supervisor restart us.
    logger.fatal({ err: describeError(err, secrets) }, "uncaught exception; stopping");
    void settleWithin(bot.stop(), 3000).then(() => {
      logger.flush();
      proc.exit(1);
    });
  });
}
