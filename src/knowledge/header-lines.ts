// The header lines some articles open with instead of front matter: the seed's
// `date 2023-10-26 Headline: …`, `Subtitle: …`, `Date: Thursday, October 26th, 2023`, `Source: https://…`,
// or a line that is only a date ("26/10/2023").
import { parseDate } from "../text/dates.ts";
import type { ArticleMeta } from "./article.ts";
import { webLink } from "./front-matter.ts";

const HEADER_LINE = /^\s*(?:date\s+(\S+)\s+)?(headline|title|subtitle|date|published|source|url)\s*:\s*(.*)$/i;

/** Reads one header line into `meta`; false when the line is not a header. */
export function readHeaderLine(line: string, meta: ArticleMeta): boolean {
  const m = HEADER_LINE.exec(line);
  if (!m) {
    // A line holding nothing but a full date (a dateline under the title).
    const date = line.trim().length <= 40 ? parseDate(line) : undefined;
    if (!date) return false;
    meta.date ??= date;
    return true;
  }
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
    case "source":
    case "url": {
      const link = webLink(v);
      if (!link) return false;
      meta.source ??= link;
      break;
    }
    default:
      meta.date ??= parseDate(v);
  }
  return true;
}
