// The reply for "the article doesn't say": its own module so every answering step can decline
// without importing answer-question.ts (which imports them).
import type { Answer, Reply } from "./types.ts";

export function decline(message: string, related: Answer["related"]): Reply {
  return { answered: false, answer: message, quotes: [], related };
}
