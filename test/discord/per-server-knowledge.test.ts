// Per-server knowledge through the real bot and the loopback Discord: a server's own article
// answers there and nowhere else (answers, quotes, autocomplete, /articles, /article list, DMs);
// admins add articles from an attachment the emulator serves or from a page on 127.0.0.1, remove
// them and reload; every limit is refused with a clear reply and nothing stored.
import { readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_ADD_LIMITS } from "../../src/registry/add-limits.ts";
import type { EmulatedChannel } from "../../src/bench/discord-emulator/index.ts";
import { GUILD_A, GUILD_B, threeScopes, type TempFolder } from "../knowledge/fixtures.ts";
import { contentOf, startHarness, type Harness } from "./harness.ts";

const GUILD_C = "333333333333333333";
/** View Channels + Send Messages: a member who may ask but not manage the server. */
const MEMBER = "3072";

/** A made-up report to add, with every kind of Markdown markup. */
const TIDE_MD = `---
title: Tide mill grinds flour again
date: 2024-06-11
---

The **tide mill** at Orwen Creek ground flour on Saturday for the first time since 1956.
Volunteers led by [Hester Aldane](https://example.org/h) restored the waterwheel over three winters.

- The mill produced 90 kilograms of flour on its first tide.
`;

const ARTICLE_PAGE = `<!doctype html><html><head><title>Ferry strike ends after nine days</title>
<meta property="article:published_time" content="2024-02-20T09:00:00Z">
<script>window.evil = "<p>script text</p>";</script></head><body>
<nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Ferry strike ends after nine days</h1>
<p>The ferry crews of the Saltmarsh line returned to work on Tuesday after a nine-day strike over rotas.</p>
<p>The union said its 140 members had accepted a new rota agreement by a large majority. Services ran normally by the evening, the operator said.</p>
<p>Passengers had faced long detours by road while the strike lasted, and some island shops ran short of bread.</p>
</article><footer>Copyright notice</footer></body></html>`;

let h: Harness;
let folder: TempFolder;
let pages: Server;
let base = "";

beforeAll(async () => {
  pages = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/ferry") res.writeHead(200, { "content-type": "text/html" }).end(ARTICLE_PAGE);
    else if (url.pathname === "/menu")
      res
        .writeHead(200, { "content-type": "text/html" })
        .end("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>");
    else if (url.pathname === "/slow") res.writeHead(200, { "content-type": "text/html" }).write("<html>");
    else if (url.pathname === "/loop") res.writeHead(302, { location: "/loop" }).end();
    else if (url.pathname === "/to-private") res.writeHead(302, { location: "http://10.0.0.8/admin" }).end();
    else if (url.pathname === "/to-metadata")
      res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end();
    else if (url.pathname === "/latin1")
      res
        .writeHead(200, { "content-type": "text/html; charset=ISO-8859-1" })
        .end(Buffer.from(ARTICLE_PAGE.replace("Saltmarsh", "Saltmarsh caf\u00e9"), "latin1"));
    else if (url.pathname === "/archive") res.writeHead(200, { "content-type": "application/zip" }).end("PK\x03\x04");
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => pages.listen(0, "127.0.0.1", r));
  const port = (pages.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  folder = threeScopes();
  h = await startHarness({
    knowledgeDir: folder.dir,
    emulator: { guilds: [{ id: GUILD_A }, { id: GUILD_B }, { id: GUILD_C }] },
    add: {
      limits: { ...DEFAULT_ADD_LIMITS, maxBytes: 64 * 1024, maxArticles: 4, timeoutMs: 800 },
      // Only the test's own page server is let through the public-address rule, nothing else.
      allowAddress: (address, url) => address === "127.0.0.1" && url.port === String(port),
    },
  });
});
afterAll(async () => {
  await h?.stop();
  pages?.closeAllConnections();
  await new Promise((r) => pages?.close(r));
  folder?.cleanup();
});

const channelOf = (guildId: string): EmulatedChannel => h.discord.guilds.find((g) => g.id === guildId)!.channels[0]!;
const textOf = (data: Record<string, unknown> | undefined) =>
  `${contentOf(data)}\n${JSON.stringify((data?.embeds as unknown[] | undefined) ?? [])}`;
const ownFiles = (guildId: string) => {
  try {
    return readdirSync(join(folder.dir, "guilds", guildId)).filter((f) => !f.startsWith("."));
  } catch {
    return [];
  }
};

async function ask(guildId: string | undefined, question: string, extra: Record<string, string> = {}) {
  const user = h.discord.user();
  const channel = guildId ? channelOf(guildId) : h.discord.dmChannel(user);
  return textOf((await h.discord.slashCommand("ask", { question, ...extra }, { user, channel }).reply).data);
}

async function admin(
  sub: string,
  values: Parameters<Harness["discord"]["subcommand"]>[2],
  guildId: string,
  permissions?: string,
) {
  const sent = h.discord.subcommand("article", sub, values, {
    channel: channelOf(guildId),
    ...(permissions ? { permissions } : {}),
  });
  const reply = await sent.reply;
  return { text: textOf(reply.data), flags: Number(reply.data?.flags ?? 0) };
}

async function choices(command: string, focused: string, typed: string, guildId?: string) {
  const user = h.discord.user();
  const channel = guildId ? channelOf(guildId) : h.discord.dmChannel(user);
  const response = await h.discord.autocomplete(command, focused, typed, {}, { user, channel }).response;
  return (response.data?.choices as { name: string; value: string }[]) ?? [];
}

describe("isolation between servers", () => {
  test("a server's own article answers there, with its quote", async () => {
    const text = await ask(GUILD_A, "How many apprentices did the glassworks hire?");
    expect(text).toMatch(/40/);
    expect(text).toMatch(/Vellmar glassworks|Glassworks hires 40 apprentices/);
  });

  test.each([
    ["another server", GUILD_B],
    ["a server with no articles of its own", GUILD_C],
    ["a DM", undefined],
  ])("%s never gets its answer, quote or headline", async (_where, guild) => {
    for (const q of [
      "How many apprentices did the glassworks hire?",
      "Who is Oriel Tancredi?",
      "glassworks apprentices",
    ]) {
      expect(await ask(guild, q)).not.toMatch(/Vellmar|Tancredi|Glassworks hires|apprentices this autumn/);
    }
    const listed = (await choices("ask", "article", "", guild)).map((c) => `${c.name} ${c.value}`).join("\n");
    expect(listed).toMatch(/Harbour bridge/);
    expect(listed).not.toMatch(/Glassworks|111111111111111111/);
    const suggested = (await choices("ask", "question", "", guild)).map((c) => c.name).join("\n");
    expect(suggested).not.toMatch(/Tancredi|apprentice/i);
    const user = h.discord.user();
    const articles = await h.discord.slashCommand(
      "articles",
      {},
      { user, channel: guild ? channelOf(guild) : h.discord.dmChannel(user) },
    ).reply;
    expect(textOf(articles.data)).toMatch(/Harbour bridge/);
    expect(textOf(articles.data)).not.toMatch(/Glassworks/);
  });

  test("an @mention or a DM is answered from the knowledge of where it was written", async () => {
    const question = "How many apprentices did the glassworks hire?";
    const replyTo = async (channel: EmulatedChannel, content: string, mention: boolean) => {
      const msg = h.discord.message({ channel, content, ...(mention ? { mentions: [h.discord.bot] } : {}) });
      const post = await h.discord.waitForRequest(
        (r) =>
          r.method === "POST" &&
          r.route === `/channels/${channel.id}/messages` &&
          (channel.type === 1 ||
            (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id === msg.id),
      );
      return contentOf(post.body);
    };
    expect(await replyTo(channelOf(GUILD_A), `${h.discord.botMention} ${question}`, true)).toMatch(
      /Vellmar|Glassworks hires/,
    );
    expect(await replyTo(channelOf(GUILD_B), `${h.discord.botMention} ${question}`, true)).not.toMatch(
      /Vellmar|Glassworks|40/,
    );
    expect(await replyTo(h.discord.dmChannel(h.discord.user()), question, false)).not.toMatch(/Vellmar|Glassworks|40/);
  });

  test("naming another server's article in /ask article: is refused", async () => {
    const text = await ask(GUILD_B, "How many apprentices did the glassworks hire?", {
      article: `guilds/${GUILD_A}/glassworks.md`,
    });
    expect(text).toMatch(/don't have that article here/);
    expect(text).not.toMatch(/40|Vellmar|Glassworks hires/);
  });

  test("autocomplete lists the server's own article by headline and date; choosing it limits the answer to it", async () => {
    const listed = await choices("ask", "article", "glass", GUILD_A);
    expect(listed).toEqual([
      { name: "Glassworks hires 40 apprentices (2023-10-26)", value: `guilds/${GUILD_A}/glassworks.md` },
    ]);
    const only = await ask(GUILD_A, "Who finished the work on the bridge?", { article: listed[0]!.value });
    expect(only).not.toMatch(/Castellan/);
    const byHeadline = await ask(GUILD_A, "Who finished the work on the bridge?", {
      article: "glassworks hires 40 apprentices",
    });
    expect(byHeadline).not.toMatch(/Castellan|don't have that article/);
    const all = await ask(GUILD_A, "Who finished the work on the bridge?");
    expect(all).toMatch(/Castellan/);
  });

  test("every answer from an article with a source shows the link", async () => {
    const text = await ask(GUILD_B, "What did the Quillon observatory spot?");
    expect(text).toMatch(/comet/);
    expect(text).toContain("[source](<https://news.example.org/comet>)");
  });

  test("/article list shows the server's own and everyone's articles, to an admin", async () => {
    const { text, flags } = await admin("list", {}, GUILD_A);
    expect(text).toMatch(/Glassworks hires 40 apprentices/);
    expect(text).toMatch(/Harbour bridge/);
    expect(text).not.toMatch(/Observatory/);
    expect(flags & 64).toBe(64);
  });
});

describe("/article add", () => {
  test("from an attachment: stored, answerable at once in that server only, reply with headline, date, sentences and questions", async () => {
    const file = h.discord.attachment("Tide Mill.md", TIDE_MD, "text/markdown");
    const { text } = await admin("add", { file }, GUILD_B);
    expect(text).toMatch(/Added/);
    expect(text).toMatch(/Tide mill grinds flour again/);
    expect(text).toMatch(/2024-06-11/);
    expect(text).toMatch(/"name":"Sentences","value":"3"/);
    expect(text).toMatch(/Try asking/);
    expect(h.discord.attachmentRequests).toHaveLength(1);
    expect(ownFiles(GUILD_B)).toContain("tide-mill.md");

    const answer = await ask(GUILD_B, "Who restored the waterwheel?");
    expect(answer).toMatch(/Hester Aldane/);
    expect(answer).not.toMatch(/\*\*tide mill\*\*|\]\(https/); // the quote holds what a reader sees
    expect(await ask(GUILD_A, "Who restored the waterwheel?")).not.toMatch(/Hester Aldane/);
  });

  test("from a web page: the article text without scripts or navigation, and its address as source", async () => {
    const { text } = await admin("add", { url: `${base}/ferry` }, GUILD_B);
    expect(text).toMatch(/Ferry strike ends after nine days/);
    expect(text).toMatch(/2024-02-20/);
    const answer = await ask(GUILD_B, "How many members did the union have?");
    expect(answer).toMatch(/140/);
    expect(answer).toContain(`[source](<${base}/ferry>)`);
    expect(answer).not.toMatch(/script text|Home/);
  });

  test("a page in another declared charset is read in it", async () => {
    const { text } = await admin("add", { url: `${base}/latin1` }, GUILD_A);
    expect(text).toMatch(/Added/);
    expect(await ask(GUILD_A, "Whose ferry crews returned to work?")).toMatch(/Saltmarsh café/);
    await admin("remove", { article: `guilds/${GUILD_A}/127.0.0.1-latin1.html` }, GUILD_A);
    expect(ownFiles(GUILD_A)).toEqual(["glassworks.md"]);
  });

  test("the same article twice is refused, from a file or from the same page", async () => {
    const before = ownFiles(GUILD_B);
    const again = await admin("add", { file: h.discord.attachment("copy.md", TIDE_MD) }, GUILD_B);
    expect(again.text).toMatch(/already has that article: “Tide mill grinds flour again”/);
    const page = await admin("add", { url: `${base}/ferry` }, GUILD_B);
    expect(page.text).toMatch(/already one of this server's articles/);
    expect(ownFiles(GUILD_B)).toEqual(before);
  });

  test("a member who cannot Manage Server is refused, and nothing is stored", async () => {
    const before = ownFiles(GUILD_C);
    const file = h.discord.attachment("note.md", TIDE_MD);
    const { text, flags } = await admin("add", { file }, GUILD_C, MEMBER);
    expect(text).toMatch(/Only members who can Manage Server/);
    expect(flags & 64).toBe(64);
    expect(ownFiles(GUILD_C)).toEqual(before);
    expect((await admin("remove", { article: "x" }, GUILD_C, MEMBER)).text).toMatch(/Manage Server/);
  });

  test.each([
    ["too large", () => ({ file: h.discord.attachment("big.txt", "A sentence here. ".repeat(5000)) }), /64 KB/],
    ["not a text type", () => ({ file: h.discord.attachment("report.pdf", "%PDF-1.7") }), /\.txt, \.md and \.html/],
    ["empty", () => ({ file: h.discord.attachment("empty.txt", "") }), /empty/],
    [
      "binary, named .txt",
      () => ({ file: h.discord.attachment("archive.txt", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1, 2])) }),
      /zip archive/,
    ],
    [
      "not UTF-8",
      () => ({ file: h.discord.attachment("latin.txt", Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e])) }),
      /UTF-8/,
    ],
    ["both a file and a url", () => ({ file: h.discord.attachment("a.txt", "A."), url: `${base}/ferry` }), /either/],
    ["neither", () => ({}), /either/],
    ["a page with no article text", () => ({ url: `${base}/menu` }), /no article text/],
    ["a page that never finishes", () => ({ url: `${base}/slow` }), /within 0\.8 s/],
    ["too many redirects", () => ({ url: `${base}/loop` }), /redirects more than 5/],
    ["a redirect to a private address", () => ({ url: `${base}/to-private` }), /public addresses/],
    ["a redirect to the metadata address", () => ({ url: `${base}/to-metadata` }), /public addresses/],
    ["a loopback address", () => ({ url: "http://127.0.0.1:9/" }), /public addresses/],
    ["not http", () => ({ url: "file:///etc/passwd" }), /only http and https/],
    ["an archive served as a page", () => ({ url: `${base}/archive` }), /application\/zip/],
  ])("refuses %s with a clear reply, storing nothing", async (_what, values, message) => {
    const before = ownFiles(GUILD_C);
    const { text, flags } = await admin("add", values(), GUILD_C);
    expect(text).toMatch(message);
    expect(flags & 64).toBe(64);
    expect(ownFiles(GUILD_C)).toEqual(before);
  });

  test("refuses more articles than a server may have", async () => {
    for (const n of [1, 2, 3, 4]) {
      const { text } = await admin(
        "add",
        { file: h.discord.attachment(`n${n}.txt`, `# Note ${n}\n\nNote ${n} has one sentence.`) },
        GUILD_C,
      );
      expect(text).toMatch(/Added/);
    }
    const { text } = await admin("add", { file: h.discord.attachment("n5.txt", "# Note 5\n\nOne more.") }, GUILD_C);
    expect(text).toMatch(/already has 4 articles/);
    expect(ownFiles(GUILD_C)).toHaveLength(4);
  });
});

describe("/article remove and /reload", () => {
  test("remove: autocomplete offers only the server's own articles, to admins; the article is gone at once", async () => {
    const sent = h.discord.subcommandAutocomplete("article", "remove", "article", "", { channel: channelOf(GUILD_A) });
    const offered = (((await sent.response).data?.choices ?? []) as { name: string; value: string }[]).map(
      (c) => c.value,
    );
    expect(offered).toEqual([`guilds/${GUILD_A}/glassworks.md`]);
    const asMember = h.discord.subcommandAutocomplete("article", "remove", "article", "", {
      channel: channelOf(GUILD_A),
      permissions: MEMBER,
    });
    expect((await asMember.response).data?.choices).toEqual([]);

    const everyones = await admin("remove", { article: "bridge.md" }, GUILD_A);
    expect(everyones.text).toMatch(/not one of this server's own articles/);
    const { text } = await admin("remove", { article: `guilds/${GUILD_A}/glassworks.md` }, GUILD_A);
    expect(text).toMatch(/Removed \*\*Glassworks hires 40 apprentices/);
    expect(ownFiles(GUILD_A)).toEqual([]);
    expect(await ask(GUILD_A, "How many apprentices did the glassworks hire?")).not.toMatch(/Vellmar|Glassworks hires/);
  });

  test("/reload reports what changed among this server's files and everyone's, never another server's", async () => {
    folder.write(`guilds/${GUILD_A}/harvest.md`, "# Harvest fair\n\nThe harvest fair drew 3,000 visitors.\n");
    folder.write(`guilds/${GUILD_B}/secret-b.md`, "# Secret of B\n\nOnly server B knows this.\n");
    const reply = await h.discord.slashCommand("reload", {}, { channel: channelOf(GUILD_A) }).reply;
    const text = textOf(reply.data);
    expect(text).toMatch(/harvest\.md/);
    expect(text).not.toMatch(/secret-b/);
    expect(await ask(GUILD_A, "How many visitors did the harvest fair draw?")).toMatch(/3,000/);

    const refused = await h.discord.slashCommand("reload", {}, { channel: channelOf(GUILD_A), permissions: MEMBER })
      .reply;
    expect(textOf(refused.data)).toMatch(/Manage Server/);
  });

  test("/article without a subcommand says which ones there are", async () => {
    const reply = await h.discord.slashCommand("article", {}, { channel: channelOf(GUILD_A) }).reply;
    expect(textOf(reply.data)).toMatch(/Use \/article list, \/article add or \/article remove/);
  });

  test("/article and /reload are refused in a DM", async () => {
    const user = h.discord.user();
    const reply = await h.discord.subcommand("article", "list", {}, { user, channel: h.discord.dmChannel(user) }).reply;
    expect(textOf(reply.data)).toMatch(/works in a server/);
    const reload = await h.discord.slashCommand("reload", {}, { user, channel: h.discord.dmChannel(user) }).reply;
    expect(textOf(reload.data)).toMatch(/works in a server/);
  });
});

describe("a slow /article add", () => {
  test("is deferred privately, so even a late refusal is seen by the admin alone", async () => {
    const slow = await startHarness({
      knowledgeDir: folder.dir,
      emulator: { guilds: [{ id: GUILD_C }] },
      deferAfterMs: 50,
      add: {
        limits: { ...DEFAULT_ADD_LIMITS, timeoutMs: 600, allowPrivate: true },
      },
    });
    try {
      const sent = slow.discord.subcommand("article", "add", { url: `${base}/slow` });
      expect((await sent.response).type).toBe(5); // deferred
      const reply = await sent.reply;
      expect(reply.ephemeral).toBe(true);
      expect(contentOf(reply.data)).toMatch(/within 0\.6 s/);
    } finally {
      await slow.stop();
    }
  });
});
