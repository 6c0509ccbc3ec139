// Turns the raw text of one article file into headline, date, source, paragraphs and sentences.
// Each format has its reader: Markdown through mdast, HTML through Readability, plain text as it
// stands. All three understand front matter (YAML) and the seed's header lines
// (`date 2023-10-26 Headline: …`, `Subtitle: …`); the project's own splitter makes the sentences.
import type { Article, ArticleMeta, Sentence } from "./article.ts";
import { readFrontMatter } from "./front-matter.ts";
import { readHeaderLine } from "./header-lines.ts";
import { htmlArticle } from "./html-text.ts";
import { markdownBlocks, type TextBlock } from "./markdown-text.ts";
import { splitSentences } from "./split-sentences.ts";

export type ArticleFormat = "markdown" | "html" | "text";

export function formatOf(file: string): ArticleFormat {
  if (/\.(md|markdown)$/i.test(file)) return "markdown";
  if (/\.(html?|xhtml)$/i.test(file)) return "html";
  return "text";
}

export function parseArticle(file: string, raw: string, format: ArticleFormat = formatOf(file)): Article {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  let meta: ArticleMeta;
  let blocks: TextBlock[];
  if (format === "html") {
    const page = htmlArticle(text);
    meta = page.meta;
    blocks = page.paragraphs.map((p) => ({ kind: "prose" as const, text: p, line: 0 }));
  } else {
    const front = readFrontMatter(text);
    meta = front.meta;
    blocks = format === "markdown" ? markdownBlocks(front.body) : plainBlocks(front.body);
  }
  const body = readHeader(blocks, meta);

  const headerSentences: Sentence[] = [];
  const push = (part: Sentence["part"], value?: string) => {
    if (value) headerSentences.push({ id: 0, article: file, text: value, paragraph: 0, sentence: 1, part });
  };
  push("headline", meta.headline);
  push("subtitle", meta.subtitle);

  const paragraphs: Sentence[][] = [];
  for (const block of body) {
    if (block.kind !== "prose") continue;
    // In Markdown and HTML a line break inside a paragraph shows as a space; plain text stays verbatim.
    const prose = format === "text" ? block.text : block.text.replace(/\s*\n\s*/g, " ");
    const sentences = splitSentences(prose);
    if (sentences.length === 0) continue;
    const n = paragraphs.length + 1;
    paragraphs.push(
      sentences.map((s, k) => ({
        id: 0,
        article: file,
        text: s.text,
        paragraph: n,
        sentence: k + 1,
        part: "body" as const,
      })),
    );
  }
  return { file, meta, paragraphs, sentences: [...headerSentences, ...paragraphs.flat()], source: raw };
}

/**
 * Reads the header at the top (a level-1 title, header lines, a dateline) into `meta` and returns the
 * blocks after it. A block counts as header only when every one of its lines is a header line.
 */
function readHeader(blocks: TextBlock[], meta: ArticleMeta): TextBlock[] {
  let i = 0;
  for (; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === "heading") {
      if (block.depth === 1 && !meta.headline) {
        meta.headline = block.text;
        continue;
      }
      break;
    }
    // A first line standing alone, short and without a full stop, is the title ("Cornelius Vane",
    // "Storm closes coast road"), as a `# ` line would be.
    if (i === 0 && !meta.headline && blocks.length > 1 && looksLikeTitle(block.text)) {
      meta.headline = block.text.trim();
      continue;
    }
    const lines = block.text.split("\n");
    const found: ArticleMeta = {};
    if (!lines.every((line) => readHeaderLine(line, found))) break;
    // What the front matter or a title already gave wins over a header line.
    for (const [key, value] of Object.entries(found) as [keyof ArticleMeta, string][]) meta[key] ??= value;
  }
  return blocks.slice(i);
}

/** A line of at most six words, capitalised, that does not end like a sentence ("Personal life and death"). */
function looksLikeSectionTitle(line: string): boolean {
  const t = line.trim();
  // (Not a list item, nor a dateline on its own line: "LENNBY, 4 May (Wire) -".)
  return t.split(/\s+/).length <= 6 && looksLikeTitle(t) && !/^(?:[-*•#>]|\d+[.)])|[-–—]$/.test(t);
}

/** One line of at most 16 words that does not end like a sentence or a header line ("Date: …"). */
function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  return (
    !t.includes("\n") &&
    t.length <= 150 &&
    t.split(/\s+/).length <= 16 &&
    /^[\p{Lu}\p{N}"“‘']/u.test(t) &&
    !/[.!?:;,]["”’']?$/.test(t) &&
    !readHeaderLine(t, {})
  );
}

/** A list item's marker at the start of a line: "- ", "* ", "• " (not "-5 degrees", nor "--"). */
const BULLET = /^\s*[-*•–]\s+(?=\S)/;

/** Plain text: paragraphs are separated by blank lines; a `# Title` line is a heading, code fences are dropped. */
function plainBlocks(text: string): TextBlock[] {
  const out: TextBlock[] = [];
  let line = 1;
  for (const chunk of text.split(/\n\s*\n/)) {
    const start = line;
    line += chunk.split("\n").length + 1;
    const kept: string[] = [];
    const lines = chunk.split("\n");
    // A section title on the line above its paragraph, as copied from an encyclopaedia ("Early
    // life", "History"), is a heading, not the start of the paragraph's first sentence.
    if (lines.length > 1 && looksLikeSectionTitle(lines[0]!) && /[.!?]["”’')]?\s*$/.test(lines.at(-1)!)) {
      out.push({ kind: "heading", depth: out.length ? 2 : 1, text: lines.shift()!.trim(), line: start });
    }
    const flush = () => {
      if (kept.length) out.push({ kind: "prose", text: kept.join("\n").trim(), line: start });
      kept.length = 0;
    };
    for (const l of lines) {
      const heading = /^\s*(#{1,6})\s+(.+?)\s*#*\s*$/.exec(l);
      const item = BULLET.exec(l);
      if (heading) {
        flush();
        out.push({ kind: "heading", depth: heading[1]!.length, text: heading[2]!, line: start });
      } else if (item) {
        // A list item stands on its own, as in Markdown: "- Fines of up to £500" is one statement,
        // not the tail of the item above it (items seldom end with a full stop).
        flush();
        kept.push(l.slice(item[0].length));
      } else if (!/^\s*(---+\s*$|```)/.test(l)) kept.push(l);
    }
    const prose = kept.join("\n").trim();
    if (prose) out.push({ kind: "prose", text: prose, line: start });
  }
  return out;
}
