// A half-open gateway socket (the network drops everything silently): the bot notices at the first
// unanswered heartbeat, says so at warn level, and has resumed within 5 s of noticing, with the
// events sent meanwhile replayed and answered.
import { afterAll, beforeAll, expect, test } from "vitest";
import { contentOf, startHarness, type Harness } from "../discord/harness.ts";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ logLevel: "info" });
});
afterAll(async () => {
  await h.stop();
});

test("half-open socket: warn when noticed, resumed within 5 s of it, nothing lost", async () => {
  const resumesBefore = h.discord.resumes;
  h.discord.halfOpen();
  const silentAt = Date.now();
  // Sent while the connection is dead: kept by Discord for the resume.
  const sent = h.discord.slashCommand("help");
  const noticed = await h.logs.waitFor((e) => /half-open/.test(String(e.msg)), 10_000);
  const noticedAt = Date.now();
  expect(noticed.level).toBe(40); // warn
  await h.logs.waitFor((e) => e.msg === "gateway session resumed", 10_000);
  const resumedAt = Date.now();
  expect(resumedAt - noticedAt).toBeLessThan(5000);
  expect(h.discord.resumes).toBe(resumesBefore + 1);
  expect(contentOf((await sent.reply).data) + JSON.stringify((await sent.reply).data)).toMatch(/ask/i);
  console.log(`half-open: noticed after ${noticedAt - silentAt} ms, resumed ${resumedAt - noticedAt} ms later`);
}, 30_000);
