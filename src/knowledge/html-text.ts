// HTML to the text a reader sees. A whole page goes through Mozilla's Readability (the extractor
// behind Firefox's Reader View) over linkedom, which drops navigation, scripts, ads and comments;
// the article it keeps is then read block by block, with whitespace as a browser shows it.
import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import { parseDate } from "../text/dates.ts";
import type { ArticleMeta } from "./article.ts";
import { webLink } from "./front-matter.ts";

// The DOM (~22 MB) and Readability are loaded the first time HTML is read; a knowledge folder of
// Markdown and text never pays for them.
const load = createRequire(import.meta.url);
let dom: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function html(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (load("linkedom") as { parseHTML: typeof ParseHtml }).parseHTML,
    Readability: (load("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
  };
  return dom;
}

export interface HtmlArticle {
  meta: ArticleMeta;
  paragraphs: string[];
}

/** Pages with less article text than this are not articles (Readability's own default is 500). */
const MIN_ARTICLE_CHARS = 200;

const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "SVG",
  "IMG",
  "PICTURE",
  "VIDEO",
  "AUDIO",
  "IFRAME",
  "OBJECT",
  "CANVAS",
  "BUTTON",
  "FORM",
  "INPUT",
  "SELECT",
  "TEXTAREA",
  "NAV",
  "PRE",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
]);
const BLOCK = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "LI",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "BLOCKQUOTE",
  "FIGURE",
  "FIGCAPTION",
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "HR",
  "ADDRESS",
  "DETAILS",
  "SUMMARY",
]);

/** The article in a whole HTML page: headline, date, source link and paragraphs; none when it has no article text. */
export function htmlArticle(source: string): HtmlArticle {
  const { parseHTML, Readability } = html();
  // A fragment (no <html>) is read as the body of a page, as a browser would.
  const page = /<html[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(page);
  const meta = pageMeta(document);
  // Readability changes the document it reads, so the fallback below reads a copy.
  const { document: copy } = parseHTML(page);
  let found: ReturnType<ReadabilityClass["parse"]> = null;
  try {
    found = new Readability(document as unknown as Document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    found = null; // a document Readability cannot walk has no article it can find
  }
  if (!found?.content) {
    // Too short for Readability to call it an article: the page's own paragraphs, without its furniture.
    const body = copy.body as unknown as Element | null;
    return { meta, paragraphs: body ? blockTexts(body, FURNITURE) : [] };
  }
  const title = found.title?.trim();
  if (title && !meta.headline) meta.headline = title;
  const published = found.publishedTime ? parseDate(found.publishedTime) : undefined;
  if (published) meta.date ??= published;
  const { document: content } = parseHTML(`<!doctype html><html><body>${found.content}</body></html>`);
  return { meta, paragraphs: blockTexts(content.body as unknown as Element) };
}

/** The visible text of an HTML fragment (inline HTML in Markdown), tags and entities resolved. */
export function htmlFragmentText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment;
  const { document } = html().parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  return blockTexts(document.body as unknown as Element).join("\n");
}

function pageMeta(document: ReturnType<typeof ParseHtml>["document"]): ArticleMeta {
  const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || "";
  const meta: ArticleMeta = {};
  const headline =
    attr('meta[property="og:title"]', "content") || document.querySelector("h1")?.textContent?.trim() || "";
  if (headline) meta.headline = headline.replace(/\s+/g, " ");
  const date = [
    attr('meta[property="article:published_time"]', "content"),
    attr('meta[name="date"]', "content"),
    attr("time[datetime]", "datetime"),
  ].find(Boolean);
  const iso = date ? parseDate(date) : undefined;
  if (iso) meta.date = iso;
  const source = [
    attr('meta[name="source"]', "content"),
    attr('link[rel="canonical"]', "href"),
    attr('meta[property="og:url"]', "content"),
  ]
    .map((v) => (v ? webLink(v) : undefined))
    .find(Boolean);
  if (source) meta.source = source;
  return meta;
}

/** Parts of a page that are not the article, left out when Readability has not already done so. */
const FURNITURE = new Set(["HEADER", "FOOTER", "ASIDE", "H1"]);

/** Paragraph texts under `root`: a block element starts a new paragraph; table rows read "Header: cell; …". */
function blockTexts(root: Element, skipAlso: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  let current = "";
  const flush = () => {
    const text = current.replace(/\s+/g, " ").trim();
    if (text) out.push(text);
    current = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (
      SKIP.has(tag) ||
      skipAlso.has(tag) ||
      el.getAttribute("hidden") !== null ||
      el.getAttribute("aria-hidden") === "true"
    )
      return;
    if (tag === "BR") {
      current += " ";
      return;
    }
    if (tag === "TABLE") {
      flush();
      out.push(...tableRows(el));
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child as Node);
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

function tableRows(table: Element): string[] {
  const cellText = (cell: Element) => (cell.textContent ?? "").replace(/\s+/g, " ").trim();
  const rows = Array.from(table.querySelectorAll("tr")).map((tr) =>
    Array.from(tr.children)
      .filter((c) => /^T[DH]$/i.test(c.tagName))
      .map((c) => cellText(c as Element)),
  );
  const [head, ...body] = rows;
  if (!head) return [];
  if (body.length === 0) return [head.filter(Boolean).join("; ")].filter(Boolean);
  return body
    .map((cells) =>
      cells
        .map((cell, i) => (cell && head[i] ? `${head[i]}: ${cell}` : cell))
        .filter(Boolean)
        .join("; "),
    )
    .filter(Boolean);
}
