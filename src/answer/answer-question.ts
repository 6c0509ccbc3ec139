// Answers one question: analyse it, rank the sentences, check that the best one really covers
// what was asked, pick the short answer of the right type inside it, and quote it. When nothing
// in the article supports an answer of the asked type, decline and offer related passages.
import type { Sentence } from "../knowledge/article.ts";
import { analyseQuestion, type AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex, QueryTerm } from "../search/knowledge-index.ts";
import { findAttribution, flagsUnverified } from "./attribution.ts";
import { chooseSpan, type Span } from "./choose-span.ts";
import { answerAboutArticle } from "./meta-answers.ts";
import { describeSubject, holderOfRole } from "./describe.ts";
import { answerYesNo } from "./yes-no.ts";
import { toQuote } from "./quote.ts";
import type { Answer } from "./types.ts";
import { isVerb, tagSentence } from "../text/tag-sentence.ts";
import { antonymKeys, isStopword, stem, termKey, tokenize } from "../text/tokens.ts";

/** Share of the question's (rarity-weighted) words a sentence must hold to be taken as the answer. */
export const MIN_COVERAGE = 0.4;
/** Below this, the best candidate answer sits far from the question's words or repeats them: too weak to give. */
export const MIN_SPAN_SCORE = -0.5;
/** Words that say who said something weigh less: "reported" rarely decides which sentence answers. */
const LIGHT_KEYS = new Set(["~sai", "take", "get", "give", "go", "come", "happen", "put", "occur", "also", "current", "actual", "main", "mainli", "first", "last", "new", "old", "recent", "recentli", "number", "figur", "amount"]);
const CANDIDATE_SENTENCES = 8;
const PEOPLE_KEY = termKey("people");
const SAY_KEY = termKey("said");
/** How much the BM25 scores of the sentences beside one add to its own, and how many hits are looked up for it. */
const NEIGHBOUR_SHARE = 0.15;
const NEIGHBOUR_HITS = 200;
/** "n't" is written inside a word ("isn't"), so it has no word boundary in front. */
const NEGATION = /\b(not|never|no|non|none|without|neither|nor)\b|n['’]t\b/i;
/** Sentences tagged per question: tagging is the slow step, so only the most promising are. */
const TAGGED_SENTENCES = 6;

export interface ScoredSentence {
  sentence: Sentence;
  coverage: number;
  score: number;
  span: Span | null;
}

export function answerQuestion(index: KnowledgeIndex, raw: string): Answer {
  const started = performance.now();
  const q = analyseQuestion(raw);
  const result = answer(index, q);
  return { question: q.text, kind: q.kind, ...result, ms: Math.round((performance.now() - started) * 1000) / 1000 };
}

type Result = Omit<Answer, "question" | "kind" | "ms">;

function answer(index: KnowledgeIndex, q: AnalysedQuestion): Result {
  if (!q.text) return decline("Ask me a question about the article, for example “who visited Moscow?”.", []);
  const about = answerAboutArticle(index, q);
  if (about) return about;
  if (!q.terms.length) return decline("I need a few words about what you want to know.", []);

  const terms = index.queryTerms(q.terms);
  const weights = termWeights(terms);
  const related = () => index.rank(terms, emphasis(terms)).slice(0, 2).map((h) => toQuote(h.sentence));

  // A name the articles never mention ("Berlin", "Nobel") means they cannot answer it.
  const unknownName = terms.find((t) => t.isName && !t.known);
  const asWritten = (t: QueryTerm) => q.tokens.find((k) => k.lower === t.lower)?.text ?? t.lower;
  if (unknownName) return decline(`The article doesn't mention “${asWritten(unknownName)}”.`, related());
  // The action asked about ("what did Putin eat?") must be one the article speaks of.
  const verb = q.askedVerb ? terms.find((t) => t.lower === q.askedVerb) : undefined;
  if (verb && !verb.known) return decline(`The article doesn't say anything about “${asWritten(verb)}”.`, related());

  if (q.answerType === "description") {
    const described = describeSubject(index, q, terms);
    if (described) return described;
  }
  // "Who is the president of the region?", "Who is Iran's chief negotiator?": someone the article
  // gives that role, in an apposition or a title.
  if (q.answerType === "person" && /^who (is|was|are|were) (the\b|\S+['’]s\b)/i.test(q.text)) {
    const holder = holderOfRole(index, terms);
    if (holder) return holder;
  }
  const ranked = rankSentences(index, q, terms, weights);
  const best = ranked[0];
  if (!best || best.coverage < MIN_COVERAGE) return decline("The article doesn't say.", related());
  const problem = evidenceProblem(index, q, terms, best, asWritten);
  if (problem) return decline(problem, ranked.slice(0, 2).map((r) => toQuote(r.sentence)));
  if (q.answerType === "yes-no") return answerYesNo(best, terms, q.askedVerb);
  return answerFrom(index, q, best, best.span!); // evidenceProblem has checked there is a span
}

/** Why the best sentence, though it matches, does not answer the question; undefined when it does. */
function evidenceProblem(index: KnowledgeIndex, q: AnalysedQuestion, terms: readonly QueryTerm[], best: ScoredSentence, asWritten: (t: QueryTerm) => string): string | undefined {
  // A name or number the question is about must stand in or beside the answering sentence:
  // "who led the army in 1107?" is not answered by a sentence about 1082.
  const near = nearKeys(index, best.sentence);
  const missing = terms.find((t) => t.known && mustMatch(t) && !near.has(t.key));
  if (missing) return `The article doesn't say that about “${asWritten(missing)}”.`;
  // "How many soldiers …": what is counted must be named where the number stands.
  // ("How many people died?" is answered by "14 deaths": "people" is what any count of deaths counts.)
  // ("How many fans attended?": "attended" says what they did, not what is counted.)
  const counted = q.answerType === "number" ? terms.find((t) => q.target.includes(t.lower) && t.key !== PEOPLE_KEY && !isVerbIn(q, t.lower) && !(t.known && near.has(t.key))) : undefined;
  if (counted) return `The article doesn't give a number of “${asWritten(counted)}”.`;
  // "What treaty …": the kind of thing asked for, when the article uses that word at all, must be
  // named there too. (A word the article never uses may be a broader one: "what needlework" → embroidery.)
  const head = askedNoun(q);
  const kindOf = head ? terms.find((t) => t.lower === head && t.known && !near.has(t.key)) : undefined;
  if (kindOf) return `The article doesn't say which “${asWritten(kindOf)}”.`;
  // "Modern Europe" asked of a sentence about "medieval Europe".
  const opposite = oppositeWord(index, terms, best.sentence, near);
  if (opposite) return `The article says “${opposite.said}”, not “${asWritten(opposite.asked)}”.`;
  const swapped = subjectAsObject(index, q, best.sentence);
  if (swapped) return `The article doesn't say: there, “${swapped.subject}” is not the one who ${swapped.verb}.`;
  // "Yes" affirms the whole question, so every word of it must be there: "did Baran develop it
  // with the goal of monetizing it?" is not answered by a sentence that never mentions money.
  const unsaid = q.answerType === "yes-no" ? terms.find((t) => !LIGHT_KEYS.has(t.key) && !(t.known && near.has(t.key))) : undefined;
  if (unsaid) return `The article doesn't say whether that is so: the passage closest to it doesn't mention “${asWritten(unsaid)}”.`;
  // And the names it is about must be in that very sentence, unless it refers back ("this claim"):
  // "Did City win?" is not answered by "… her team had earned … the win" because the sentence
  // before mentions City.
  const inSentence = REFERS_BACK.test(best.sentence.text) || OPENS_WITH_PRONOUN.test(best.sentence.text) ? near : index.sentenceKeys[best.sentence.id]!;
  const absent = q.answerType === "yes-no" ? terms.find((t) => t.isName && !inSentence.has(t.key)) : undefined;
  if (absent) return `The article doesn't say whether that is so about “${asWritten(absent)}”.`;
  // "Who did not …?" asked of a sentence that negates nothing is not answered by it.
  if (NEGATION.test(q.text) && !NEGATION.test(best.sentence.text)) return "The article doesn't say.";
  // An answer made only of the question's own words ("what was absorbed into the Anglo-Norman
  // language?" → "the Anglo-Norman language") tells the asker nothing.
  if (q.answerType !== "yes-no" && (!best.span || best.span.score < MIN_SPAN_SCORE || echoesQuestion(q, best.span.text))) return `The article doesn't say (it has no ${typeWord(q)} for that).`;
  return undefined;
}

/**
 * "Who did Edgar marry?" asked of "Malcolm married Edgar's sister": the question's subject stands
 * after the verb in the sentence, as its object, and nowhere before it.
 */
function subjectAsObject(index: KnowledgeIndex, q: AnalysedQuestion, s: Sentence): { subject: string; verb: string } | undefined {
  if (!q.askedVerb || !/^(who|whom|what)$/.test(q.tokens[0]?.lower ?? "")) return undefined;
  const aux = q.tokens.findIndex((t) => /^(did|does|do)$/.test(t.lower));
  const verbAt = q.tokens.findIndex((t, i) => i > aux && t.lower === q.askedVerb);
  // ('"…," said Maya Lindqvist' puts the speaker after the verb: saying verbs are exempt.)
  if (aux !== 1 || verbAt < 0 || q.tokens[verbAt]!.key === SAY_KEY || !index.sentenceKeys[s.id]!.has(q.tokens[verbAt]!.key)) return undefined;
  const subject = q.tokens.slice(aux + 1, verbAt).filter((t) => !isStopword(t.lower));
  if (!subject.length) return undefined;
  const words = tagSentence(s.text); // cached: no new tokens on every ask
  // The same verb, not a synonym ("say" is not "according to"), and active: "was married by X" is not.
  const verb = stem(q.askedVerb);
  const v = words.findIndex((w) => w.key === q.tokens[verbAt]!.key && stem(w.lower) === verb);
  if (v < 0 || /^(is|are|was|were|be|been|being)$/.test(words[v - 1]?.lower ?? "") || words[v + 1]?.lower === "by") return undefined;
  const keys = new Set(subject.map((t) => t.key));
  const before = words.slice(0, v).some((w) => keys.has(w.key));
  const after = words.slice(v + 1).some((w) => keys.has(w.key));
  return !before && after ? { subject: subject.map((t) => t.text).join(" "), verb: words[v]!.text } : undefined;
}

/** True when the question uses this word as a verb ("How many fans attended?"). */
function isVerbIn(q: AnalysedQuestion, lower: string): boolean {
  const t = tagSentence(q.text).find((x) => x.lower === lower);
  return t !== undefined && t.tags.has("Verb") && !t.tags.has("Adjective");
}

/** True when every content word of the answer is already in the question. */
function echoesQuestion(q: AnalysedQuestion, answer: string): boolean {
  const asked = new Set(q.tokens.map((t) => t.key));
  const words = tokenize(answer).filter((w) => !isStopword(w.lower));
  return words.length > 0 && words.every((w) => asked.has(w.key));
}

/** A question word the sentence does not use, where it uses the opposite ("modern" asked, "medieval" said). */
function oppositeWord(index: KnowledgeIndex, terms: readonly QueryTerm[], s: Sentence, near: { has(key: string): boolean }): { asked: QueryTerm; said: string } | undefined {
  const keys = index.sentenceKeys[s.id]!;
  for (const t of terms) {
    if (t.isName || near.has(t.key)) continue;
    for (const k of antonymKeys(t.key)) {
      if (!keys.has(k)) continue;
      const said = tokenize(s.text).find((w) => w.key === k)!.text;
      return { asked: t, said };
    }
  }
  return undefined;
}

/** The noun a "what/which X …" question asks for ("what major conquest" → conquest); none for "what prompted …". */
function askedNoun(q: AnalysedQuestion): string | undefined {
  if (q.kind !== "what" || q.answerType !== "thing" || q.target.length === 0) return undefined;
  const tagged = tagSentence(q.text);
  for (let i = tagged.findIndex((t) => t.lower === q.target[0]); i >= 0 && i < tagged.length; i++) {
    const tags = tagged[i]!.tags;
    if (tags.has("Verb") || tags.has("Pronoun") || !(tags.has("Noun") || tags.has("Adjective"))) return undefined;
    if (tags.has("Noun")) return tagged[i]!.lower;
  }
  return undefined;
}

const REFERS_BACK = /^(it|this|these|that|such)\b|\b(this|that|these|those|the|such)\s+(claims?|figures?|reports?|numbers?|accounts?|statements?|allegations?|information)\b/i;

/** The short answer, its quotes, and who the article says it comes from. */
function answerFrom(index: KnowledgeIndex, q: AnalysedQuestion, best: ScoredSentence, span: Span): Result {
  const attribution = findAttribution(best.sentence.text) ?? attributionFromContext(index, best.sentence);
  const next = index.next(best.sentence);
  // "The authenticity of this claim is yet to be verified" speaks of the sentence before it; an
  // unverified figure about something else in the next sentence does not.
  const flaggedNext = next !== undefined && flagsUnverified(next.text) && REFERS_BACK.test(next.text);
  const unverified = flaggedNext || flagsUnverified(best.sentence.text);
  const quotes = [toQuote(best.sentence), ...(flaggedNext ? [toQuote(next)] : [])];
  // "against the Pechenegs" → "the Pechenegs": the preposition belongs to the sentence, not the answer.
  let text = q.answerType === "date" ? span.text : span.text.replace(/^(against|with|by|for|from|to|into|of|about|on|in|at(?!\s+(?:least|most)\b))\s+(?=\S)/i, "");
  if (attribution && (q.answerType === "number" || /claim|alleg/i.test(attribution))) text += `, ${attribution.replace(/^The\b/, "the")}`;
  if (unverified) text += " (not yet verified)";
  return { answered: true, answer: text, quotes, related: [], ...(attribution ? { attribution } : {}) };
}

/** BM25 already weighs rarity; this adds only the emphasis: names up, light words down. */
function emphasis(terms: readonly QueryTerm[]): Map<string, number> {
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
export function rankSentences(index: KnowledgeIndex, q: AnalysedQuestion, terms: readonly QueryTerm[], weights: ReadonlyMap<string, number>): ScoredSentence[] {
  const total = terms.reduce((sum, t) => sum + termWeight(t), 0) || 1;
  const knownTerms = terms.filter((t) => t.known);
  const queryKeys = knownTerms.map((t) => t.key);
  // "What country …": the asked-for kind of thing need not be named where the answer stands.
  // Only a kind-of-answer word ("country", "year") is excused; "what kind of arches" still needs "arches".
  const targetKeys = new Set(q.answerType === "thing" ? [] : terms.filter((t) => q.target.includes(t.lower)).map((t) => t.key));
  const allHits = index.rank(terms, emphasis(terms));
  const hits = allHits.slice(0, CANDIDATE_SENTENCES);
  // A sentence whose neighbours match too sits in the passage the question is about.
  const bm25Of = new Map(allHits.slice(0, NEIGHBOUR_HITS).map((h) => [h.sentence.id, h.score]));
  const inPassage = (s: Sentence, own: number) =>
    own + NEIGHBOUR_SHARE * ((bm25Of.get(index.previous(s)?.id ?? -1) ?? 0) + (bm25Of.get(index.next(s)?.id ?? -1) ?? 0));
  const top = hits[0]?.score || 1;
  // The answer often stands next to the sentence that matches best ("… a storm hit. On 12 May …").
  const pool = new Map(hits.map((h) => [h.sentence.id, h.score]));
  for (const h of hits.slice(0, 3)) {
    for (const n of [index.previous(h.sentence), index.next(h.sentence)]) if (n && !pool.has(n.id)) pool.set(n.id, h.score * 0.6);
  }
  // Cheap evidence first (word coverage, BM25, word order); only the few best are tagged for an answer.
  const prescored = [...pool]
    .map(([id, bm25]) => {
      const sentence = index.sentences[id]!;
      const coverage = coverageOf(index, sentence, terms, weights, targetKeys, total);
      const score = 0.6 * coverage + 0.4 * (inPassage(sentence, bm25) / top) + 0.15 * orderBonus(queryKeys, index.sentenceKeyList[id]!) - (sentence.part !== "body" ? 0.1 : 0);
      return { sentence, coverage, score };
    })
    .sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id)
    .slice(0, TAGGED_SENTENCES);
  const typed = q.answerType !== "thing" && q.answerType !== "description";
  const scored = prescored.map(({ sentence, coverage, score }): ScoredSentence => {
    const span = q.answerType === "yes-no" ? null : chooseSpan(q, knownTerms, weights, targetKeys, sentence.text);
    const verbWeight = matchedVerbWeight(sentence.text, weights);
    score += (span ? 0.1 + 0.1 * Math.min(span.score, 3) : typed ? -0.3 : -0.1) + 0.3 * (verbWeight / total);
    // A yes/no question is decided by the sentence that holds its verb ("been verified").
    if (q.answerType === "yes-no" && verbWeight > 0.15 * total) score += 0.5;
    return { sentence, coverage, score, span };
  });
  return scored.sort((a, b) => b.score - a.score || a.sentence.id - b.sentence.id);
}

/**
 * How much of the question a sentence covers, weighted by rarity. A word found in the sentence
 * just before or after counts half ("They" often means the subject named there); a target word
 * ("country" in "what country …") that is absent is not held against it.
 */
function coverageOf(index: KnowledgeIndex, s: Sentence, terms: readonly QueryTerm[], weights: ReadonlyMap<string, number>, targetKeys: ReadonlySet<string>, total: number): number {
  const keys = index.sentenceKeys[s.id]!;
  const prev = index.previous(s);
  const next = index.next(s);
  // A sentence that opens with a pronoun ("It was commissioned by Odo") is about what the
  // sentence before it names, so that sentence's words count nearly in full.
  const prevShare = prev && OPENS_WITH_PRONOUN.test(s.text) ? PRONOUN_SHARE : 0.5;
  let covered = 0;
  let possible = total;
  terms.forEach((t, i) => {
    // Each key counts once, however often the question repeats it.
    if (!t.known || terms.findIndex((u) => u.key === t.key) !== i) return;
    const w = weights.get(t.key) ?? 0;
    if (keys.has(t.key)) covered += w;
    else if (prev && index.sentenceKeys[prev.id]!.has(t.key)) covered += w * prevShare;
    else if (next && index.sentenceKeys[next.id]!.has(t.key)) covered += w / 2;
    else if (targetKeys.has(t.key)) possible -= w;
  });
  return possible > 0 ? covered / possible : 0;
}

const OPENS_WITH_PRONOUN = /^(it|its|he|his|she|her|they|their|this|these|there)\b/i;
const PRONOUN_SHARE = 0.9;

/** Names and numbers in a question pin down what it is about. */
const mustMatch = (t: QueryTerm) => t.isName || /^\d/.test(t.lower);

/** Keys of a sentence and of the sentences beside it, as one lookup (no copying). */
function nearKeys(index: KnowledgeIndex, s: Sentence): { has(key: string): boolean } {
  const sets = [s, index.previous(s), index.next(s)].filter((n) => n !== undefined).map((n) => index.sentenceKeys[n.id]!);
  return { has: (key) => sets.some((set) => set.has(key)) };
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
  if (!keys) verbKeyCache.set(terms, (keys = new Set(terms.filter(isVerb).map((t) => t.key))));
  let sum = 0;
  for (const k of keys) sum += weights.get(k) ?? 0;
  return sum;
}

function attributionFromContext(index: KnowledgeIndex, s: Sentence): string | undefined {
  const prev = index.previous(s);
  return prev && /^(this|that|these|the claim|the report)\b/i.test(s.text) ? findAttribution(prev.text) : undefined;
}

function typeWord(q: AnalysedQuestion): string {
  return { person: "name", place: "place", date: "date", number: "number", reason: "reason", manner: "explanation" }[q.answerType as string] ?? "answer";
}

export function decline(message: string, related: Answer["related"]): Result {
  return { answered: false, answer: message, quotes: [], related };
}
