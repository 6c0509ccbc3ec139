import type { Engine } from "../answer/engine.ts";
import { log, type Logger } from "../log.ts";

/** `--knowledge DIR`, else KNOWLEDGE_DIR, else `knowledge`. */
export function knowledgeDirFromArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const i = args.indexOf("--knowledge");
  const inline = args.find((a) => a.startsWith("--knowledge="))?.slice("--knowledge=".length);
  // An empty value (a blank line in .env) means the default, not the current folder.
  return (i >= 0 ? args[i + 1] : inline) || env.KNOWLEDGE_DIR?.trim() || "knowledge";
}

/** Names every knowledge file that could not be used, and says so when nothing could. */
export function reportProblems(engine: Engine, logger: Logger = log): void {
  for (const p of engine.problems) logger.warn({ file: p.file }, `Skipped knowledge file ${p.file}: ${p.reason}`);
  if (!engine.articles.length)
    logger.warn("No usable article in the knowledge folder: every question will be declined.");
}
