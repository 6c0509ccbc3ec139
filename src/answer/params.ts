// Every number that decides which sentence answers and how sure the engine is of it, in one typed,
// documented object. The values are not guessed: `npm run tune` fits them on the public dev sets
// (src/tune/) and writes them to fitted-params.json, which this module reads. Change a default
// here only together with a new fit.
import fitted from "./fitted-params.json" with { type: "json" };

/**
 * Features of one candidate sentence, each in about [0, 1]. A sentence's rank score is the dot
 * product of these with `rank` weights. The cheap ones come first: only the best few sentences by
 * those are tagged for a short answer, which the rest need.
 */
export const CHEAP_RANK_FEATURES = [
  /** Share of the question's rarity-weighted words found in the sentence (neighbours count part). */
  "coverage",
  /** The same, counting only the sentence's own words. */
  "ownCoverage",
  /** The same, counting every word of the sentence's paragraph: the passage the question is about. */
  "paragraphCoverage",
  /** Matched question words over the stretch of the sentence they span: close together is better. */
  "density",
  /** Share of the sentence's own words that the question does not use: an answer adds something. */
  "novelty",
  /** The sentence's length in words, over 50 (capped at 1). */
  "length",
  /** BM25 of the sentence plus a share of its neighbours', over the best sentence's. */
  "passageBm25",
  /** Share of the question's adjacent word pairs that stand side by side in the sentence. */
  "wordOrder",
  /** 1 for a headline or subtitle, which rarely hold an answer. */
  "notBody",
] as const;

export const RANK_FEATURES = [
  ...CHEAP_RANK_FEATURES,
  /** 1 when an answer of the asked type stands in the sentence. */
  "hasSpan",
  /** That answer's own score (see choose-span.ts), capped at 3, over 3. */
  "spanScore",
  /** 1 when the question wants a typed answer (a name, a date, a number …) and the sentence has none. */
  "typedWithoutSpan",
  /** Weight of the question's words that are verbs in the sentence, over the question's total. */
  "verbMatch",
  /** 1 for a yes/no question when the sentence holds its verb. */
  "yesNoVerb",
] as const;
export type RankFeature = (typeof RANK_FEATURES)[number];

/**
 * Parts of a candidate short answer's score within its sentence (choose-span.ts); the score is
 * their sum weighed by `span`. Each is 0 when it does not apply.
 */
export const SPAN_FEATURES = [
  /** Closeness to the question's words, weighted by rarity (each word over 1 + 0.35 × its distance). */
  "nearness",
  /** Share of the answer's words that the question itself uses. */
  "repeats",
  /** 1 when the answer repeats a name the question uses: usually the question's own subject. */
  "repeatsName",
  /** 1 for a phrase set off after a name the question asks about ("Ada Brek, the envoy, met …"). */
  "appositionOfAsked",
  /** 1 for one name of a group the sentence's subject is ("leaders, including Tomas Reyes, …"). */
  "partOfGroup",
  /** 1 for a name set off after the role the question asks who holds. */
  "roleTitle",
  /** How well the titles before or in a name match the role asked (see roleScore). */
  "roleWords",
  /** 1 for whom the sentence gives as its source, asked "who said …?". */
  "source",
  /** Whether the answer stands on the side of the asked verb the question puts it (see sideScore). */
  "side",
  /** 1 for a name, asked "who?". */
  "namedPerson",
  /** 1 for a named place, asked "where?". */
  "namedPlace",
  /** 1 for a place after "from", asked where someone went. */
  "fromPlace",
  /** 1 for a duration, asked "how long?". */
  "duration",
  /** How well a number counts what the question counts (see countScore). */
  "count",
  /** 1 for a range ("between 9 and 14"), asked for a number: enough to prefer it over one of its ends, no more. */
  "range",
  /** 1 for the whole a part is of ("seven of the nine": the nine). */
  "wholeOfPart",
  /** 1 for a person, a date or a number without a name, asked "what?". */
  "typedForThing",
  /** 1 for a place, asked a bare "what?" (a place answer needs "where" or "what city"). */
  "placeForThing",
  /** For the phrase that fills the question's slot where the sentence repeats its words, the share of the question those words are (see statement-slot.ts). */
  "statementSlot",
] as const;
export type SpanFeature = (typeof SPAN_FEATURES)[number];

/**
 * What the confidence models see about the best sentence and its short answer. Both models are
 * logistic: p = 1 / (1 + e^-(bias + Σ w·x)).
 */
export const CONFIDENCE_FEATURES = [
  /** The best sentence's rank score. */
  "score",
  /** How far it stands above the best other body sentence (a headline restates the lead: no rival). */
  "margin",
  /** Its word coverage. */
  "coverage",
  /** 1 when it has a short answer of the asked type. */
  "hasSpan",
  /** That answer's own score, capped at 3, over 3. */
  "spanScore",
  /** Words in the short answer, over 10 (long answers are rarely exact). */
  "spanLength",
  /** Other body sentences among the best few that cover the question about as well (0 to 4, over 4). */
  "closeSentences",
  /** Sentences that share a word with the question (log10, over 3): the more, the more look-alikes. */
  "matchingSentences",
  /** How much better the best sentence's short answer scores than that of the best other body sentence (each over 3). */
  "spanLead",
  /** Number of the question's known content words, over 10. */
  "knownTerms",
  /** Share of the question's words the articles never use. */
  "unknownShare",
  /** Other answers of the asked type in the sentence (0 to 4, over 4): the more, the less sure the pick. */
  "spanRivals",
  /** How far the short answer's score stands above the best rival's (capped at 2, over 2; 1 without rivals). */
  "spanMargin",
  /** 1 when the short answer came from a phrase rule (a reason, a means, a that-clause), not a typed candidate. */
  "spanPhrase",
  /** 1 when the best sentence has no short answer to give (none of the type, too weak, or the question's own words). */
  "noSpan",
  /** One feature per asked answer type: who / where / when / how many … differ in how often they are right. */
  "typePerson",
  "typePlace",
  "typeDate",
  "typeNumber",
  "typeThing",
  "typeReason",
  "typeManner",
  "typeYesNo",
] as const;
export type ConfidenceFeature = (typeof CONFIDENCE_FEATURES)[number];

export interface LogisticModel {
  bias: number;
  weights: Record<ConfidenceFeature, number>;
}

export interface AnswerParams {
  /** Candidate sentences taken from BM25 before re-ranking. */
  candidateSentences: number;
  /** Sentences tagged and given a short answer per question (tagging is the slow step). */
  taggedSentences: number;
  /** Share of the neighbours' BM25 added to a sentence's own ("the passage the question is about"). */
  neighbourShare: number;
  /** Share of a word of the sentence before that counts for a sentence opening with a pronoun. */
  pronounShare: number;
  /** Rank weights, one per RANK_FEATURES entry. */
  rank: Record<RankFeature, number>;
  /** Short-answer weights, one per SPAN_FEATURES entry. */
  span: Record<SpanFeature, number>;
  /** P(the best sentence holds the answer). */
  quoteModel: LogisticModel;
  /** P(the short answer is right, given the features). */
  spanModel: LogisticModel;
  /**
   * Below `decline` P(quote), decline; at or above `answer` P(span), give the short answer; else the
   * passage. A question whose action the articles never name ("what will the council decorate?"
   * of an article that says "repaint") gets no short answer: the passage at or above `verbAbsent`
   * P(quote) (and `decline`), else a decline that names the word.
   */
  thresholds: { decline: number; answer: number; verbAbsent: number };
}

export const PARAMS: AnswerParams = fitted as AnswerParams;

/** Logistic probability of a model on a feature record. */
export function probability(model: LogisticModel, x: Record<ConfidenceFeature, number>): number {
  let z = model.bias;
  for (const f of CONFIDENCE_FEATURES) z += (model.weights[f] ?? 0) * x[f];
  return 1 / (1 + Math.exp(-z));
}
