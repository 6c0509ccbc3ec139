// Used by .ci/image-commands: starts the staged production copy against the loopback Discord emulator,
// waits for /healthz to say ready, then checks that SIGTERM ends it with exit code 0.
import { spawn } from "node:child_process";
import { webcrypto } from "node:crypto";
import { DiscordEmulator } from "../src/bench/discord-emulator/index.ts";
const stage = process.argv[2]!;
const discord = await DiscordEmulator.start();
const pair = await webcrypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"]);
const publicKey = Buffer.from(await webcrypto.subtle.exportKey("raw", pair.publicKey)).toString("hex");
const child = spawn(process.execPath, ["dist/src/main.js"], {
  cwd: stage,
  env: { PATH: process.env.PATH, DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl, DISCORD_PUBLIC_KEY: publicKey, PORT: "0", CI: "1" },
  stdio: ["ignore", "inherit", "pipe"],
});
let log = "";
child.stderr.on("data", (d) => { log += d; });
const deadline = Date.now() + 30_000;
let url: string | undefined;
while (!(url = /"url":"(http:[^"]+)"/.exec(log)?.[1])) {
  if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the staged bot did not start:\n${log}`);
  await new Promise((r) => setTimeout(r, 50));
}
// Ready once the gateway (the emulator's) is connected.
let status = 0;
while ((status = (await fetch(`${url}/healthz`)).status) !== 200) {
  if (Date.now() > deadline) throw new Error(`/healthz still answers ${status}`);
  await new Promise((r) => setTimeout(r, 50));
}
child.kill("SIGTERM");
const code = await new Promise((r) => child.on("exit", r));
await discord.close();
if (code !== 0) throw new Error(`exit code ${code} after SIGTERM`);
console.log(`image commands: built, installed with --omit=dev, /healthz 200, SIGTERM → exit 0`);
