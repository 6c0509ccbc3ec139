// Discord's size limits, enforced in one place on every message the bot sends. Going over any of them
// makes Discord reject the whole message (400, "Invalid Form Body"), so text is cut with an ellipsis
// instead: an answer slightly shortened is better than no answer.
import type { APIEmbed } from "discord.js";

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of all titles, descriptions, field names and values, footers and author names. */
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const ELLIPSIS = "…";

/** Cuts text to at most `max` UTF-16 units, ending in "…", never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  let cut = max - ELLIPSIS.length;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // would leave half of a surrogate pair
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

function embedSize(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

/** One embed within the per-part limits. */
function clampEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footerText) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name || "\u200b", LIMITS.fieldName),
      value: truncate(f.value || "\u200b", LIMITS.fieldValue),
    }));
  }
  return out;
}

/** Embeds within every limit, including the 6,000 total: the last parts are shortened first. */
export function clampEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, LIMITS.embeds).map(clampEmbed);
  const excess = () => out.reduce((n, e) => n + embedSize(e), 0) - LIMITS.embedTotal;
  // In order: drop fields from the end, shorten descriptions, drop footers, drop whole embeds.
  for (let i = out.length - 1; i >= 0 && excess() > 0; i--) {
    const embed = out[i]!;
    while (excess() > 0 && embed.fields && embed.fields.length > 0) embed.fields.pop();
    if (excess() > 0 && embed.description) {
      const keep = embed.description.length - excess();
      embed.description = keep > 1 ? truncate(embed.description, keep) : undefined;
    }
    if (excess() > 0 && embed.footer) delete embed.footer;
    if (excess() > 0 && i > 0) out.splice(i, 1);
  }
  return out;
}

export function clampContent(content: string): string {
  return truncate(content, LIMITS.content);
}

export function clampChoice<T extends string | number>(choice: {
  name: string;
  value: T;
}): { name: string; value: T } | undefined {
  const name = truncate(choice.name.trim(), LIMITS.choiceName);
  if (!name) return undefined;
  if (typeof choice.value === "string") {
    // A cut value would submit a different question than the one shown, so it is left out instead.
    if (choice.value.length === 0 || choice.value.length > LIMITS.choiceValue) return undefined;
  }
  return { name, value: choice.value };
}
