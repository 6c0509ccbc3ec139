// Turns the raw text of one article file into headline, date, paragraphs and sentences.
// Understands three ways of giving the headline: the seed's header lines
// (`date 2023-10-26 Headline: …`, `Subtitle: …`), YAML-like front matter, and a Markdown `# Title`.
import type { Article, ArticleMeta, Sentence } from "./article.ts";
import { splitSentences } from "./split-sentences.ts";
import { parseDate } from "../text/dates.ts";

const HEADER_LINE = /^\s*(?:date\s+(\S+)\s+)?(headline|title|subtitle|date|published)\s*:\s*(.*)$/i;

export function parseArticle(file: string, raw: string): Article {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const meta: ArticleMeta = {};
  const lines = text.split("\n");
  let i = 0;

  // Front matter: --- key: value ... ---
  if (lines[0]?.trim() === "---") {
    const close = lines.findIndex((l, n) => n > 0 && l.trim() === "---");
    if (close > 0) {
      for (const line of lines.slice(1, close)) readHeader(line, meta);
      i = close + 1;
    }
  }
  // Header lines and a leading Markdown title, before the first paragraph of prose.
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const title = /^\s*#\s+(.+?)\s*#*\s*$/.exec(line);
    if (title && !meta.headline) {
      meta.headline = title[1];
      continue;
    }
    if (!readHeader(line, meta)) break;
  }

  const headerSentences: Sentence[] = [];
  const push = (part: Sentence["part"], value?: string) => {
    if (value) headerSentences.push({ id: 0, article: file, text: value, paragraph: 0, sentence: 1, part });
  };
  push("headline", meta.headline);
  push("subtitle", meta.subtitle);

  const paragraphs: Sentence[][] = [];
  for (const block of lines
    .slice(i)
    .join("\n")
    .split(/\n\s*\n/)) {
    const prose = block
      .split("\n")
      .filter((l) => !/^\s*(#{1,6}\s|---+\s*$|```)/.test(l))
      .join("\n")
      .trim();
    if (!prose) continue;
    const n = paragraphs.length + 1;
    paragraphs.push(
      splitSentences(prose).map((s, k) => ({
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

/** Reads one `key: value` header line into `meta`; false when the line is not a header. */
function readHeader(line: string, meta: ArticleMeta): boolean {
  const m = HEADER_LINE.exec(line);
  if (!m) return false;
  const [, leadingDate, key, value = ""] = m;
  const v = value.trim().replace(/^["']|["']$/g, "");
  if (leadingDate) meta.date ??= parseDate(leadingDate);
  switch (key!.toLowerCase()) {
    case "headline":
    case "title":
      if (v) meta.headline = v;
      break;
    case "subtitle":
      if (v) meta.subtitle = v;
      break;
    default:
      meta.date ??= parseDate(v);
  }
  return true;
}
