// The SSRF guard and the download limits. No test here ever opens a connection to anything but the
// test's own server on 127.0.0.1: refusals are checked with a stubbed resolver, and a spy on
// Socket#connect proves that a refused address was never dialled.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Socket } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { refusedAddress } from "../../src/web/address-guard.ts";
import { FetchRefused, fetchPage, type FetchOptions, type Resolver } from "../../src/web/fetch-page.ts";

/** Made-up host names and what the stubbed resolver says they resolve to. */
const DNS: Record<string, string[]> = {
  "loopback.test": ["127.0.0.1"],
  "ten.test": ["10.20.30.40"],
  "one72.test": ["172.20.1.1"],
  "one92.test": ["192.168.1.10"],
  "metadata.test": ["169.254.169.254"],
  "v6loopback.test": ["::1"],
  "ula.test": ["fd12:3456:789a::1"],
  "mapped.test": ["::ffff:10.0.0.1"],
  "mixed.test": ["93.184.215.14", "10.0.0.7"],
  "public.test": ["93.184.215.14"],
};
const resolver: Resolver = async (host) => {
  const found = DNS[host];
  if (!found) throw new Error(`ENOTFOUND ${host}`);
  return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

let server: Server;
let port = 0;
let hits: string[] = [];
const PAGE = "<html><body><p>A small page.</p></body></html>";

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? "");
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/page") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
    else if (url.pathname === "/gz")
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(PAGE));
    else if (url.pathname === "/bomb")
      res
        .writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" })
        .end(gzipSync(Buffer.alloc(5_000_000, 32)));
    else if (url.pathname === "/big") res.writeHead(200, { "content-type": "text/html" }).end("x".repeat(3000));
    else if (url.pathname === "/zip") res.writeHead(200, { "content-type": "application/zip" }).end("PK");
    else if (url.pathname === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>");
      // never ends: the timeout must
    } else if (url.pathname === "/to") res.writeHead(302, { location: url.searchParams.get("u") ?? "/" }).end();
    else if (url.pathname === "/loop")
      res.writeHead(302, { location: `/loop?n=${Number(url.searchParams.get("n")) + 1}` }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
afterEach(() => {
  hits = [];
  vi.restoreAllMocks();
});

/** Options for fetching from the test server: public addresses only, except this one loopback port. */
function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    maxBytes: 2000,
    timeoutMs: 2000,
    maxRedirects: 3,
    allowPrivate: false,
    resolver,
    accept: ["text/html", "text/plain"],
    ...overrides,
  };
}
/** Lets the test's own server through the guard, and nothing else. */
const ownServer = { allowAddress: (a: string, url: URL) => a === "127.0.0.1" && url.port === String(port) };

/** Records every outgoing connection attempt. */
function spyConnections(): string[] {
  const dialled: string[] = [];
  const original = Socket.prototype.connect;
  vi.spyOn(Socket.prototype, "connect").mockImplementation(function (this: Socket, ...args: unknown[]) {
    // net.createConnection passes its normalised [options, callback] as the first argument.
    const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { host?: string; port?: number };
    dialled.push(`${first.host}:${first.port}`);
    return (original as (...a: unknown[]) => Socket).apply(this, args);
  });
  return dialled;
}

async function refusal(promise: Promise<unknown>): Promise<FetchRefused> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(FetchRefused);
    return err as FetchRefused;
  }
  throw new Error("expected a refusal");
}

describe("address classification", () => {
  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.0.0.1",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.0.1",
    "169.254.169.254",
    "0.0.0.0",
    "100.64.0.1",
    "::1",
    "::",
    "fd00::1",
    "fc00::abcd",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:a00:1",
    "[::1]",
  ])("%s is refused", (address) => {
    expect(refusedAddress(address)).toMatch(/not a public address/);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:93.184.215.14"])(
    "%s is public",
    (address) => {
      expect(refusedAddress(address)).toBeUndefined();
    },
  );
});

describe("fetchPage refuses without connecting", () => {
  it.each([
    ["http://127.0.0.1/page"],
    ["http://10.1.2.3/"],
    ["http://172.16.5.4/"],
    ["http://192.168.0.1/"],
    ["http://169.254.169.254/latest/meta-data/"],
    ["http://[::1]/"],
    ["http://[fd00::1]/"],
    ["http://[::ffff:127.0.0.1]/"],
    ["http://[0:0:0:0:0:ffff:7f00:1]/"],
    // Other spellings of 127.0.0.1, which the URL parser normalises before the check.
    ["http://2130706433/"],
    ["http://0x7f.1/"],
    ["http://0177.0.0.1/"],
    ["http://127.1/"],
    ["http://loopback.test/"],
    ["http://ten.test/"],
    ["http://one72.test/"],
    ["http://one92.test/"],
    ["http://metadata.test/"],
    ["http://v6loopback.test/"],
    ["http://ula.test/"],
    ["http://mapped.test/"],
    ["http://mixed.test/"],
  ])("%s", async (url) => {
    const dialled = spyConnections();
    const err = await refusal(fetchPage(url, options()));
    expect(err.reason).toBe("address");
    expect(err.message).toMatch(/public addresses/);
    expect(dialled).toEqual([]);
  });

  it.each([
    "file:///etc/passwd",
    "ftp://public.test/a.txt",
    "gopher://public.test/",
    "javascript:alert(1)",
    "not a url",
  ])("%s is not a web address", async (url) => {
    const dialled = spyConnections();
    expect((await refusal(fetchPage(url, options()))).reason).toBe("url");
    expect(dialled).toEqual([]);
  });

  it("refuses credentials in the URL", async () => {
    expect((await refusal(fetchPage("http://user:pw@public.test/", options()))).reason).toBe("url");
  });
});

describe("redirects are checked hop by hop", () => {
  it.each([
    "http://127.0.0.1:1/",
    "http://10.0.0.1/",
    "http://172.16.0.1/",
    "http://192.168.1.1/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/",
    "http://[fd00::1]/",
    "http://loopback.test/",
    "http://ten.test/",
    "http://one72.test/",
    "http://one92.test/",
    "http://metadata.test/",
    "http://v6loopback.test/",
    "http://ula.test/",
    "http://mapped.test/",
    "file:///etc/passwd",
  ])("a redirect to %s is refused, and only the test server is dialled", async (target) => {
    const dialled = spyConnections();
    const err = await refusal(
      fetchPage(`http://127.0.0.1:${port}/to?u=${encodeURIComponent(target)}`, options(ownServer)),
    );
    expect(["address", "url"]).toContain(err.reason);
    expect(dialled).toEqual([`127.0.0.1:${port}`]);
    expect(hits).toEqual([`/to?u=${encodeURIComponent(target)}`]);
  });

  it("follows a redirect to an allowed page", async () => {
    const page = await fetchPage(`http://127.0.0.1:${port}/to?u=/page`, options(ownServer));
    expect(page.bytes.toString()).toBe(PAGE);
    expect(page.url).toBe(`http://127.0.0.1:${port}/page`);
  });

  it("stops after too many redirects", async () => {
    const err = await refusal(fetchPage(`http://127.0.0.1:${port}/loop?n=0`, options(ownServer)));
    expect(err.reason).toBe("redirects");
    expect(hits.length).toBe(4);
  });
});

describe("download limits", () => {
  const local = (path: string, o: Partial<FetchOptions> = {}) =>
    fetchPage(`http://127.0.0.1:${port}${path}`, options({ allowPrivate: true, ...o }));

  it("ALLOW_PRIVATE_URLS lets a loopback page through", async () => {
    expect((await local("/page")).contentType).toBe("text/html");
  });
  it("decompresses gzip", async () => {
    expect((await local("/gz")).bytes.toString()).toBe(PAGE);
  });
  it("refuses a page over the size limit", async () => {
    expect((await refusal(local("/big"))).reason).toBe("size");
  });
  it("refuses a compressed bomb by its decompressed size", async () => {
    expect((await refusal(local("/bomb"))).reason).toBe("size");
  });
  it("refuses a type that is not a page or text", async () => {
    const err = await refusal(local("/zip"));
    expect(err.reason).toBe("type");
    expect(err.message).toMatch(/application\/zip/);
  });
  it("gives up on a page that never finishes", async () => {
    const started = Date.now();
    expect((await refusal(local("/slow", { timeoutMs: 300 }))).reason).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it("reports an HTTP error status", async () => {
    expect((await refusal(local("/missing"))).message).toMatch(/404/);
  });
  it("reports an unknown host", async () => {
    expect((await refusal(fetchPage("http://nowhere.test/", options()))).reason).toBe("network");
  });
});
