// Adding an article to one server's knowledge from a file or a web page, and removing one. Every
// limit is checked before anything is written, each with a message for the admin who asked; an
// article is stored only once it has parsed into sentences, and is answerable as soon as this returns.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type { Article } from "../knowledge/article.ts";
import { guildFolder, isGuildId } from "../knowledge/knowledge-folder.ts";
import { decodeArticleBytes, KnowledgeError } from "../knowledge/load-knowledge.ts";
import { type ArticleFormat, parseArticle } from "../knowledge/parse-article.ts";
import { FetchRefused, fetchPage, formatBytes, parseWebUrl, type Resolver } from "../web/fetch-page.ts";
import type { AddLimits } from "./add-limits.ts";
import type { EngineRegistry } from "./engine-registry.ts";

/** A refusal with the reply for the admin; nothing was stored. */
export class AddRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AddRefused";
  }
}

export type ArticleSource = { kind: "file"; name: string; url: string; size: number } | { kind: "url"; url: string };

export interface AddedArticle {
  /** The stored file, relative to the knowledge folder. */
  file: string;
  article: Article;
  /** Up to three questions the new article answers. */
  questions: string[];
}

export interface AddDeps {
  limits: AddLimits;
  resolver?: Resolver;
  /** Whether an attachment URL really is Discord's (its CDN, or the API the bot talks to). */
  isAttachmentUrl?: (url: URL) => boolean;
  allowAddress?: (address: string, url: URL) => boolean;
}

const FILE_TYPES: Record<string, ArticleFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};
const PAGE_TYPES: Record<string, ArticleFormat> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};
/** Formats known by their first bytes, to name what was sent instead of text. */
const SIGNATURES: [RegExp, string][] = [
  [/^PK\x03\x04/, "a zip archive"],
  [/^%PDF/, "a PDF"],
  [/^\x1f\x8b/, "a gzip archive"],
  [/^\x89PNG/, "a PNG image"],
  [/^GIF8/, "a GIF image"],
  [/^\xff\xd8\xff/, "a JPEG image"],
  [/^Rar!/, "a RAR archive"],
  [/^7z\xbc\xaf/, "a 7-Zip archive"],
  [/^\x7fELF/, "a program"],
  [/^MZ/, "a program"],
];

export const DISCORD_CDN_HOSTS = ["cdn.discordapp.com", "media.discordapp.net"];

export async function addArticle(
  registry: EngineRegistry,
  guildId: string,
  source: ArticleSource,
  deps: AddDeps,
): Promise<AddedArticle> {
  if (!isGuildId(guildId)) throw new AddRefused("Articles can only be added inside a server.");
  const { limits } = deps;
  const own = registry.ownArticles(guildId);
  if (own.length >= limits.maxArticles)
    throw new AddRefused(
      `This server already has ${own.length} articles, the most it may have. Remove one with /article remove first.`,
    );

  const { name, format, text, from } =
    source.kind === "file" ? await readAttachment(source, deps) : await readPage(source.url, deps);

  if (from && own.some((a) => a.meta.source === from))
    throw new AddRefused(`That page is already one of this server's articles.`);

  const twin = own.find((a) => a.source === text || (from !== undefined && a.source.endsWith(text)));
  if (twin)
    throw new AddRefused(`This server already has that article: “${clip(twin.meta.headline ?? basename(twin.file))}”.`);

  const stored = from && format !== "html" ? withSourceLine(text, from) : text;
  const content = from && format === "html" ? `<meta name="source" content="${escapeAttr(from)}">\n${stored}` : stored;
  const folder = guildFolder(guildId);
  const file = freeName(registry, folder, name, own);
  let article: Article;
  try {
    article = parseArticle(file, content, format);
  } catch (err) {
    throw new AddRefused(`I could not read that as an article (${(err as Error).message}).`);
  }
  if (article.paragraphs.length === 0)
    throw new AddRefused(
      format === "html"
        ? "I found no article text on that page (only menus, scripts or too little prose)."
        : "That file holds no sentences I could read.",
    );

  try {
    writeAtomically(registry.folder.pathOf(file), content);
  } catch (err) {
    throw new AddRefused(
      `I could not store the article (${(err as NodeJS.ErrnoException).code ?? "write failed"}): the knowledge folder may not be writable. Tell whoever hosts the bot.`,
    );
  }
  const report = await registry.refresh();
  const failed = report.failed.find((f) => f.file === file);
  const engine = registry.articleEngine(guildId, file);
  if (failed || !engine) {
    rmSync(registry.folder.pathOf(file), { force: true });
    await registry.refresh();
    throw new AddRefused(`The article could not be stored: ${failed?.reason ?? "it did not load"}.`);
  }
  return { file, article: engine.articles[0]!, questions: sampleQuestions(engine.suggest("", 25)) };
}

/** Three questions that show what the article holds: about its content first, its headline and date last. */
function sampleQuestions(suggested: readonly string[]): string[] {
  const generic = /^(What is the headline|When was the article published)\?$/;
  return [...suggested.filter((q) => !generic.test(q)), ...suggested.filter((q) => generic.test(q))].slice(0, 3);
}

/** Removes one of the server's own articles; undefined when it has no such article. */
export async function removeArticle(
  registry: EngineRegistry,
  guildId: string,
  file: string,
): Promise<Article | undefined> {
  const article = registry.ownArticles(guildId).find((a) => a.file === file);
  if (!article) return undefined;
  rmSync(registry.folder.pathOf(file), { force: true });
  rmSync(registry.folder.pathOf(file.replace(/\.[^./]+$/, ".facts.json")), { force: true });
  await registry.refresh();
  return article;
}

async function readAttachment(
  source: Extract<ArticleSource, { kind: "file" }>,
  deps: AddDeps,
): Promise<{ name: string; format: ArticleFormat; text: string; from?: string }> {
  const { limits } = deps;
  const ext = extname(source.name).toLowerCase();
  const format = FILE_TYPES[ext];
  if (!format)
    throw new AddRefused(
      `I take .txt, .md and .html files; “${clip(source.name)}” is ${ext ? `a ${ext} file` : "a file without an extension"}.`,
    );
  if (source.size > limits.maxBytes)
    throw new AddRefused(
      `That file is ${formatBytes(source.size)}; the most I take for one article is ${formatBytes(limits.maxBytes)}.`,
    );
  if (source.size === 0) throw new AddRefused("That file is empty.");
  let bytes: Buffer;
  try {
    const url = parseWebUrl(source.url);
    // Discord's own CDN (or the API the bot is pointed at) is trusted; an attachment anywhere else
    // is held to the same public-address rule as a URL someone types.
    const fromDiscord = (deps.isAttachmentUrl ?? isDiscordCdn)(url);
    ({ bytes } = await fetchPage(url.href, {
      ...limits,
      maxRedirects: fromDiscord ? 0 : limits.maxRedirects,
      allowPrivate: fromDiscord || limits.allowPrivate,
      accept: [],
      ...(deps.resolver ? { resolver: deps.resolver } : {}),
      ...(deps.allowAddress ? { allowAddress: deps.allowAddress } : {}),
    }));
  } catch (err) {
    if (err instanceof FetchRefused) throw new AddRefused(`I could not download the file: ${err.message}`);
    throw err;
  }
  return { name: source.name, format, text: decode(bytes, "That file") };
}

async function readPage(
  value: string,
  deps: AddDeps,
): Promise<{ name: string; format: ArticleFormat; text: string; from: string }> {
  let page: Awaited<ReturnType<typeof fetchPage>>;
  try {
    parseWebUrl(value);
    page = await fetchPage(value, {
      ...deps.limits,
      accept: Object.keys(PAGE_TYPES),
      ...(deps.resolver ? { resolver: deps.resolver } : {}),
      ...(deps.allowAddress ? { allowAddress: deps.allowAddress } : {}),
    });
  } catch (err) {
    if (err instanceof FetchRefused) throw new AddRefused(err.message);
    throw err;
  }
  const format = PAGE_TYPES[page.contentType] ?? "html";
  const url = new URL(page.url);
  const stem = `${url.hostname}-${basename(url.pathname).replace(/\.[a-z0-9]+$/i, "") || "page"}`;
  const ext = format === "html" ? ".html" : format === "markdown" ? ".md" : ".txt";
  return { name: `${stem}${ext}`, format, text: decode(page.bytes, "That page", page.charset), from: page.url };
}

/** The bytes as text; a page that declares another charset (windows-1252, say) is read in it. */
function decode(bytes: Buffer, what: string, charset?: string): string {
  const head = bytes.subarray(0, 8).toString("binary");
  const kind = SIGNATURES.find(([re]) => re.test(head))?.[1];
  if (kind) throw new AddRefused(`${what} is ${kind}, not text. Send a .txt, .md or .html file.`);
  try {
    if (charset && !/^utf-?8$/.test(charset) && !bytes.includes(0)) {
      let decoder: TextDecoder | undefined;
      try {
        decoder = new TextDecoder(charset);
      } catch {
        decoder = undefined; // a label TextDecoder does not know: read as UTF-8 below
      }
      if (decoder) return decodeArticleBytes(Buffer.from(decoder.decode(bytes), "utf8"));
    }
    return decodeArticleBytes(bytes);
  } catch (err) {
    if (err instanceof KnowledgeError) throw new AddRefused(`${what} cannot be used: ${err.message}.`);
    throw err;
  }
}

function isDiscordCdn(url: URL): boolean {
  return url.protocol === "https:" && DISCORD_CDN_HOSTS.includes(url.hostname);
}

/**
 * Attachments are downloaded from Discord's CDN only, or from the API the bot is pointed at
 * (DISCORD_API_URL: a proxy, or the tests' emulator, which serves them there).
 */
export function attachmentUrlCheck(apiUrl: string | undefined): (url: URL) => boolean {
  const api = apiUrl ? new URL(apiUrl).origin : undefined;
  return (url) => isDiscordCdn(url) || url.origin === api;
}

/** A safe file name in the server's folder that no article uses yet: "storm-report.md", "storm-report-2.md". */
function freeName(registry: EngineRegistry, folder: string, name: string, own: readonly Article[]): string {
  const ext = extname(name).toLowerCase();
  const stem =
    basename(name, extname(name))
      .normalize("NFKD")
      .replace(/[^\w.-]+/g, "-")
      .replace(/^[-.]+|[-.]+$/g, "")
      .toLowerCase()
      .slice(0, 60) || "article";
  const taken = new Set(own.map((a) => a.file));
  for (let n = 1; ; n++) {
    const file = join(folder, `${stem}${n === 1 ? "" : `-${n}`}${ext}`)
      .split("\\")
      .join("/");
    if (!taken.has(file) && !existsOnDisk(registry, file)) return file;
  }
}

function existsOnDisk(registry: EngineRegistry, file: string): boolean {
  try {
    return statSync(registry.folder.pathOf(file)).isFile();
  } catch {
    return false;
  }
}

/** Written beside the target and renamed into place, so a watcher never reads half a file. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, path);
}

/** The page's address added to a text or Markdown article as front matter (or into the one it has). */
function withSourceLine(text: string, url: string): string {
  const line = `source: ${JSON.stringify(url)}`;
  if (/^---[ \t]*\r?\n/.test(text)) {
    if (/^(url|source)\s*:/im.test(text.split(/\r?\n---/)[0] ?? "")) return text;
    return text.replace(/^---[ \t]*\r?\n/, `---\n${line}\n`);
  }
  return `---\n${line}\n---\n${text}`;
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
