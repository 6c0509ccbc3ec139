// Picks up added, changed and removed article files without a restart: a recursive file watcher for
// speed, and a slow rescan as the fallback where watching is unreliable (network volumes, several
// processes sharing one folder, platforms without recursive watching). Both end in the registry's
// refresh, which coalesces bursts and skips work when nothing changed.
import { type FSWatcher, watch } from "node:fs";
import type { Logger } from "../log.ts";
import type { EngineRegistry } from "./engine-registry.ts";

export interface WatchOptions {
  /** Rescan this often whatever the watcher says (default 5 s; 0 turns polling off). */
  pollMs?: number;
  /** Wait this long after a file event for the writes to settle (default 250 ms). */
  debounceMs?: number;
  /** Use the file watcher (default true); false polls only. */
  watch?: boolean;
  logger?: Logger;
}

export interface KnowledgeWatch {
  /** Whether the file watcher runs (false: polling only). */
  readonly watching: boolean;
  stop(): void;
}

export function watchKnowledge(registry: EngineRegistry, options: WatchOptions = {}): KnowledgeWatch {
  const log = options.logger;
  const pollMs = options.pollMs ?? 5000;
  const debounceMs = options.debounceMs ?? 250;
  const refresh = (why: string) =>
    registry.refresh().catch((err: unknown) => log?.error({ err, why }, "could not reload the knowledge folder"));

  let debounce: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    if (options.watch === false) throw new Error("watching turned off");
    watcher = watch(registry.dir, { recursive: true, persistent: false }, () => {
      clearTimeout(debounce);
      debounce = setTimeout(() => void refresh("file event"), debounceMs);
      debounce.unref();
    });
    watcher.on("error", (err) => {
      log?.warn({ err: String(err) }, "the knowledge folder watcher failed; relying on polling");
      watcher?.close();
      watcher = undefined;
    });
  } catch (err) {
    log?.warn({ err: String(err) }, "cannot watch the knowledge folder here; relying on polling");
  }
  const poll = pollMs > 0 ? setInterval(() => void refresh("poll"), pollMs) : undefined;
  poll?.unref();
  return {
    get watching() {
      return watcher !== undefined;
    },
    stop() {
      clearTimeout(debounce);
      clearInterval(poll);
      watcher?.close();
      watcher = undefined;
    },
  };
}
