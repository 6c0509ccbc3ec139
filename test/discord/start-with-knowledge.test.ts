// `npm start` as a process, with a knowledge folder holding everyone's article and two servers'
// own: each server is answered from its own, an admin adds an article from an attachment, and a
// file dropped into a server's folder while the bot runs is answered there without a restart.
import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, test, vi } from "vitest";
import { DiscordEmulator } from "../../src/bench/discord-emulator/index.ts";
import { GUILD_A, GUILD_B, type TempFolder, threeScopes } from "../knowledge/fixtures.ts";
import { contentOf, hardTimeout } from "./util.ts";

let discord: DiscordEmulator;
let folder: TempFolder;
beforeAll(async () => {
  discord = await DiscordEmulator.start({ guilds: [{ id: GUILD_A }, { id: GUILD_B }] });
  folder = threeScopes();
});
afterAll(async () => {
  await hardTimeout(discord.close(), 5000, "emulator close");
  folder.cleanup();
});

test("npm start serves per-server knowledge, adds articles from Discord and picks up new files", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      KNOWLEDGE_DIR: folder.dir,
      KNOWLEDGE_POLL_SECONDS: "1",
      LOG_LEVEL: "info",
      CI: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const channel = (guild: string) => discord.guilds.find((g) => g.id === guild)!.channels[0]!;
  const ask = async (guild: string, question: string) =>
    contentOf((await discord.slashCommand("ask", { question }, { channel: channel(guild) }).reply).data);
  try {
    await hardTimeout(
      vi.waitFor(() => expect(stderr).toContain("connected to Discord"), { timeout: 15_000, interval: 50 }),
      16_000,
      "bot start",
    );
    expect(await ask(GUILD_A, "How many apprentices did the glassworks hire?")).toMatch(/40/);
    expect(await ask(GUILD_B, "How many apprentices did the glassworks hire?")).not.toMatch(/40|Glassworks/);

    const file = discord.attachment(
      "lighthouse.md",
      "# Lighthouse relit\n\nThe Corran lighthouse was relit on Sunday by keeper Ilse Marrow.\n",
    );
    const added = await discord.subcommand("article", "add", { file }, { channel: channel(GUILD_B) }).reply;
    expect(JSON.stringify(added.data)).toMatch(/Lighthouse relit/);
    expect(await ask(GUILD_B, "Who relit the Corran lighthouse?")).toMatch(/Ilse Marrow/);
    expect(await ask(GUILD_A, "Who relit the Corran lighthouse?")).not.toMatch(/Ilse Marrow/);

    folder.write(
      `guilds/${GUILD_A}/orchard.md`,
      "# Orchard prize\n\nThe Benmore orchard won the county prize for its pears.\n",
    );
    await vi.waitFor(async () => expect(await ask(GUILD_A, "Which orchard won the county prize?")).toMatch(/Benmore/), {
      timeout: 8000,
      interval: 300,
    });
    expect(stderr).toMatch(/knowledge changed; rebuilding/);
  } finally {
    child.kill("SIGTERM");
    await hardTimeout(new Promise((r) => child.on("close", r)), 8000, "shutdown").catch(() => child.kill("SIGKILL"));
  }
}, 40_000);
