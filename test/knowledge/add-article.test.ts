// Adding articles outside Discord's plumbing: where an attachment may be downloaded from.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AddRefused, addArticle, attachmentUrlCheck } from "../../src/registry/add-article.ts";
import { DEFAULT_ADD_LIMITS } from "../../src/registry/add-limits.ts";
import { EngineRegistry } from "../../src/registry/engine-registry.ts";
import { GUILD_A, SHARED_ARTICLE, tempFolder } from "./fixtures.ts";

const NOTE = "# Canal reopens\n\nThe Brindle canal reopened to boats on Friday after dredging.\n";
let server: Server;
let port = 0;
beforeAll(async () => {
  server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/markdown" }).end(NOTE));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe("attachment addresses", () => {
  it("trusts Discord's CDN and the configured API's origin, nothing else", () => {
    const trusted = attachmentUrlCheck("http://127.0.0.1:4000/api");
    expect(trusted(new URL("https://cdn.discordapp.com/attachments/1/2/a.md"))).toBe(true);
    expect(trusted(new URL("https://media.discordapp.net/attachments/1/2/a.md"))).toBe(true);
    expect(trusted(new URL("http://127.0.0.1:4000/attachments/1/2/a.md"))).toBe(true);
    expect(trusted(new URL("http://127.0.0.1:4001/a.md"))).toBe(false);
    expect(trusted(new URL("http://cdn.discordapp.com/a.md"))).toBe(false); // not https
    expect(trusted(new URL("https://cdn.discordapp.com.example.org/a.md"))).toBe(false);
  });

  it("an attachment from elsewhere is held to the public-address rule, which ALLOW_PRIVATE_URLS lifts", async () => {
    const folder = tempFolder({ "bridge.md": SHARED_ARTICLE });
    try {
      const registry = await EngineRegistry.open(folder.dir, { engine: { useFactsFiles: false } });
      const source = {
        kind: "file" as const,
        name: "canal.md",
        url: `http://127.0.0.1:${port}/canal.md`,
        size: NOTE.length,
      };
      const strict = { limits: DEFAULT_ADD_LIMITS, isAttachmentUrl: () => false };
      await expect(addArticle(registry, GUILD_A, source, strict)).rejects.toThrow(AddRefused);
      await expect(addArticle(registry, GUILD_A, source, strict)).rejects.toThrow(/public addresses/);
      const added = await addArticle(registry, GUILD_A, source, {
        ...strict,
        limits: { ...DEFAULT_ADD_LIMITS, allowPrivate: true },
      });
      expect(added.article.meta.headline).toBe("Canal reopens");
      expect(registry.engineFor(GUILD_A).ask("Which canal reopened?").answer).toMatch(/Brindle/);
    } finally {
      folder.cleanup();
    }
  });
});
