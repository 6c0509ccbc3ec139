// What happens when Discord misbehaves: dropped gateway connections, rate limits, expired
// interactions, and a burst of traffic.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatAnswerForDiscord, toInteractionMessage } from "../../src/discord/reply.ts";
import { contentOf, hardTimeout, startHarness, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ config: { cooldown: { questions: 5, seconds: 10 } } });
});
afterAll(async () => {
  await h?.stop();
});

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

describe("gateway", () => {
  test("a resumable close (4000): the client resumes and the next interaction is still answered", async () => {
    await h.discord.waitForReady();
    const resumesBefore = h.discord.resumes;
    const identifiesBefore = h.discord.identifies;
    const resumed = h.discord.waitForGateway((e) => e.direction === "out" && e.t === "RESUMED", 5000);
    h.discord.closeGateway(4000, "Unknown error");
    await resumed;
    expect(h.discord.resumes).toBe(resumesBefore + 1);
    expect(h.discord.identifies).toBe(identifiesBefore); // resumed, not a new session
    // The client resumed on resume_gateway_url from READY, not on the URL from /gateway/bot.
    await h.logs.waitFor((e) => e.msg === "gateway connection lost; reconnecting");
    await h.logs.waitFor((e) => e.msg === "gateway session resumed");

    const expected = h.engine.ask("who visited Moscow?");
    const reply = await h.discord.slashCommand("ask", { question: "who visited Moscow?" }).reply;
    expect(contentOf(reply.data)).toBe(formatAnswerForDiscord(expected, h.engine.articles).content);
  });

  test("an interaction sent while the connection is down is replayed on RESUME and answered", async () => {
    h.discord.closeGateway(4000, "Unknown error");
    const sent = h.discord.slashCommand("ask", { question: "how many hostages were reported?" }); // buffered in the session
    const reply = await sent.reply;
    expect(contentOf(reply.data)).toContain(h.engine.ask("how many hostages were reported?").answer);
  });

  test("op 7 RECONNECT: the client reconnects, resumes and keeps answering", async () => {
    const resumed = h.discord.waitForGateway((e) => e.direction === "out" && e.t === "RESUMED", 5000);
    h.discord.sendReconnect();
    await resumed;
    const reply = await h.discord.slashCommand("ask", { question: "who visited Moscow?" }).reply;
    expect(reply.via).toBe("callback");
  });

  test("heartbeats are sent and acknowledged", async () => {
    const before = h.discord.heartbeats;
    await h.discord.waitForGateway((e) => e.direction === "in" && e.op === 1, 3000);
    expect(h.discord.heartbeats).toBeGreaterThan(before);
  });
});

describe("REST", () => {
  test("a 429 with retry_after on the callback: the reply is still delivered, and the rate limit is logged", async () => {
    h.discord.rateLimitNext({ method: "POST", route: CALLBACK }, { retryAfter: 1 });
    const sent = h.discord.slashCommand("ask", { question: "who visited Moscow?" });
    const reply = await sent.reply;
    expect(contentOf(reply.data)).toContain(h.engine.ask("who visited Moscow?").answer);
    const attempts = h.discord.requestsTo({ method: "POST", route: `/interactions/${sent.id}/${sent.token}/callback` });
    // 200: /ask asks for the created message (with_response) to remember its id for reply follow-ups.
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(900); // waited for retry_after
    await h.logs.waitFor(
      (e) =>
        e.level === 40 &&
        typeof e.msg === "string" &&
        e.msg.includes("rate limited") &&
        e.route === "/interactions/:id/:token/callback",
    );
  });

  test("a 429 on a channel message: the DM reply is still delivered", async () => {
    const user = h.discord.user();
    const dm = h.discord.dmChannel(user);
    h.discord.rateLimitNext({ method: "POST", route: `/channels/${dm.id}/messages` }, { retryAfter: 1 });
    h.discord.message({ author: user, channel: dm, content: "who visited Moscow?" });
    await h.discord.waitForRequest((r) => r.route === `/channels/${dm.id}/messages` && r.status === 200, 5000);
    expect(h.discord.requestsTo({ method: "POST", route: `/channels/${dm.id}/messages` }).map((r) => r.status)).toEqual(
      [429, 200],
    );
  });

  test("404 Unknown interaction (10062) on the callback: logged, and the bot keeps serving", async () => {
    const user = h.discord.user();
    h.discord.unknownInteractionNext();
    const lost = h.discord.slashCommand("ask", { question: "who visited Moscow?" }, { user });
    const logged = await h.logs.waitFor((e) => e.user === user.id && e.code === 10062);
    expect(logged.level).toBe(40); // a warning, not a crash
    expect(logged.command).toBe("ask");
    const attempts = h.discord.requestsTo({ method: "POST", route: `/interactions/${lost.id}/${lost.token}/callback` });
    expect(attempts.map((r) => r.status)).toEqual([404]); // no pointless retry or apology to a dead interaction

    const next = await h.discord.slashCommand("ask", { question: "who visited Moscow?" }, { user }).reply;
    expect(contentOf(next.data)).toContain(h.engine.ask("who visited Moscow?").answer);
  });

  test("a failure while answering: an ephemeral apology with a reference id that is also in the log", async () => {
    // A 400 on the first callback (not a rate limit, not an expired interaction) makes the reply fail.
    h.discord.injectResponse(
      { method: "POST", route: CALLBACK },
      { status: 400, body: { message: "Invalid Form Body", code: 50035, errors: {} } },
    );
    const user = h.discord.user();
    const sent = h.discord.slashCommand("ask", { question: "who visited Moscow?" }, { user });
    const apology = await sent.reply;
    expect(apology.ephemeral).toBe(true);
    const reference = /reference \*\*([A-Z0-9]{4}-[A-Z0-9]{4})\*\*/.exec(contentOf(apology.data))?.[1];
    expect(reference).toBeDefined();
    const logged = await h.logs.waitFor((e) => e.reference === reference);
    expect(logged).toMatchObject({ level: 50, user: user.id, command: "ask" });
  });
});

describe("load", () => {
  test("a burst of 200 interactions gets 200 correct callbacks", async () => {
    const questions = [
      "who visited Moscow?",
      "how many hostages were reported?",
      "who visited Paris?",
      "what did Russia call for?",
    ];
    const sent = Array.from({ length: 200 }, (_, i) => {
      const question = questions[i % questions.length]!;
      return { question, interaction: h.discord.slashCommand("ask", { question }, { user: h.discord.user() }) };
    });
    const replies = await Promise.all(sent.map((s) => s.interaction.reply));
    for (const [i, reply] of replies.entries()) {
      const expected = toInteractionMessage(formatAnswerForDiscord(h.engine.ask(sent[i]!.question), h.engine.articles));
      expect(contentOf(reply.data)).toBe(expected.content);
      expect((reply.data as { allowed_mentions: unknown }).allowed_mentions).toEqual({
        parse: [],
        replied_user: false,
      });
    }
    // Exactly one callback per interaction, each to its own id and token.
    for (const s of sent) {
      const calls = h.discord.requestsTo({
        method: "POST",
        route: `/interactions/${s.interaction.id}/${s.interaction.token}/callback`,
      });
      expect(calls.filter((c) => c.status === 200)).toHaveLength(1);
    }
  }, 20_000);
});

// Last in the file: discord.js waits 5 s between two IDENTIFYs (Discord's identify rate limit),
// counted from the first one, which by now is mostly over.
describe("gateway, continued", () => {
  test("a session that cannot be resumed (op 9): the client identifies again and keeps answering", async () => {
    const identifiesBefore = h.discord.identifies;
    h.discord.invalidateSessions();
    const ready = h.discord.waitForGateway((e) => e.direction === "out" && e.t === "READY", 8000);
    h.discord.closeGateway(4000, "Unknown error");
    await ready;
    expect(h.discord.identifies).toBe(identifiesBefore + 1);
    const reply = await h.discord.slashCommand("ask", { question: "who visited Moscow?" }).reply;
    expect(contentOf(reply.data)).toContain(h.engine.ask("who visited Moscow?").answer);
  });
});

test("an unrecoverable close (4004, token reset): logged, and bot.lost resolves so npm start can exit", async () => {
  const other = await startHarness();
  try {
    other.discord.closeGateway(4004, "Authentication failed.");
    await expect(hardTimeout(other.bot.lost, 5000, "bot.lost")).resolves.toEqual({ code: 4004 });
    await other.logs.waitFor((e) => e.level === 50 && e.code === 4004);
  } finally {
    await other.stop();
  }
});
