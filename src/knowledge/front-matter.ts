// Front matter: a YAML block between `---` lines at the top of a file, read with a real YAML parser
// so quoting, escapes and lists behave as authors expect.
import { parse as parseYaml } from "yaml";
import { parseDate } from "../text/dates.ts";
import type { ArticleMeta } from "./article.ts";

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export interface FrontMatter {
  meta: ArticleMeta;
  /** The text after the block (the whole text when there is none). */
  body: string;
}

/** Splits off and reads front matter. Text that is not valid YAML (or not a mapping) is left as body. */
export function readFrontMatter(text: string): FrontMatter {
  const m = FENCE.exec(text);
  if (!m) return { meta: {}, body: text };
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch {
    return { meta: {}, body: text };
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return { meta: {}, body: text };
  return { meta: metaFrom(data as Record<string, unknown>), body: text.slice(m[0].length) };
}

/** The keys authors use, in the order they are preferred: `title` or `headline`, `date` or `published`. */
function metaFrom(data: Record<string, unknown>): ArticleMeta {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const v = lower.get(key);
      if (typeof v === "string" && v.trim()) return v.trim();
      if (typeof v === "number") return String(v);
      if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    }
    return undefined;
  };
  const meta: ArticleMeta = {};
  const headline = text("title", "headline");
  const subtitle = text("subtitle", "description");
  const date = text("date", "published", "pubdate");
  const source = text("url", "source");
  if (headline) meta.headline = headline;
  if (subtitle) meta.subtitle = subtitle;
  const iso = date ? parseDate(date) : undefined;
  if (iso) meta.date = iso;
  const link = source ? webLink(source) : undefined;
  if (link) meta.source = link;
  return meta;
}

/** An http(s) URL in its normal form, or undefined: only web links are shown as sources. */
export function webLink(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
