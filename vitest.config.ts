// Two workers on a 2-core machine (vitest would use one): many tests wait on processes, sockets or
// timers rather than the CPU. Test files share one module graph per worker (isolate: false), so
// compromise, discord.js and the engine load once per worker instead of once per file. A file that
// calls vi.mock keeps its own graph, so its mock reaches no other file; such files are found here.
// The Discord files run after the engine files: they hold the bot to Discord's 3 s reply window
// (a burst of 200 interactions), which CPU-heavy engine files beside them could push it past.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

const TESTS = readdirSync("test", { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".test.ts"))
  .map((f) => join("test", f).replaceAll("\\", "/"));
const MOCKING = TESTS.filter((f) => readFileSync(f, "utf8").includes("vi.mock("));
const ALONE = ["test/discord/start-with-knowledge.test.ts"];

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "engine",
          include: [
            "test/engine/**/*.test.ts",
            "test/question/**/*.test.ts",
            "test/conversation/**/*.test.ts",
            "test/knowledge/**/*.test.ts",
            "test/web/**/*.test.ts",
          ],
          exclude: MOCKING,
          isolate: false,
        },
      },
      { extends: true, test: { name: "mocking", include: MOCKING } },
      {
        extends: true,
        test: {
          name: "discord",
          include: ["test/discord/**/*.test.ts"],
          exclude: [...MOCKING, ...ALONE],
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      // A whole bot process starting beside the 200-interaction burst could push it past 3 s: last.
      { extends: true, test: { name: "discord-process", include: ALONE, sequence: { groupOrder: 2 } } },
      {
        // The service: HTTP endpoint, npm start under SIGTERM, health, metrics, sharding, Redis (skipped
        // without redis-server). Each file starts its own processes and emulator, so they stay isolated.
        extends: true,
        test: {
          name: "service",
          include: ["test/http/**/*.test.ts", "test/service/**/*.test.ts", "test/redis/**/*.test.ts"],
          exclude: MOCKING,
          // After the Discord files: these start bot processes that would take CPU from their 3 s window.
          sequence: { groupOrder: 3 },
        },
      },
      {
        // Load and faults last, on their own: a 1,000 burst and a half-open socket, both timing-bound.
        extends: true,
        test: { name: "load", include: ["test/load/**/*.test.ts"], exclude: MOCKING, sequence: { groupOrder: 4 } },
      },
    ],
  },
});
