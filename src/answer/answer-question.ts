// Answers one question: analyse it, rank the sentences (rank-sentences.ts), check that the best one
// really answers it (evidence.ts), and give the short answer of the right type found inside it
// (choose-span.ts), quoted. When nothing in the article supports an answer of the asked type,
// decline and offer related passages.
import type { Sentence } from "../knowledge/article.ts";
import { analyseQuestion, type AnalysedQuestion, asksForRoleHolder } from "../question/analyse-question.ts";
import { readQuestion } from "../question/read-question.ts";
import { paraphrasedReading, synonymReading } from "../question/fit-to-articles.ts";
import type { KnowledgeIndex, QueryTerm } from "../search/knowledge-index.ts";
import { findAttribution, flagsUnverified, sourceAtEnd } from "../analysis/attribution.ts";
import { asksScore, type Span } from "./choose-span.ts";
import { answerAboutArticle } from "./meta-answers.ts";
import { decline, passage } from "./decline.ts";
import { describeSubject, holderOfRole, nameOfKind, unknownModifier } from "./describe.ts";
import { parentsWork } from "./parents-work.ts";
import { makerProduct } from "./maker-product.ts";
import { answerYesNo, ASKS_FUTURE, OFFERS_ALTERNATIVES, speaksOfFuture } from "./yes-no.ts";
import { compareNumbers } from "./compare-numbers.ts";
import { toQuote } from "./quote.ts";
import type { Answer, AskContext, Reply } from "./types.ts";
import { FILLER_WORDS } from "../text/words.ts";
import { isOrdinaryWord } from "../text/lexicon.ts";
import { nearDictionaryWord } from "../text/dictionary.ts";
import { numberValue } from "../text/number-value.ts";
import { isStopword, oppositeOutcome, tokenize } from "../text/tokens.ts";
import { isVerb, tagSentence, usedAsVerb } from "../text/tag-sentence.ts";
import {
  asksWhatHappenedTo,
  countsNarrower,
  evidenceProblem,
  LIGHT_KEYS,
  mustMatch,
  objectOfOtherVerb,
  objectUnsaid,
  REFERS_BACK,
  spanProblem,
  unidentifiedKind,
  unnamedKind,
  lacksAskedVerb,
} from "./evidence.ts";
import { type AnswerParams, type ConfidenceFeature, PARAMS, probability } from "./params.ts";
import { emphasis, matchingSentences, rankSentences, termWeights, type ScoredSentence } from "./rank-sentences.ts";

/** Options for fitting and inspecting the engine (src/tune); front ends pass none. */
export interface AnswerOptions {
  params?: AnswerParams;
  /** Tag every candidate sentence, so that the tuner sees all their features. */
  tagAll?: boolean;
  /** Filled with what the decision was made from, when given. */
  trace?: AnswerTrace;
}

/** What one answer was decided from: the ranked sentences and the confidence features of the best. */
export interface AnswerTrace {
  ranked?: ScoredSentence[];
  confidence?: Record<ConfidenceFeature, number>;
  /** Why the best sentence does not answer, by the evidence checks. */
  problem?: string;
  /** Why it has no short answer. */
  spanProblem?: string;
  /** The short answer that would be given. */
  span?: string;
  /** It fills the question's statement slot (an answer, whatever pSpan says). */
  fillsSlot?: boolean;
  /** The action the question asks about is no word of the articles (a passage at most). */
  verbAbsent?: boolean;
  pQuote?: number;
  pSpan?: number;
}

export function answerQuestion(
  index: KnowledgeIndex,
  raw: string,
  context?: AskContext,
  options: AnswerOptions = {},
): Answer {
  const started = performance.now();
  // Chat language spelt out, words fitted to the articles', a follow-up read against the previous question.
  const read = readQuestion(raw, index, context);
  let q = analyseQuestion(read.text);
  let result = answer(index, q, options);
  let readAs = read.readAs;
  // A follow-up the article doesn't answer ("what about Kelby?" after "why are they held?" reads
  // "why is Kelby held?") may still be a question of its own: "tell me about Kelby".
  if (declined(result) && read.alone) {
    const q2 = analyseQuestion(read.alone);
    const alone = answer(index, q2, options);
    if (alone.answered || alone.outcome === "passage") [q, result, readAs] = [q2, alone, read.alone];
  }
  // Still declined: asked again in the news word for what the decline names ("fans" → "spectators").
  const again = declined(result) ? askInNewsWords(index, read.text, q, result, options) : undefined;
  if (again) [q, result, readAs] = again;
  const outcome = result.outcome ?? (result.answered ? "answer" : "declined");
  return {
    question: read.asked,
    kind: q.kind,
    ...result,
    outcome,
    ...(readAs ? { readAs } : {}),
    ms: Math.round((performance.now() - started) * 1000) / 1000,
  };
}

type Result = Reply;

/** Neither answered nor shown as a passage. */
const declined = (r: Result) => !r.answered && r.outcome !== "passage";

/**
 * "how many fans were there?", declined as the article gives no number of fans, of one that counts
 * "27,000 spectators": asked again in the news word for the word the decline names (or, for "how
 * many …?" whose decline names none, the word counted). Kept only where its quote holds the
 * question's verbs too: "how many fans sang?" is not answered by "in front of 14,500 spectators",
 * which says nothing of singing.
 */
function askInNewsWords(
  index: KnowledgeIndex,
  text: string,
  q: AnalysedQuestion,
  first: Result,
  options: AnswerOptions,
): [AnalysedQuestion, Result, string] | undefined {
  const blamed = /“([^”]+)”/.exec(first.answer)?.[1] ?? (q.kind === "how-many" ? q.target[0] : undefined);
  const table = blamed ? paraphrasedReading(text, blamed, index) : undefined;
  // (A dictionary synonym only shows the passage: it may be of another sense than the one meant.)
  const synonym = !table && blamed ? synonymReading(text, blamed, index) : undefined;
  const paraphrased = table ?? synonym;
  if (!paraphrased) return undefined;
  const q3 = analyseQuestion(paraphrased);
  const found = answer(index, q3, options);
  if (declined(found)) return undefined;
  const again = synonym && found.answered ? passage("The article says:", found.quotes) : found;
  const quote = again.quotes[0]?.text;
  const verbs = tagSentence(q3.text).filter((t) => isVerb(t) && !LIGHT_KEYS.has(t.key) && !isStopword(t.lower));
  const quoted = quote ? new Set(tagSentence(quote).map((t) => t.key)) : new Set<string>();
  return verbs.every((v) => quoted.has(v.key)) ? [q3, again, paraphrased] : undefined;
}

/**
 * "Who will visit the island?" is answered by "the mayor will visit the island", not by "a
 * delegation visited the island": a question about the future takes the best sentence that speaks
 * of the future and has a short answer.
 */
function sameTenseFirst(q: AnalysedQuestion, ranked: ScoredSentence[]): ScoredSentence[] {
  if (q.answerType === "yes-no" || !ASKS_FUTURE.test(q.text) || !ranked[0] || speaksOfFuture(ranked[0].sentence.text))
    return ranked;
  // (One that covers at least half as much of the question as the best.)
  const best = ranked[0];
  const future = ranked.find(
    (r) => r !== best && r.span && speaksOfFuture(r.sentence.text) && r.coverage >= best.coverage / 2,
  );
  return future ? [future, ...ranked.filter((r) => r !== future)] : ranked;
}

/**
 * A headline that ranks first is quoted by the story's sentence that gives the same answer: the
 * story says it in full and with its source ("Mill hires 40" is said by "The mill hired 40
 * apprentices this autumn, its owner said").
 */
function storyOverHeadline(ranked: ScoredSentence[]): ScoredSentence[] {
  const top = ranked[0];
  if (!top || top.sentence.part === "body") return ranked;
  // (Only one that repeats as much of the question: "Oduya won Sunday's runoff" does not say
  // which city's race the headline's "Oduya Wins Carrow Mayoral Race" was.)
  const story = ranked
    .slice(1, 4)
    .find((r) => r.sentence.part === "body" && agrees(r, top) && r.coverage >= top.coverage);
  return story ? [story, ...ranked.filter((r) => r !== story)] : ranked;
}

/** The question asks about a deed done: "who visited the port?" (its verb in the past, no plan asked). */
function asksDone(q: AnalysedQuestion): boolean {
  return !ASKS_FUTURE.test(q.text) && tagSentence(q.text).some((t) => t.tags.has("PastTense") && isVerb(t));
}

/**
 * Chat writes names in lower case ("what did velt say?"): a word the articles never use that no
 * dictionary lists either is a name they don't mention, as "Velt" would be. (Chat's own words are
 * spelt out and typos fitted to the articles' words before this.)
 */
function unknownLowerCaseName(index: KnowledgeIndex, t: QueryTerm, q: AnalysedQuestion): boolean {
  // (Four letters at least, and a vowel: "ipo" and "wld" are shorthand.)
  if (!/^\p{Ll}{4,}$/u.test(t.lower) || !/[aeiouy]/.test(t.lower) || FILLER_WORDS.has(t.lower)) return false;
  const written = q.tokens.find((k) => k.lower === t.lower)?.text;
  if (written !== t.lower || isOrdinaryWord(t.lower) || nearDictionaryWord(t.lower)) return false;
  // (Nor the articles' word misspelt or cut short: "sorvang" for "Sørvang", "govts" for "governments".)
  return index.spellingOf(t.lower) === undefined && index.shortenedFrom(t.lower) === undefined;
}

/** Answer types a sentence must hold an instance of to answer at all. */
const TYPED = new Set(["person", "place", "date", "number"]);

function answer(index: KnowledgeIndex, q: AnalysedQuestion, options: AnswerOptions): Result {
  const params = options.params ?? PARAMS;
  if (!q.text) return decline("Ask me a question about the article, for example “who visited the capital?”.", []);
  const about = answerAboutArticle(index, q);
  if (about) return about;
  if (!q.terms.length) return decline("I need a few words about what you want to know.", []);

  const terms = index.queryTerms(q.terms);
  const weights = termWeights(terms);
  const related = () => index.rank(terms, emphasis(terms), 2).hits.map((h) => toQuote(h.sentence));

  // "Are there more than 200 …?": the article's number for the same thing decides (compare-numbers.ts).
  const compared = compareNumbers(index, q);
  if (compared) return compared;
  // A name the articles never mention ("Carrowby", "Velt"), or a relative ("her son"), means they
  // cannot answer it.
  const unknownName = terms.find((t) => (mustMatch(t, q) || unknownLowerCaseName(index, t, q)) && !t.known);
  const asWritten = (t: QueryTerm) => q.tokens.find((k) => k.lower === t.lower)?.text ?? t.lower;
  // A decline never blames a filler word ("want", "thing"): it says plainly that the article doesn't say.
  const blame = (t: QueryTerm, message: (word: string) => string) =>
    FILLER_WORDS.has(t.lower) ? "The article doesn't say." : message(asWritten(t));
  if (unknownName)
    return decline(
      blame(unknownName, (w) => `The article doesn't mention “${w}”.`),
      related(),
    );
  // The action asked about ("what did the mayor eat?") must be one the article speaks of; a light
  // verb ("how many seats did they get?") asks about the rest of the question.
  const verb = q.askedVerb
    ? terms.find((t) => t.lower === q.askedVerb)
    : terms.find((t) => t.lower === passiveParticiple(q.text));
  // (Unless the sentence that best matches the rest is sure enough to show: "what will the council
  // decorate?" of "the council will repaint the lighthouse". The reader sees the words and judges;
  // no short answer is given.)
  // (A yes/no question may ask the opposite of what the article says: "did shares fall?" of one
  // that says they rose is answered No.)
  const saysOpposite = (t: QueryTerm) => {
    const opposite = oppositeOutcome(t.key);
    return q.answerType === "yes-no" && opposite !== undefined && index.usesKey(opposite);
  };
  const verbAbsent = verb !== undefined && !verb.known && !LIGHT_KEYS.has(verb.key) && !saysOpposite(verb);
  const verbUnsaid = () =>
    decline(
      blame(verb!, (w) => `The article doesn't say anything about “${w}”.`),
      related(),
    );
  if (verbAbsent && params.thresholds.verbAbsent > 1) return verbUnsaid();

  // "What did his father do?" of "… the third of five children of a ship's carpenter".
  const parents = parentsWork(index, q, terms);
  if (parents) return parents;
  // "What does Tarnby Foods make?" of "Frozen food maker Tarnby Foods …".
  const product = makerProduct(index, q);
  if (product) return product;
  if (q.answerType === "description") {
    const described = describeSubject(index, q, terms);
    if (described) return described;
  }
  // "Who is the president of the region?", "Who is Dunmere's chief negotiator?": someone the article
  // gives that role, in an apposition or a title.
  // "What was the hurricane called?" of "Hurricane Delphi tore through …".
  const kindNamed = nameOfKind(index, q);
  if (kindNamed) return kindNamed;
  if (asksForRoleHolder(q)) {
    // ("Who is the prime minister?" of an article that names only a housing minister.)
    const unknownRank = unknownModifier(q.text, terms);
    if (unknownRank && terms.some((t) => t.known && t.lower === unknownRank.role))
      return decline(
        blame(unknownRank.modifier, (w) => `The article doesn't mention a ${w} ${unknownRank.role}.`),
        related(),
      );
    const holder = holderOfRole(index, terms, q.text);
    if (holder) return holder;
  }
  const ranked = storyOverHeadline(sameTenseFirst(q, rankSentences(index, q, terms, weights, params, options.tagAll)));
  const trace = options.trace;
  if (trace) trace.ranked = ranked;
  const best = ranked[0];
  if (!best) return decline("The article doesn't say.", related());
  const problem = evidenceProblem(index, q, terms, best, asWritten) ?? unidentifiedKind(q, best);
  // "Who won?" is not answered by "… earned every minute of the win": the sentence must use it as a verb.
  // (Or as a participle, or after a modal: "the group controlling the port", "she will soon visit".)
  const uses = (lower: string) => {
    const term = terms.find((t) => t.lower === lower);
    if (term === undefined) return true;
    const tagged = tagSentence(best.sentence.text);
    return tagged.some((t, i) => t.key === term.key && usedAsVerb(tagged, i));
  };
  const noSpan =
    spanProblem(q, best, uses) ??
    objectUnsaid(q, terms, best, sentenceBefore(index, best.sentence)) ??
    objectOfOtherVerb(q, best) ??
    unnamedKind(index, q, terms, best);
  const confidence = confidenceFeatures(q, terms, ranked.slice(0, params.taggedSentences), noSpan);
  const pQuote = probability(params.quoteModel, confidence);
  const pSpan = probability(params.spanModel, confidence);
  if (trace)
    Object.assign(trace, {
      verbAbsent,
      confidence,
      problem,
      spanProblem: noSpan,
      span: best.span?.text,
      fillsSlot: best.span?.fillsSlot === true,
      pQuote,
      pSpan,
    });
  const closest = () => ranked.slice(0, 2).map((r) => toQuote(r.sentence));
  // A check found that the sentence says something else (another name, the opposite, no negation …).
  if (problem) return verbAbsent ? verbUnsaid() : decline(problem, closest());
  // A question that wants a name, a place, a date or a number is not answered by a sentence with none.
  // (Nor one that asks for a name: "what are the names of the miners?" of a sentence that names none.)
  const typedWithoutAnswer = noSpan !== undefined && (TYPED.has(q.answerType) || asksScore(q) || q.asksName);
  if (verbAbsent)
    return pQuote < Math.max(params.thresholds.decline, params.thresholds.verbAbsent)
      ? verbUnsaid()
      : passage("The article says:", [toQuote(best.sentence)]);
  // "What happened to the water bill?" is answered by the passage that tells it, however unsure
  // the models are.
  const told =
    asksWhatHappenedTo(q.text) && /\bhappened\b/i.test(q.text) ? passageThatTells(index, terms, ranked) : undefined;
  if (told) return passage("The article says:", [toQuote(told.sentence)]);
  // (Declined as unsure, it still says why when it can: "it has no name for that".)
  if (pQuote < params.thresholds.decline)
    return decline(typedWithoutAnswer ? noSpan : "The article doesn't say.", closest());
  // (The sentence may say which of the answers offered holds; the reader sees it said.)
  if (q.answerType === "yes-no" && OFFERS_ALTERNATIVES.test(q.text))
    return passage("The article says:", [toQuote(best.sentence)]);
  if (q.answerType === "yes-no")
    return answerYesNo(best, terms, q.askedVerb, q.text, unverifiedNext(index, best.sentence));
  // "Who started the mill?" of "The mill was founded in 1874 by Ada Brek": the asked deed is not in
  // the sentence, so no name is sure to be its doer; like a deed the articles never name (above),
  // the passage is shown when the sentence is sure enough to be the one.
  if (typedWithoutAnswer && pQuote >= params.thresholds.verbAbsent && lacksAskedVerb(q, best, uses))
    return passage("The article says:", [toQuote(best.sentence)]);
  if (typedWithoutAnswer) return decline(noSpan, closest());
  // The phrase is short-answered when the span model is sure of it, or when the sentence says the
  // question as a statement of it: "who chairs the board?" of "Ada Brek chairs the board" (checked
  // on SQuAD dev: of the passages whose phrase filled the slot, four in five were right answers).
  // ("How many died?" of "at least 23 Velti citizens died": the passage shows whose count it is.)
  if (
    noSpan ||
    best.span?.guess ||
    (pSpan < params.thresholds.answer && !best.span?.fillsSlot) ||
    countsNarrower(q, best)
  )
    return passage("The article says:", [toQuote(best.sentence)]);
  return answerFrom(index, q, best, best.span!);
}

/**
 * For "what happened to X?" (of an event: "what happens to the packet at the router?" asks how a
 * process goes), the sentence that tells it: the best when it holds all the question asks about
 * and opens on it or says what happened ("a failure happened on the third flight when …"), else
 * one of the best three that holds it and opens on it ("Shares in the bank fell 4%", not "… a
 * dividend of 1.20 crowns a share").
 */
function passageThatTells(
  index: KnowledgeIndex,
  terms: readonly QueryTerm[],
  ranked: readonly ScoredSentence[],
): ScoredSentence | undefined {
  const subject = terms.filter((t) => !/^happen/.test(t.lower));
  const best = ranked[0];
  if (!best || !subject.length) return undefined;
  const holds = (r: ScoredSentence) => subject.every((t) => index.hasKey(r.sentence.id, t.key));
  const opens = (r: ScoredSentence) => {
    const opening = new Set(
      tokenize(r.sentence.text)
        .slice(0, 3)
        .map((t) => t.key),
    );
    return subject.some((t) => opening.has(t.key));
  };
  const saysHappened = (r: ScoredSentence) => /\bhappen(?:s|ed)?\b/i.test(r.sentence.text);
  if (holds(best) && (opens(best) || saysHappened(best))) return best;
  return ranked.slice(0, 3).find((r) => holds(r) && opens(r)) ?? (holds(best) ? best : undefined);
}

/** The sentence before `s` in its article, across a paragraph break (news paragraphs are often one sentence). */
function sentenceBefore(index: KnowledgeIndex, s: Sentence): Sentence | undefined {
  const before = index.sentences[s.id - 1];
  return before && before.article === s.article && before.part === "body" ? before : undefined;
}

/**
 * "Where is the firm headquartered?", "when was the dam built?": the participle a passive question
 * ends on is its action, as the verb after "did" is in an active one.
 */
function passiveParticiple(question: string): string | undefined {
  // (Not one in a relative clause, "the stadium that was considered", nor one that only says where
  // a thing is or an event took place, "located", "held", "played": the article may say where
  // without that word.)
  if (/\b(?:that|which|who)\s+(?:is|are|was|were|had|has)\b/i.test(question)) return undefined;
  const participle =
    /^(?:where|when|why|how|who|what|which)\b.*?\b(?:is|are|was|were|been)\s+(?:\S+\s+){0,5}?(\p{L}+(?:ed|en|wn|lt|ght))\s*\??$/iu
      .exec(question.trim())?.[1]
      ?.toLowerCase();
  // (Nor "called", "named", "known": "what is the island called?" asks a name the article may
  // simply give.)
  return participle && !/^(located|situated|held|played|staged|called|named|known|titled)$/.test(participle)
    ? participle
    : undefined;
}

/**
 * Two sentences that give the same short answer agree: neither is a rival to the other. ("Fourteen"
 * and "14" are the same count.)
 */
function agrees(a: ScoredSentence, b: ScoredSentence): boolean {
  if (!a.span || !b.span) return false;
  const [x, y] = [a.span.text.toLowerCase(), b.span.text.toLowerCase()];
  return x === y || (numberValue(x) !== undefined && numberValue(x) === numberValue(y));
}

/** What the confidence models see about the best sentence (see params.ts for each feature). */
function confidenceFeatures(
  q: AnalysedQuestion,
  terms: readonly QueryTerm[],
  ranked: readonly ScoredSentence[],
  noSpan: string | undefined,
): Record<ConfidenceFeature, number> {
  const best = ranked[0]!;
  const span = best.span;
  const type = q.answerType;
  // The sentences the best one is weighed against: a headline restates the story's lead, and the two
  // agreeing is no doubt about which sentence answers ("Mill hires 40 apprentices" over "The mill
  // hired 40 apprentices this autumn").
  // (Nor is a plan a rival for a deed done: "who visited the port?" is not in doubt because another
  // sentence says someone "will soon visit" it.)
  const askedDone = asksDone(q);
  const otherBody = ranked.filter(
    (r) =>
      r !== best &&
      r.sentence.part === "body" &&
      !(askedDone && speaksOfFuture(r.sentence.text) && !speaksOfFuture(best.sentence.text)) &&
      !agrees(r, best),
  );
  return {
    score: best.score,
    margin: best.score - (otherBody[0]?.score ?? 0),
    coverage: best.coverage,
    hasSpan: span ? 1 : 0,
    spanScore: best.features.spanScore,
    spanLength: span ? Math.min(span.text.split(/\s+/).length, 20) / 10 : 0,
    spanRivals: span?.rivals !== undefined ? Math.min(span.rivals, 4) / 4 : 0,
    spanMargin: !span ? 0 : span.rivals ? Math.max(0, Math.min(2, span.score - (span.runnerUp ?? 0))) / 2 : 1,
    spanPhrase: span && span.rivals === undefined ? 1 : 0,
    closeSentences: Math.min(4, otherBody.filter((r) => r.coverage >= best.coverage - 0.05).length) / 4,
    matchingSentences: Math.log10(1 + matchingSentences(q)) / 3,
    spanLead: best.features.spanScore - (otherBody[0]?.features.spanScore ?? 0),
    knownTerms: Math.min(terms.filter((t) => t.known).length, 10) / 10,
    unknownShare: terms.length ? terms.filter((t) => !t.known).length / terms.length : 0,
    noSpan: noSpan ? 1 : 0,
    typePerson: type === "person" ? 1 : 0,
    typePlace: type === "place" ? 1 : 0,
    typeDate: type === "date" ? 1 : 0,
    typeNumber: type === "number" ? 1 : 0,
    typeThing: type === "thing" ? 1 : 0,
    typeReason: type === "reason" ? 1 : 0,
    typeManner: type === "manner" ? 1 : 0,
    typeYesNo: type === "yes-no" ? 1 : 0,
  };
}

/** The sentence after `s` when it says that `s`'s claim is unverified ("The authenticity of this claim …"). */
function unverifiedNext(index: KnowledgeIndex, s: Sentence): Sentence | undefined {
  const next = index.next(s);
  return next !== undefined && flagsUnverified(next.text) && REFERS_BACK.test(next.text) ? next : undefined;
}

/** The short answer, its quotes, and who the article says it comes from. */
function answerFrom(index: KnowledgeIndex, q: AnalysedQuestion, best: ScoredSentence, span: Span): Result {
  const attribution = findAttribution(best.sentence.text) ?? attributionFromContext(index, best.sentence);
  // "The authenticity of this claim is yet to be verified" speaks of the sentence before it; an
  // unverified figure about something else in the next sentence does not.
  const next = unverifiedNext(index, best.sentence);
  const flaggedNext = next !== undefined;
  const unverified = flaggedNext || flagsUnverified(best.sentence.text);
  const quotes = [toQuote(best.sentence), ...(flaggedNext ? [toQuote(next)] : [])];
  // "against the raiders" → "the raiders": the preposition belongs to the sentence, not the answer.
  let text =
    q.answerType === "date"
      ? span.text
      : span.text.replace(/^(against|with|by|for|from|to|into|of|about|on|in|at(?!\s+(?:least|most)\b))\s+(?=\S)/i, "");
  // Not when the answer is who makes the claim: that one is sure ("the Guild", not "the Guild,
  // the Guild claims (not yet verified)").
  const saysWho = attribution?.toLowerCase().includes(text.toLowerCase()) === true;
  // (A source the sentence closes on, "…, officials said", is shown beside the answer, not in it:
  // news closes most sentences so.)
  const closing = attribution !== undefined && attribution === sourceAtEnd(best.sentence.text);
  // A claim or an estimate stays with its answer ("30, the Guild claims"): the figure is theirs.
  // Any other source is shown beside the answer (the `attribution` field), so that the answer is
  // the phrase alone ("43", not "43, Regional officials said").
  if (attribution && !saysWho && !closing && /claim|alleg|estimat/i.test(attribution))
    text += `, ${inline(attribution)}`;
  if (unverified && !saysWho) text += " (not yet verified)";
  return { answered: true, answer: text, quotes, related: [], ...(attribution ? { attribution } : {}) };
}

/** A source as it reads after a comma: "16%, he said", not "16%, He said" or "…, But the firm said". */
function inline(attribution: string): string {
  return attribution
    .replace(/^(?:but|and|yet|however,?)\s+/i, "")
    .replace(/^(The|He|She|They|It|We|A|An)\b/, (w) => w.toLowerCase());
}

function attributionFromContext(index: KnowledgeIndex, s: Sentence): string | undefined {
  const prev = index.previous(s);
  return prev && /^(this|that|these|the claim|the report)\b/i.test(s.text) ? findAttribution(prev.text) : undefined;
}
