// `npm run build`: compiles the bot to plain JavaScript in dist/ (tsconfig.build.json), from a clean
// folder so a deleted command module cannot live on there. With --if-stale (what `npm start` runs
// first) it builds only when a source file, folder or setting is newer than the last build, so a
// fresh checkout and every edit are picked up and an unchanged bot starts at once.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const STAMP = join(DIST, ".build-stamp");
const INPUTS = ["src", "commands", "tsconfig.json", "tsconfig.build.json", "package.json"];

/** The newest modification time under `path` (files and folders: a deletion changes its folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = stat.mtimeMs;
  for (const entry of readdirSync(path)) time = Math.max(time, newest(join(path, entry)));
  return time;
}

function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return INPUTS.some((input) => newest(join(ROOT, input)) > built);
}

if (process.argv.includes("--if-stale") && !isStale()) process.exit(0);

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
} catch {
  console.error(
    "dist/ is missing or older than the source, and TypeScript is not installed (was it `npm ci --omit=dev`?). Run `npm ci && npm run build`.",
  );
  process.exit(1);
}
console.error("building dist/ (tsc -p tsconfig.build.json)…");
rmSync(DIST, { recursive: true, force: true });
const result = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], {
  cwd: ROOT,
  stdio: "inherit",
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
