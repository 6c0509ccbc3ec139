// The replies without a short answer: "the article doesn't say" and "the article says: …", in a
// module of their own so every answering step can give them without importing answer-question.ts
// (which imports them).
import type { Answer, Reply } from "./types.ts";

export function decline(message: string, related: Answer["related"]): Reply {
  return { answered: false, answer: message, quotes: [], related };
}

/** "The article says: …": the sentence(s) that answer, without a short answer the engine is sure of. */
export function passage(lead: string, quotes: Answer["quotes"]): Reply {
  return { outcome: "passage", answered: true, answer: lead, quotes, related: [] };
}
