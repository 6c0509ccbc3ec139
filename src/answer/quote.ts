import type { Sentence } from "../knowledge/article.ts";
import type { Quote } from "./types.ts";

export function locationOf(s: Sentence): string {
  return s.part === "body" ? `paragraph ${s.paragraph}, sentence ${s.sentence}` : s.part;
}

export function toQuote(s: Sentence): Quote {
  return {
    text: s.text,
    article: s.article,
    paragraph: s.paragraph,
    sentence: s.sentence,
    part: s.part,
    location: locationOf(s),
  };
}
