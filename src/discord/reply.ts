// The one place that decides what the bot's Discord messages look like and makes them safe to send:
// Markdown escaped in anything that comes from the article or the user, Discord's size limits kept,
// and `allowedMentions: { parse: [] }` on every message so nothing the bot says can ping anyone.
import { escapeMarkdown, MessageFlags, type APIEmbed, type MessageMentionOptions } from "discord.js";
import type { Answer, Fact, Quote } from "../answer/types.ts";
import type { Article, Sentence } from "../knowledge/article.ts";
import { clampContent, clampEmbeds, LIMITS, truncate } from "./limits.ts";
import { sourceLink } from "./source-link.ts";

/** What a command or message handler wants to say; `toMessage` makes it sendable. */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
}

/** Pings nobody: not @everyone/@here, not roles, not users, not the author of a replied-to message. */
export const noMentions = (): MessageMentionOptions => ({ parse: [], repliedUser: false });

export interface SendableMessage {
  content?: string;
  embeds: APIEmbed[];
  allowedMentions: MessageMentionOptions;
}

/** Every outgoing message goes through here (or through `toInteractionMessage`, which calls it). */
export function toMessage(payload: ReplyPayload): SendableMessage {
  const embeds = clampEmbeds(payload.embeds ?? []);
  let content = payload.content === undefined ? undefined : clampContent(payload.content);
  if (!content?.trim() && embeds.length === 0) content = "(nothing to show)"; // Discord refuses empty messages
  return {
    ...(content !== undefined ? { content } : {}),
    embeds,
    allowedMentions: noMentions(),
  };
}

/** An interaction response; `ephemeral` makes it visible to the user who asked only. */
export function toInteractionMessage(
  payload: ReplyPayload,
  options: { ephemeral?: boolean } = {},
): SendableMessage & { flags?: MessageFlags.Ephemeral } {
  return { ...toMessage(payload), ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}) };
}

/** Escapes every Markdown construct Discord renders, so quoted text shows exactly as written. */
export function escapeText(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** A block quote of text (escaped), line by line. */
function blockQuote(text: string): string {
  return escapeText(text)
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}

function articleOf(articles: readonly Article[], file: string): Article | undefined {
  return articles.find((a) => a.file === file);
}

/** Headline, date and source link in Discord's small print (`-#`). */
function smallPrint(article: Article | undefined, fallbackFile?: string): string {
  const headline = article?.meta.headline ?? article?.file ?? fallbackFile;
  const parts = [
    headline ? escapeText(headline) : undefined,
    article?.meta.date,
    sourceLink(article?.meta.source),
  ].filter(Boolean);
  return parts.length ? `-# ${parts.join(" · ")}` : "";
}

function quoteBlock(quote: Quote, maxText = Infinity): string {
  const text = maxText < quote.text.length ? truncate(quote.text, Math.max(1, maxText)) : quote.text;
  return `${blockQuote(text)}\n— ${quote.location}`;
}

/**
 * Quotes under a heading, then a tail (suggested questions) and the small print of the articles
 * they come from, in at most 2,000 characters: further quotes are dropped first, then the first
 * quote is shortened.
 */
function composeQuoted(head: string, quotes: readonly Quote[], articles: readonly Article[], tail = ""): string {
  const render = (shown: readonly Quote[], blocks: string[]) => {
    const files = [...new Set(shown.map((q) => q.article))];
    const notes = files.map((f) => smallPrint(articleOf(articles, f), f)).filter(Boolean);
    return [head, ...blocks, tail, ...notes].filter(Boolean).join("\n");
  };
  let shown = [...quotes];
  let text = render(
    shown,
    shown.map((q) => quoteBlock(q)),
  );
  while (text.length > LIMITS.content && shown.length > 1) {
    shown = shown.slice(0, -1);
    text = render(
      shown,
      shown.map((q) => quoteBlock(q)),
    );
  }
  const first = shown[0];
  if (text.length > LIMITS.content && first) {
    const overflow = text.length - LIMITS.content;
    // Escaping can lengthen the text, so shorten until it fits.
    for (let room = first.text.length - overflow; room > 0; room -= Math.max(8, Math.ceil(overflow / 4))) {
      text = render(shown, [quoteBlock(first, room)]);
      if (text.length <= LIMITS.content) break;
    }
  }
  return clampContent(text);
}

export const DOESNT_SAY = "The article doesn't say.";
/** The head of a passage reply: the quoted sentence answers, but no short answer is certain. */
export const PASSAGE_HEAD = "The article says:";

/** The reply to a question: short answer, the sentence that says it, where it stands, headline/date. */
export function formatAnswerForDiscord(answer: Answer, articles: readonly Article[]): ReplyPayload {
  // A follow-up or chat spelling: say how the question was read, in small print above the reply.
  const lead = answer.readAs ? `-# Read as: “${escapeText(truncate(answer.readAs, 300))}”\n` : "";
  return formatReply(answer, articles, lead);
}

/** The reply of each kind (answer, passage, decline), under `lead` (the "Read as" line, or nothing). */
function formatReply(answer: Answer, articles: readonly Article[], lead: string): ReplyPayload {
  if (answer.outcome === "passage" && answer.quotes.length > 0) {
    // The sentence is where the article answers, but no short phrase is certain: no bold answer.
    return { content: composeQuoted(`${lead}**${PASSAGE_HEAD}**`, answer.quotes.slice(0, 3), articles) };
  }
  if (answer.answered && answer.quotes.length > 0) {
    let head = `**${escapeText(answer.answer)}**`;
    if (answer.attribution && !answer.answer.toLowerCase().includes(answer.attribution.toLowerCase())) {
      head += ` (${escapeText(answer.attribution)})`;
    }
    return { content: composeQuoted(lead + truncate(head, 500), answer.quotes.slice(0, 3), articles) };
  }
  if (answer.answered) return { content: `${lead}**${escapeText(answer.answer)}**` };
  // Always the same plain words up front, then the engine's reason (e.g. that a name never appears).
  const reason = answer.answer.trim();
  const decline = !reason
    ? `**${DOESNT_SAY}**`
    : /^the article doesn['’]t say\b/i.test(reason)
      ? `**${escapeText(reason)}**`
      : `**${DOESNT_SAY}** ${escapeText(reason)}`;
  const suggestions = (answer.suggestions ?? []).slice(0, 3);
  const tail = suggestions.length
    ? `**You could ask:**\n${suggestions.map((q) => `• ${escapeText(truncate(q, 150))}`).join("\n")}`
    : "";
  if (answer.related.length === 0)
    return { content: clampContent([lead + truncate(decline, 500), tail].filter(Boolean).join("\n")) };
  const head = `${lead}${truncate(decline, 500)}\n**Related passages** (these don't answer the question):`;
  return { content: composeQuoted(head, answer.related.slice(0, 3), articles, tail) };
}

/** `/quote`: the best matching passages, verbatim. */
export function formatQuotes(query: string, quotes: readonly Quote[], articles: readonly Article[]): ReplyPayload {
  const shownQuery = escapeText(truncate(query.trim(), 200));
  if (quotes.length === 0) return { content: `No passage in the article matches “${shownQuery}”.` };
  const head =
    quotes.length === 1
      ? `The passage that best matches “${shownQuery}”:`
      : `The ${quotes.length} passages that best match “${shownQuery}”:`;
  return { content: composeQuoted(head, quotes, articles) };
}

const FACTS_PER_PAGE = 15;

/** `/facts`: one page of facts as an embed; pages hold at most 15 facts and fit an embed description. */
export function formatFacts(
  facts: readonly Fact[],
  articles: readonly Article[],
  options: { topic?: string; page: number },
): ReplyPayload & { pages: number } {
  const sentences = new Map<number, Sentence>();
  for (const article of articles) for (const s of article.sentences) sentences.set(s.id, s);
  const lines = facts.map((fact) => factLine(fact, sentences.get(fact.sentence)));
  const pages = paginate(lines, FACTS_PER_PAGE, LIMITS.embedDescription);
  const title = options.topic ? `Facts about “${truncate(options.topic.trim(), 100)}”` : "Facts in the article";
  if (pages.length === 0) {
    const none = options.topic
      ? `The article states nothing about “${escapeText(truncate(options.topic.trim(), 100))}” that I could extract. Try /quote to search the text.`
      : "No facts could be extracted from the article.";
    return { content: none, pages: 0 };
  }
  const page = Math.min(Math.max(1, options.page), pages.length);
  const next =
    page < pages.length
      ? ` · next: /facts${options.topic ? ` topic:${truncate(options.topic.trim(), 100)}` : ""} page:${page + 1}`
      : "";
  const embed: APIEmbed = {
    title,
    description: pages[page - 1]!.join("\n"),
    footer: { text: `Page ${page} of ${pages.length} · ${facts.length} fact${facts.length === 1 ? "" : "s"}${next}` },
  };
  return { embeds: [embed], pages: pages.length };
}

function factLine(fact: Fact, sentence: Sentence | undefined): string {
  const said = [fact.predicate, fact.object].filter(Boolean).join(" ");
  let line = `• **${escapeText(fact.subject)}** ${escapeText(said)}`;
  if (fact.attribution) line += ` (${escapeText(fact.attribution)})`;
  if (sentence)
    line += ` — ${sentence.part === "body" ? `paragraph ${sentence.paragraph}, sentence ${sentence.sentence}` : sentence.part}`;
  return truncate(line, 600);
}

/** Splits lines into pages of at most `perPage` lines and `maxChars` characters (joined with \n). */
export function paginate(lines: readonly string[], perPage: number, maxChars: number): string[][] {
  const pages: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const raw of lines) {
    const line = truncate(raw, maxChars);
    if (current.length > 0 && (current.length >= perPage || size + 1 + line.length > maxChars)) {
      pages.push(current);
      current = [];
      size = 0;
    }
    size += (current.length ? 1 : 0) + line.length;
    current.push(line);
  }
  if (current.length) pages.push(current);
  return pages;
}

/** An apology that names the reference id also written to the log. */
export function formatFailure(reference: string): ReplyPayload {
  return {
    content: `Sorry, something went wrong while answering. If it keeps happening, tell the bot's owner the reference **${reference}**.`,
  };
}
