// Ranking the sentences for a question: BM25 over the index for candidates, then coverage of the
// question's rarity-weighted words (the sentences beside one count too), word order, the asked
// verb, and whether an answer of the asked type stands there.
import type { Sentence } from "../knowledge/article.ts";
import type { AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex, QueryTerm } from "../search/knowledge-index.ts";
import { isVerb, tagSentence } from "../text/tag-sentence.ts";
import { wholeWords } from "../text/whole-words.ts";
import { chooseSpan } from "./choose-span.ts";
import { LIGHT_KEYS, lacksPlaceDeed, OPENS_WITH_PRONOUN } from "./evidence.ts";
import { type AnswerParams, type CHEAP_RANK_FEATURES, PARAMS, RANK_FEATURES, type RankFeature } from "./params.ts";
import type { ScoredSentence } from "./scored-sentence.ts";

/** How many BM25 hits are looked up for the neighbour bonus. */
const NEIGHBOUR_HITS = 200;

export type { ScoredSentence };

/** How many sentences share a word with the question, by question, from the last ranking of it. */
const lastMatching = new WeakMap<AnalysedQuestion, number>();
export const matchingSentences = (q: AnalysedQuestion): number => lastMatching.get(q) ?? 0;

function dot(features: Partial<Record<RankFeature, number>>, weights: Record<RankFeature, number>): number {
  let sum = 0;
  for (const f of RANK_FEATURES) sum += (features[f] ?? 0) * weights[f];
  return sum;
}

/** BM25 already weighs rarity; this adds only the emphasis: names up, light words down. */
export function emphasis(terms: readonly QueryTerm[]): Map<string, number> {
  return new Map(terms.filter((t) => t.known).map((t) => [t.key, termWeight(t) / t.idf]));
}

/** How much each question word counts: rare words more, names more, light words ("reported", "take") little. */
function termWeight(t: QueryTerm): number {
  return t.idf * (LIGHT_KEYS.has(t.key) ? (t.known ? 0.25 : 0.15) : t.isName ? 1.3 : t.known ? 1 : 0.6);
}

export function termWeights(terms: readonly QueryTerm[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of terms) if (t.known) weights.set(t.key, Math.max(weights.get(t.key) ?? 0, termWeight(t)));
  return weights;
}

/**
 * Scores the best BM25 sentences by how much of the question they cover (a word found in the
 * sentence before counts half: "They" often means the subject named there) and by whether they
 * hold an answer of the asked type.
 */
export function rankSentences(
  index: KnowledgeIndex,
  q: AnalysedQuestion,
  terms: readonly QueryTerm[],
  weights: ReadonlyMap<string, number>,
  params: AnswerParams = PARAMS,
  /** Tag every candidate, not only the best few: for fitting the weights (src/tune). */
  tagAll = false,
): ScoredSentence[] {
  const total = terms.reduce((sum, t) => sum + termWeight(t), 0) || 1;
  const knownTerms = terms.filter((t) => t.known);
  const queryKeys = knownTerms.map((t) => t.key);
  const queryKeySet = new Set(queryKeys);
  // "What country …": the asked-for kind of thing need not be named where the answer stands.
  // Only a kind-of-answer word ("country", "year") is excused; "what kind of arches" still needs "arches".
  const targetKeys = new Set(
    q.answerType === "thing" ? [] : terms.filter((t) => q.target.includes(t.lower)).map((t) => t.key),
  );
  const best = index.rank(terms, emphasis(terms), Math.max(NEIGHBOUR_HITS, params.candidateSentences));
  lastMatching.set(q, best.matched);
  const hits = best.hits.slice(0, params.candidateSentences);
  // A sentence whose neighbours match too sits in the passage the question is about.
  const bm25Of = new Map(best.hits.slice(0, NEIGHBOUR_HITS).map((h) => [h.sentence.id, h.score]));
  const inPassage = (s: Sentence, own: number) =>
    own +
    params.neighbourShare *
      ((bm25Of.get(index.previous(s)?.id ?? -1) ?? 0) + (bm25Of.get(index.next(s)?.id ?? -1) ?? 0));
  const top = hits[0]?.score || 1;
  // The answer often stands next to the sentence that matches best ("… a storm hit. On 12 May …").
  const pool = new Map(hits.map((h) => [h.sentence.id, h.score]));
  for (const h of hits.slice(0, 3)) {
    for (const n of [index.previous(h.sentence), index.next(h.sentence)])
      if (n && !pool.has(n.id)) pool.set(n.id, h.score * 0.6);
  }
  // Cheap evidence first (word coverage, BM25, word order); only the few best are tagged for an answer.
  const prescored = [...pool]
    .map(([id, bm25]) => {
      const sentence = index.sentences[id]!;
      const { coverage, ownCoverage, paragraphCoverage } = coverageOf(
        index,
        sentence,
        terms,
        weights,
        targetKeys,
        total,
        params.pronounShare,
      );
      const keyList = index.sentenceKeyList[id]!;
      // (Each field named, not `{ ...cover, density, … }`: on Node 20 (V8 11.3) every object made by a
      // literal that spreads one object and then adds fields goes to the old generation, however
      // short its life, and stays there until the next full collection. With `features` and `span`
      // below, that was about 12 KB an ask: the old generation grew 17 MB a pass over the 821 SQuAD
      // bench questions, and RSS with it.)
      const cheap: Record<(typeof CHEAP_RANK_FEATURES)[number], number> = {
        coverage,
        ownCoverage,
        paragraphCoverage,
        density: density(queryKeySet, keyList),
        novelty: keyList.length ? keyList.filter((k) => !queryKeySet.has(k)).length / keyList.length : 0,
        length: Math.min(keyList.length, 50) / 50,
        passageBm25: inPassage(sentence, bm25) / top,
        wordOrder: orderBonus(queryKeys, index.sentenceKeyList[id]!),
        notBody: sentence.part !== "body" ? 1 : 0,
      };
      return { sentence, coverage, cheap, score: dot(cheap, params.rank) };
    })
    .sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id)
    .slice(0, tagAll ? undefined : params.taggedSentences);
  const typed = q.answerType !== "thing" && q.answerType !== "description";
  // (The question's own verbs: "does she back the ban?" asks about backing, not banning.)
  const questionVerbKeys = new Set(
    tagSentence(q.text)
      .filter((t) => isVerb(t))
      .map((t) => t.key),
  );
  const questionVerbWeights = new Map([...weights].filter(([k]) => questionVerbKeys.has(k)));
  const scored = prescored.map(({ sentence, coverage, cheap }): ScoredSentence => {
    // ("Where was she born?": not of her dates in brackets, which the index reads as her birth.)
    const found =
      q.answerType === "yes-no" || lacksPlaceDeed(q, sentence.text)
        ? null
        : chooseSpan(q, knownTerms, weights, targetKeys, sentence.text);
    // A count may stand in a compound ("a 150-seat parliament": 150 seats); any other answer is whole words.
    // (`found` and `cheap` are this sentence's own, so completed in place rather than spread: see above.)
    const span =
      found &&
      (q.answerType === "number" ? found : Object.assign(found, { text: wholeWords(sentence.text, found.text) }));
    const verbWeight = matchedVerbWeight(sentence.text, weights);
    const askedVerbWeight = matchedVerbWeight(sentence.text, questionVerbWeights);
    const features: Record<RankFeature, number> = Object.assign(cheap, {
      hasSpan: span ? 1 : 0,
      spanScore: span ? Math.max(-1, Math.min(span.score, 3)) / 3 : 0,
      typedWithoutSpan: !span && typed ? 1 : 0,
      verbMatch: verbWeight / total,
      // A yes/no question is decided by the sentence that holds its verb ("been verified").
      yesNoVerb: q.answerType === "yes-no" && askedVerbWeight > 0.15 * total ? 1 : 0,
    });
    return { sentence, coverage, score: dot(features, params.rank), span, features };
  });
  return scored.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
}

/**
 * How much of the question a sentence covers, weighted by rarity. A word found in the sentence
 * just before or after counts half ("They" often means the subject named there); a target word
 * ("country" in "what country …") that is absent is not held against it.
 */
function coverageOf(
  index: KnowledgeIndex,
  s: Sentence,
  terms: readonly QueryTerm[],
  weights: ReadonlyMap<string, number>,
  targetKeys: ReadonlySet<string>,
  total: number,
  pronounShare: number,
): { coverage: number; ownCoverage: number; paragraphCoverage: number } {
  const paragraph = index.paragraphKeys(s);
  const prev = index.previous(s);
  const next = index.next(s);
  // A sentence that opens with a pronoun ("It was commissioned by Odo") is about what the
  // sentence before it names, so that sentence's words count nearly in full.
  const opensWithPronoun = prev !== undefined && OPENS_WITH_PRONOUN.test(s.text);
  const prevShare = opensWithPronoun ? pronounShare : 0.5;
  // (And when that one opens with a pronoun too, the one it refers to stands further back.)
  const referents = opensWithPronoun ? earlierReferents(index, s) : [];
  let covered = 0;
  let own = 0;
  let inParagraph = 0;
  let possible = total;
  terms.forEach((t, i) => {
    // Each key counts once, however often the question repeats it.
    if (!t.known || terms.findIndex((u) => u.key === t.key) !== i) return;
    const w = weights.get(t.key) ?? 0;
    if (paragraph.has(t.key)) inParagraph += w;
    if (index.hasKey(s.id, t.key)) {
      covered += w;
      own += w;
    } else if (prev && index.hasKey(prev.id, t.key)) covered += w * prevShare;
    else if (referents.some((r) => index.hasKey(r.id, t.key))) covered += w * pronounShare;
    else if (next && index.hasKey(next.id, t.key)) covered += w / 2;
    else if (targetKeys.has(t.key)) possible -= w;
  });
  const share = (x: number) => (possible > 0 ? Math.min(1, x / possible) : 0);
  return { coverage: share(covered), ownCoverage: share(own), paragraphCoverage: share(inParagraph) };
}

/**
 * "Ada Brek died in March. She had opened her studio in 1960. She married in 1972.": when the
 * sentence before one that opens with a pronoun opens with one too, the sentences further back in
 * the paragraph that the pronoun may refer to, up to the first that does not (at most three).
 */
function earlierReferents(index: KnowledgeIndex, s: Sentence): Sentence[] {
  const referents: Sentence[] = [];
  for (let back = index.previous(s); back && OPENS_WITH_PRONOUN.test(back.text) && referents.length < 3; ) {
    back = index.previous(back);
    if (back) referents.push(back);
  }
  return referents;
}

/** Distinct question words in the sentence over the stretch from the first to the last of them. */
function density(queryKeys: ReadonlySet<string>, keys: readonly string[]): number {
  let first = -1;
  let last = -1;
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (!queryKeys.has(k)) return;
    if (first < 0) first = i;
    last = i;
    seen.add(k);
  });
  return first < 0 ? 0 : seen.size / (last - first + 1);
}

/** Share of the question's adjacent word pairs that stand next to each other in the sentence too. */
function orderBonus(queryKeys: readonly string[], keys: readonly string[]): number {
  if (queryKeys.length < 2) return 0;
  let found = 0;
  for (let i = 1; i < queryKeys.length; i++) {
    for (let k = 1; k < keys.length; k++) {
      if (keys[k - 1] === queryKeys[i - 1] && keys[k] === queryKeys[i]) {
        found++;
        break;
      }
    }
  }
  return found / (queryKeys.length - 1);
}

/** Weight of the question's words that are verbs in the sentence: matching the asked action counts most. */
const verbKeyCache = new WeakMap<object, ReadonlySet<string>>();
function matchedVerbWeight(text: string, weights: ReadonlyMap<string, number>): number {
  const terms = tagSentence(text);
  let keys = verbKeyCache.get(terms);
  // (A phrasal verb's particle is no verb of its own: "held back" does not say "back".)
  if (!keys)
    verbKeyCache.set(
      terms,
      (keys = new Set(terms.filter((t) => isVerb(t) && !t.tags.has("Particle")).map((t) => t.key))),
    );
  let sum = 0;
  for (const k of keys) sum += weights.get(k) ?? 0;
  return sum;
}
