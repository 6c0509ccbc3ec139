// Plain-text rendering of an answer for the terminal, one look per kind of reply:
// - answer:   the short answer, then the sentence that says it, where it stands, and who says so;
// - passage:  "The article says:" and the sentence(s), with no short answer;
// - declined: "The article doesn't say", the closest passages labelled as related, and questions
//             the bot can answer instead.
import type { Answer, Quote } from "../answer/types.ts";
import type { Article } from "../knowledge/article.ts";

const DOESNT_SAY = /^the article doesn['’]t say\b/i;

/** The reply; with the articles, the source address of each article quoted follows it. */
export function formatAnswerForTerminal(a: Answer, articles: readonly Article[] = []): string {
  const lines: string[] = [];
  const sources = (quotes: readonly Quote[]) => {
    const quoted = new Set(quotes.map((q) => q.article));
    for (const article of articles)
      if (quoted.has(article.file) && article.meta.source) lines.push(`  source: ${article.meta.source}`);
  };
  if (a.readAs) lines.push(`(read as: “${a.readAs}”)`);
  const quote = (q: Quote) => lines.push(`  “${q.text}”`, `    — ${q.article}, ${q.location}`);
  if (a.outcome === "declined") {
    const reason = a.answer.trim();
    lines.push(
      !reason || DOESNT_SAY.test(reason) ? reason || "The article doesn't say." : `The article doesn't say. ${reason}`,
    );
    if (a.related.length) {
      lines.push("  Related passages (not an answer):");
      a.related.forEach(quote);
      sources(a.related);
    }
    if (a.suggestions?.length) {
      lines.push("  Questions the article does answer:");
      for (const s of a.suggestions.slice(0, 3)) lines.push(`  - ${s}`);
    }
    return lines.join("\n");
  }
  if (a.outcome === "passage") {
    lines.push("The article says:");
    a.quotes.forEach(quote);
    sources(a.quotes);
    return lines.join("\n");
  }
  lines.push(a.answer);
  a.quotes.forEach(quote);
  if (a.attribution && !a.answer.toLowerCase().includes(a.attribution.toLowerCase()))
    lines.push(`    (${a.attribution})`);
  sources(a.quotes);
  return lines.join("\n");
}
