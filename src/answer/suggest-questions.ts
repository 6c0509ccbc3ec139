// Autocomplete for /ask: questions generated from the extracted facts, ranked by what has been
// typed so far. Built once per index and served from memory.
import Fuse from "fuse.js";
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import type { Fact } from "./types.ts";
import { answerQuestion } from "./answer-question.ts";

/** Questions tried when building the list; enough for a long article, bounded for a large knowledge base. */
const MAX_CANDIDATES = 300;
const suggestionCache = new WeakMap<KnowledgeIndex, { all: string[]; fuse: Fuse<string> }>();

function questionsFor(f: Fact): string[] {
  switch (f.kind) {
    case "meta":
      return f.predicate === "published"
        ? ["When was the article published?"]
        : f.predicate === "headline"
          ? ["What is the headline?"]
          : [];
    case "role":
      return [`Who is ${f.subject}?`];
    case "number":
      return [`How many ${f.object.split(/\s+/).slice(0, 3).join(" ")}?`];
    case "relation":
      return [`Who ${f.predicate} ${f.object}?`];
    default:
      return [];
  }
}

export function suggestQuestions(index: KnowledgeIndex, typed: string, limit: number): string[] {
  let cached = suggestionCache.get(index);
  if (!cached) {
    // Only questions the engine really answers are offered, so a suggestion never leads to "doesn't say".
    const all = [...new Set(index.facts.flatMap(questionsFor))]
      .filter((q) => q.length <= 100)
      .slice(0, MAX_CANDIDATES)
      .filter((q) => answerQuestion(index, q).answered);
    cached = { all, fuse: new Fuse(all, { ignoreLocation: true, threshold: 0.45 }) };
    suggestionCache.set(index, cached);
  }
  const t = typed.trim().slice(0, 100);
  const ranked = t ? cached.fuse.search(t).map((r) => r.item) : cached.all;
  return ranked.slice(0, Math.max(0, Math.min(limit, 25)));
}
