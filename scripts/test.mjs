// `npm test`: the type-check and the tests don't depend on each other, so they run at the same time.
// vitest prints as it goes; tsc's output is held and printed after, so the two never interleave.
// Arguments go to vitest (`npm test -- test/engine`). Exits non-zero when either fails.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const node = process.execPath;

/** Resolves to the exit code (1 when killed by a signal). */
const exitOf = (child) => new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));

const tsc = spawn(node, [require.resolve("typescript/bin/tsc"), "--noEmit"], { stdio: ["ignore", "pipe", "pipe"] });
let tscOutput = "";
tsc.stdout.on("data", (d) => (tscOutput += d));
tsc.stderr.on("data", (d) => (tscOutput += d));
const vitest = spawn(
  node,
  [join(dirname(require.resolve("vitest/package.json")), "vitest.mjs"), "run", ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);

const [typeCheck, tests] = await Promise.all([exitOf(tsc), exitOf(vitest)]);
if (tscOutput) process.stdout.write(tscOutput);
process.stdout.write(typeCheck === 0 ? "Type-check (tsc --noEmit): no errors\n" : "Type-check (tsc --noEmit) FAILED\n");
process.exitCode = typeCheck || tests;
