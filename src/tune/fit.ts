// The fitting methods: coordinate ascent for the rank weights (the top sentence should hold the
// answer), logistic regression for the confidence models, and a grid over the thresholds.
import {
  type AnswerParams,
  CHEAP_RANK_FEATURES,
  CONFIDENCE_FEATURES as ALL_FEATURES,
  type ConfidenceFeature,
  type LogisticModel,
  probability,
  RANK_FEATURES,
  type RankFeature,
} from "../answer/params.ts";
import type { Outcome } from "../answer/types.ts";
import type { QuestionRecord } from "./collect.ts";

type Candidates = NonNullable<QuestionRecord["candidates"]>;

/** Share of questions whose top-scored candidate holds the answer, with the two-stage ranking the engine uses. */
export function topAccuracy(
  questions: readonly Candidates[],
  rank: Record<RankFeature, number>,
  tagged: number,
  weights?: readonly number[],
): number {
  const cheap: readonly RankFeature[] = CHEAP_RANK_FEATURES;
  let right = 0;
  let total = 0;
  for (const [i, cands] of questions.entries()) {
    const w = weights?.[i] ?? 1;
    total += w;
    const pre = cands
      .map((c) => ({ c, s: cheap.reduce((sum, f) => sum + c.features[f] * rank[f], 0) }))
      .sort((a, b) => b.s - a.s)
      .slice(0, tagged);
    let best: { gold: boolean; s: number } | undefined;
    for (const { c } of pre) {
      let s = 0;
      for (const f of RANK_FEATURES) s += c.features[f] * rank[f];
      if (!best || s > best.s) best = { gold: c.gold, s };
    }
    if (best?.gold) right += w;
  }
  return right / Math.max(1, total);
}

/** Coordinate ascent: try each weight up and down by shrinking steps, keep what raises accuracy. */
export function fitRank(
  questions: readonly Candidates[],
  start: Record<RankFeature, number>,
  tagged: number,
  weights?: readonly number[],
): Record<RankFeature, number> {
  const rank = { ...start };
  let best = topAccuracy(questions, rank, tagged, weights);
  for (const step of [0.1, 0.05, 0.02]) {
    let improved = true;
    for (let round = 0; improved && round < 6; round++) {
      improved = false;
      for (const f of RANK_FEATURES) {
        for (const delta of [step, -step]) {
          const trial = { ...rank, [f]: Math.round((rank[f] + delta) * 1000) / 1000 };
          const acc = topAccuracy(questions, trial, tagged, weights);
          if (acc > best + 1e-9) {
            best = acc;
            Object.assign(rank, trial);
            improved = true;
          }
        }
      }
    }
  }
  return rank;
}

/**
 * L2-regularised logistic regression by gradient descent. Features are standardised while fitting
 * (the rank score runs to about 15, the shares to 1) and the weights turned back to raw units.
 */
export function fitLogistic(
  rows: readonly { x: Record<ConfidenceFeature, number>; y: number; w?: number }[],
  /** The features the model may use; the others get weight 0. */
  features: readonly ConfidenceFeature[] = ALL_FEATURES,
  l2 = 0.001,
  iterations = 2000,
  rate = 0.5,
): LogisticModel {
  const n = Math.max(
    1,
    rows.reduce((s, r) => s + (r.w ?? 1), 0),
  );
  const mean = {} as Record<ConfidenceFeature, number>;
  const sd = {} as Record<ConfidenceFeature, number>;
  for (const f of features) {
    mean[f] = rows.reduce((s, r) => s + (r.w ?? 1) * r.x[f], 0) / n;
    sd[f] = Math.sqrt(rows.reduce((s, r) => s + (r.w ?? 1) * (r.x[f] - mean[f]) ** 2, 0) / n) || 1;
  }
  const z = rows.map((r) => ({
    x: Object.fromEntries(
      ALL_FEATURES.map((f) => [f, features.includes(f) ? (r.x[f] - mean[f]) / sd[f] : 0]),
    ) as Record<ConfidenceFeature, number>,
    y: r.y,
    w: r.w ?? 1,
  }));
  const std: LogisticModel = {
    bias: 0,
    weights: Object.fromEntries(ALL_FEATURES.map((f) => [f, 0])) as Record<ConfidenceFeature, number>,
  };
  for (let it = 0; it < iterations; it++) {
    let gBias = 0;
    const g = Object.fromEntries(features.map((f) => [f, 0])) as Record<ConfidenceFeature, number>;
    for (const { x, y, w } of z) {
      const err = (probability(std, x) - y) * w;
      gBias += err;
      for (const f of features) g[f] += err * x[f];
    }
    std.bias -= (rate * gBias) / n;
    for (const f of features) std.weights[f] -= rate * (g[f] / n + l2 * std.weights[f]);
  }
  const round = (v: number) => Math.round(v * 10000) / 10000;
  const weights = Object.fromEntries(
    ALL_FEATURES.map((f) => [f, features.includes(f) ? round(std.weights[f] / sd[f]) : 0]),
  ) as Record<ConfidenceFeature, number>;
  const bias = round(std.bias - features.reduce((s, f) => s + (std.weights[f] * mean[f]) / sd[f], 0));
  return { bias, weights };
}

/** How the thresholds turn a record into an outcome; records decided by earlier rules keep theirs. */
export function decider(params: AnswerParams): (r: QuestionRecord) => Outcome {
  return (r) => {
    const d = r.decidable;
    if (!d || d.problem) return r.outcome;
    const pQuote = probability(params.quoteModel, d.confidence);
    if (pQuote < params.thresholds.decline) return "declined";
    if (d.verbAbsent) return pQuote < params.thresholds.verbAbsent ? "declined" : "passage";
    // A yes/no reply past the threshold is what its rules made it (an answer, or a passage for a claim).
    if (d.confidence.typeYesNo === 1) return r.outcome;
    const typed =
      d.confidence.typePerson + d.confidence.typePlace + d.confidence.typeDate + d.confidence.typeNumber > 0;
    if (d.noSpan && typed) return "declined";
    if (d.noSpan || (!d.fillsSlot && probability(params.spanModel, d.confidence) < params.thresholds.answer))
      return "passage";
    return "answer";
  };
}
