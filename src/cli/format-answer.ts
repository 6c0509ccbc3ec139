// Plain-text rendering of an answer for the terminal.
import type { Answer } from "../answer/types.ts";

export function formatAnswerForTerminal(a: Answer): string {
  const lines = [a.answer];
  for (const q of a.quotes) lines.push(`  “${q.text}”`, `    — ${q.article}, ${q.location}`);
  if (!a.answered && a.related.length) {
    lines.push("  Related passages (not an answer):");
    for (const q of a.related) lines.push(`  “${q.text}”`, `    — ${q.article}, ${q.location}`);
  }
  return lines.join("\n");
}
