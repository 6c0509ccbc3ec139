// Downloads a web page for /article add, with every limit a hostile URL could test: http(s) only,
// public addresses only (checked on the resolved IP of every redirect hop, and the connection pinned
// to that IP so a second DNS answer cannot swap it), a redirect limit, a size limit (also after
// decompression), a time limit over the whole download, and only text-like content types.
import { lookup as dnsLookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { refusedAddress } from "./address-guard.ts";

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Turns a host name into its addresses (stubbed in tests, so no test ever reaches a private range). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Lifts the public-address rule (ALLOW_PRIVATE_URLS=true): for tests and local set-ups. */
  allowPrivate: boolean;
}

export interface FetchOptions extends FetchLimits {
  resolver?: Resolver;
  /** Addresses let through although not public: a test's own loopback server, nothing else. */
  allowAddress?: (address: string, url: URL) => boolean;
  /** Content types accepted, e.g. text/html; empty accepts any (the caller checks the bytes). */
  accept: readonly string[];
}

export interface FetchedPage {
  /** The URL the content came from, after redirects. */
  url: string;
  contentType: string;
  /** The charset the server declared (lower case), if any. */
  charset?: string;
  bytes: Buffer;
}

/** A download refused or failed, with a message meant for the person who asked. */
export class FetchRefused extends Error {
  constructor(
    message: string,
    readonly reason: "url" | "address" | "redirects" | "size" | "timeout" | "type" | "status" | "network",
  ) {
    super(message);
    this.name = "FetchRefused";
  }
}

export async function fetchPage(url: string, options: FetchOptions): Promise<FetchedPage> {
  const resolver = options.resolver ?? systemResolver;
  const deadline = AbortSignal.timeout(options.timeoutMs);
  let current = parseWebUrl(url);
  for (let hop = 0; ; hop++) {
    const pinned = await checkedAddress(current, resolver, options, deadline);
    const response = await get(current, pinned, deadline, options.timeoutMs);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (hop >= options.maxRedirects)
        throw new FetchRefused(
          `The page redirects more than ${options.maxRedirects} times; I stopped following it.`,
          "redirects",
        );
      current = parseWebUrl(new URL(location, current).href, "redirects to");
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FetchRefused(`The page answered with HTTP ${status}, not the page itself.`, "status");
    }
    const [type = "", ...params] = (response.headers["content-type"] ?? "").split(";");
    const contentType = type.trim().toLowerCase();
    const charset = params
      .map((p) => /^\s*charset\s*=\s*"?([\w.:-]+)"?\s*$/i.exec(p)?.[1]?.toLowerCase())
      .find(Boolean);
    if (contentType && options.accept.length > 0 && !options.accept.includes(contentType)) {
      response.resume();
      throw new FetchRefused(
        `That address serves ${contentType}, not a web page or text (${options.accept.join(", ")}).`,
        "type",
      );
    }
    const bytes = await readBody(response, options.maxBytes, deadline, options.timeoutMs);
    return { url: current.href, contentType, bytes, ...(charset ? { charset } : {}) };
  }
}

/** An http(s) URL without credentials, or a FetchRefused saying what is wrong with it. */
export function parseWebUrl(value: string, what = "is"): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new FetchRefused("That is not a web address. Give a full one, starting with https://.", "url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefused(`The address ${what} a ${url.protocol} URL; only http and https pages can be added.`, "url");
  if (url.username || url.password)
    throw new FetchRefused("Addresses with a user name or password in them are not accepted.", "url");
  return url;
}

/** The address to connect to, after checking every address the host name resolves to. */
async function checkedAddress(
  url: URL,
  resolver: Resolver,
  options: Pick<FetchOptions, "allowPrivate" | "allowAddress">,
  deadline: AbortSignal,
): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal }];
  else {
    try {
      addresses = await raceDeadline(resolver(host), deadline);
    } catch (err) {
      if (err instanceof FetchRefused) throw err;
      throw new FetchRefused(`I could not find the host ${host}.`, "network");
    }
  }
  if (addresses.length === 0) throw new FetchRefused(`I could not find the host ${host}.`, "network");
  if (!options.allowPrivate) {
    for (const { address } of addresses) {
      const why = options.allowAddress?.(address, url) ? undefined : refusedAddress(address);
      if (why)
        throw new FetchRefused(
          `I only fetch pages from public addresses, and ${host === address ? host : `${host} leads to ${address}`}, which is not one.`,
          "address",
        );
    }
  }
  return addresses[0]!;
}

function get(url: URL, pinned: ResolvedAddress, deadline: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  // The connection goes to the address just checked, never to a fresh DNS answer.
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    if (deadline.aborted) return reject(timedOut(timeoutMs));
    const req = request(
      url,
      {
        method: "GET",
        lookup,
        // A fresh connection per request: a pooled one would skip the address check of this hop.
        agent: false,
        signal: deadline,
        headers: {
          "user-agent": "article-qa-bot/0.1 (reads one article when a server admin adds it)",
          accept: "text/html, application/xhtml+xml, text/plain, text/markdown;q=0.9, */*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
        },
      },
      resolve,
    );
    req.on("error", (err) =>
      reject(
        deadline.aborted
          ? timedOut(timeoutMs)
          : new FetchRefused(
              `I could not download the page (${(err as NodeJS.ErrnoException).code ?? err.message}).`,
              "network",
            ),
      ),
    );
    req.end();
  });
}

function readBody(
  response: IncomingMessage,
  maxBytes: number,
  deadline: AbortSignal,
  timeoutMs: number,
): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooLarge(maxBytes));
  }
  const encoding = String(response.headers["content-encoding"] ?? "identity").toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : undefined;
  const stream = decoder ? response.pipe(decoder) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const fail = (err: Error) => {
      response.destroy();
      decoder?.destroy();
      reject(err);
    };
    // Counted after decompression, so a small compressed bomb is stopped too.
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(tooLarge(maxBytes));
      else chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", (err) =>
      fail(
        deadline.aborted
          ? timedOut(timeoutMs)
          : new FetchRefused(`The download broke off (${err.message}).`, "network"),
      ),
    );
    response.on("error", (err) =>
      fail(
        deadline.aborted
          ? timedOut(timeoutMs)
          : new FetchRefused(`The download broke off (${err.message}).`, "network"),
      ),
    );
  });
}

function raceDeadline<T>(promise: Promise<T>, deadline: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new FetchRefused("Looking up the host took too long.", "timeout"));
    if (deadline.aborted) return onAbort();
    deadline.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => deadline.removeEventListener("abort", onAbort));
  });
}

export function tooLarge(maxBytes: number): FetchRefused {
  return new FetchRefused(`That is larger than ${formatBytes(maxBytes)}, the most I take for one article.`, "size");
}

function timedOut(ms: number): FetchRefused {
  return new FetchRefused(`The page did not finish downloading within ${Math.round(ms / 100) / 10} s.`, "timeout");
}

export function formatBytes(bytes: number): string {
  return bytes >= 1048576 ? `${Math.round((bytes / 1048576) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}
