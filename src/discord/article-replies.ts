// Replies of the article commands: what a server can ask about, what was added, removed or reloaded.
// Everything from an article or a person is escaped; file names and headlines shown are only ever the
// asking server's own and everyone's.
import type { APIEmbed } from "discord.js";
import type { Article } from "../knowledge/article.ts";
import type { FolderChanges } from "../knowledge/knowledge-folder.ts";
import { scopeOfFile, SHARED } from "../knowledge/knowledge-folder.ts";
import { LIMITS, truncate } from "./limits.ts";
import { escapeText, paginate, type ReplyPayload } from "./reply.ts";
import { sourceLink } from "./source-link.ts";

/** Sentences of the article's text, not counting headline and subtitle. */
export function bodySentences(article: Article): number {
  return article.paragraphs.reduce((n, p) => n + p.length, 0);
}

/** "Headline (2024-05-02)", the way articles are named in lists and in /ask's article choices. */
export function articleLabel(article: Article): string {
  const headline = article.meta.headline ?? article.file.split("/").pop() ?? article.file;
  return article.meta.date ? `${headline} (${article.meta.date})` : headline;
}

/** /article list and /articles: everyone's articles and, in a server, its own, with source links. */
export function formatArticleList(articles: readonly Article[], guildId: string | null | undefined): ReplyPayload {
  if (articles.length === 0)
    return {
      content: guildId
        ? "No article is loaded here yet. A server admin can add one with /article add."
        : "No article is loaded.",
    };
  const line = (a: Article) => {
    const own = guildId && scopeOfFile(a.file) === guildId ? " · *added here*" : "";
    const link = sourceLink(a.meta.source);
    return `• **${escapeText(truncate(articleLabel(a), 200))}** — ${bodySentences(a)} sentences${own}${link ? ` · ${link}` : ""}`;
  };
  const shared = articles.filter((a) => scopeOfFile(a.file) === SHARED);
  const own = articles.filter((a) => scopeOfFile(a.file) !== SHARED);
  const lines = [...own, ...shared].map(line);
  const [page] = paginate(lines, lines.length, LIMITS.embedDescription);
  const shown = page?.length ?? 0;
  const embed: APIEmbed = {
    title: guildId ? "Articles this server can ask about" : "Articles you can ask about",
    description: page?.join("\n") ?? "",
    ...(shown < lines.length ? { footer: { text: `${lines.length - shown} more not shown` } } : {}),
  };
  const head = articles.length === 1 ? "One article is loaded." : `${articles.length} articles are loaded.`;
  return {
    content: `${head}${own.length ? ` ${own.length} of them ${own.length === 1 ? "was" : "were"} added in this server.` : ""}`,
    embeds: [embed],
  };
}

/** The reply to /article add: headline, date, sentence count, three questions it can now answer. */
export function formatAdded(article: Article, questions: readonly string[]): ReplyPayload {
  const fields = [
    { name: "Date", value: article.meta.date ?? "not given", inline: true },
    { name: "Sentences", value: String(bodySentences(article)), inline: true },
  ];
  const link = sourceLink(article.meta.source, "the page it came from");
  if (link) fields.push({ name: "Source", value: link, inline: true });
  if (questions.length)
    fields.push({
      name: "Try asking",
      value: questions.map((q) => `• /ask ${escapeText(q)}`).join("\n"),
      inline: false,
    });
  return {
    content: "Added. Everyone in this server can ask about it now, and see it in /articles.",
    embeds: [{ title: truncate(article.meta.headline ?? article.file.split("/").pop()!, 256), fields }],
  };
}

export function formatRemoved(article: Article): ReplyPayload {
  return { content: `Removed **${escapeText(articleLabel(article))}**. It is no longer answered from here.` };
}

/** /reload: what changed among the files this server may see. */
export function formatReload(
  changes: FolderChanges,
  earlier: readonly { at: Date; changes: FolderChanges }[],
): ReplyPayload {
  const name = (file: string) => escapeText(file.split("/").pop() ?? file);
  const lines: string[] = [];
  const list = (label: string, files: readonly string[]) => {
    if (files.length) lines.push(`${label}: ${files.map(name).join(", ")}`);
  };
  list("Added", changes.added);
  list("Changed", changes.changed);
  list("Removed", changes.removed);
  for (const f of changes.failed)
    lines.push(
      `Could not use ${name(f.file)}: ${escapeText(f.reason)}${f.kept ? " (its previous version is still served)" : ""}`,
    );
  if (lines.length) return { content: truncate(`Reloaded the knowledge.\n${lines.join("\n")}`, LIMITS.content) };
  const recent = earlier.filter((e) => Object.values(e.changes).some((v) => v.length > 0));
  const last = recent.at(-1);
  const note = last
    ? ` The last change was picked up by itself <t:${Math.floor(last.at.getTime() / 1000)}:R>: ${[
        ...last.changes.added,
        ...last.changes.changed,
        ...last.changes.removed,
        ...last.changes.failed.map((f) => f.file),
      ]
        .map(name)
        .join(", ")}.`
    : "";
  return { content: truncate(`Nothing changed since the last reload.${note}`, LIMITS.content) };
}
