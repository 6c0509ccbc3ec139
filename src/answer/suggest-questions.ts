// Autocomplete for /ask: questions generated from the extracted facts, ranked by what has been
// typed so far. Built once per index and served from memory.
import Fuse from "fuse.js";
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import { contentKeys } from "../text/tokens.ts";
import { tagSentence } from "../text/tag-sentence.ts";
import type { Fact } from "./types.ts";
import { answerQuestion } from "./answer-question.ts";

/** Questions tried when building the list; enough for a long article, bounded for a large knowledge base. */
const MAX_CANDIDATES = 300;
/** Up to this many sentences, a decline may build the list itself (a few hundred quick asks); beyond, only autocomplete does. */
const BUILD_ON_DECLINE_LIMIT = 500;

interface SuggestionPool {
  all: string[];
  fuse: Fuse<string>;
  /** The content-word keys of each question in `all`, for matching a declined question. */
  keys: ReadonlySet<string>[];
}
const suggestionCache = new WeakMap<KnowledgeIndex, SuggestionPool>();

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
      // "How many retail customers?", not "How many Its shares fell?": only a number that counts a noun.
      return countedNoun(f.object) ? [`How many ${f.object}?`] : [];
    case "relation":
      return [`Who ${f.predicate} ${f.object}?`];
    default:
      return [];
  }
}

/** A short phrase of nouns and adjectives ending on a noun ("retail customers", "Tarrow citizens"). */
function countedNoun(phrase: string): boolean {
  const terms = tagSentence(phrase);
  return (
    terms.length > 0 &&
    terms.length <= 4 &&
    terms.every(
      (t) => (t.tags.has("Noun") || t.tags.has("Adjective")) && !t.tags.has("Pronoun") && !t.tags.has("Value"),
    ) &&
    terms.at(-1)!.tags.has("Noun")
  );
}

export function suggestQuestions(index: KnowledgeIndex, typed: string, limit: number): string[] {
  const pool = poolOf(index);
  const t = typed.trim().slice(0, 100);
  const ranked = t ? pool.fuse.search(t).map((r) => r.item) : pool.all;
  return ranked.slice(0, Math.max(0, Math.min(limit, 25)));
}

/**
 * For a declined question: up to `limit` questions the engine does answer that share the most
 * content words with it ("who built the pier?" → "Who built the bridge?" shares "built"), best
 * first; none that shares nothing. On a large knowledge base only once autocomplete has built the
 * list, so a decline never waits for it.
 */
export function suggestionsFor(index: KnowledgeIndex, question: string, limit = 3): string[] {
  const pool = suggestionCache.get(index) ?? (index.size <= BUILD_ON_DECLINE_LIMIT ? poolOf(index) : undefined);
  if (!pool) return [];
  const asked = new Set(contentKeys(question));
  if (!asked.size) return [];
  const same = question
    .trim()
    .toLowerCase()
    .replace(/[?!.]+$/, "");
  return pool.all
    .map((q, i) => ({ q, shared: [...pool.keys[i]!].filter((k) => asked.has(k)).length }))
    .filter((s) => s.shared > 0 && s.q.toLowerCase().replace(/[?!.]+$/, "") !== same)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map((s) => s.q);
}

/** The answerable questions, built once per index. */
function poolOf(index: KnowledgeIndex): SuggestionPool {
  let pool = suggestionCache.get(index);
  if (!pool) {
    // Only questions the engine really answers are offered, so a suggestion never leads to "doesn't say".
    // Each question with the words of the facts it comes from: "Who is Mira Okafor?" is close to
    // "who is the mayor of Lisbon?" because the fact behind it says she is the mayor.
    const factWords = new Map<string, string[]>();
    for (const f of index.facts)
      for (const q of questionsFor(f)) (factWords.get(q) ?? factWords.set(q, []).get(q)!).push(f.subject, f.object);
    const all = [...factWords.keys()]
      .filter((q) => q.length <= 100)
      .slice(0, MAX_CANDIDATES)
      .filter((q) => answerQuestion(index, q).answered);
    pool = {
      all,
      fuse: new Fuse(all, { ignoreLocation: true, threshold: 0.45 }),
      keys: all.map((q) => new Set(contentKeys([q, ...factWords.get(q)!].join(" ")))),
    };
    suggestionCache.set(index, pool);
  }
  return pool;
}
