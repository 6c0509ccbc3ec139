// The fitting methods: coordinate ascent for the rank weights (the top sentence should hold the
// answer), logistic regression for the confidence models, and a grid over the two thresholds.
import {
  type AnswerParams,
  CONFIDENCE_FEATURES,
  type ConfidenceFeature,
  type LogisticModel,
  probability,
  RANK_FEATURES,
  type RankFeature,
} from "../answer/params.ts";
import { CHEAP_FEATURES } from "../answer/rank-sentences.ts";
import type { Outcome } from "../answer/types.ts";
import type { QuestionRecord } from "./collect.ts";

type Candidates = NonNullable<QuestionRecord["candidates"]>;

/** Share of questions whose top-scored candidate holds the answer, with the two-stage ranking the engine uses. */
export function topAccuracy(
  questions: readonly Candidates[],
  rank: Record<RankFeature, number>,
  tagged: number,
): number {
  const cheap: readonly RankFeature[] = CHEAP_FEATURES;
  let right = 0;
  for (const cands of questions) {
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
    if (best?.gold) right++;
  }
  return right / Math.max(1, questions.length);
}

/** Coordinate ascent: try each weight up and down by shrinking steps, keep what raises accuracy. */
export function fitRank(
  questions: readonly Candidates[],
  start: Record<RankFeature, number>,
  tagged: number,
): Record<RankFeature, number> {
  const rank = { ...start };
  let best = topAccuracy(questions, rank, tagged);
  for (const step of [0.4, 0.2, 0.1, 0.05, 0.02]) {
    let improved = true;
    for (let round = 0; improved && round < 6; round++) {
      improved = false;
      for (const f of RANK_FEATURES) {
        for (const delta of [step, -step]) {
          const trial = { ...rank, [f]: Math.round((rank[f] + delta) * 1000) / 1000 };
          const acc = topAccuracy(questions, trial, tagged);
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
 * A conditional-logit ranker: P(candidate) = softmax of w·x over the question's candidates, fitted by
 * gradient ascent on the log-probability of the candidates that hold the answer. Smooth, so it
 * finds a good region that coordinate ascent then sharpens for top-1 accuracy.
 */
export function fitRankSoftmax(questions: readonly Candidates[], iterations = 400, rate = 2, l2 = 0.001) {
  const w = Object.fromEntries(RANK_FEATURES.map((f) => [f, 0])) as Record<RankFeature, number>;
  const usable = questions.filter((c) => c.some((x) => x.gold) && c.some((x) => !x.gold));
  for (let it = 0; it < iterations; it++) {
    const g = Object.fromEntries(RANK_FEATURES.map((f) => [f, 0])) as Record<RankFeature, number>;
    for (const cands of usable) {
      const scores = cands.map((c) => RANK_FEATURES.reduce((sum, f) => sum + w[f] * c.features[f], 0));
      const max = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - max));
      const z = e.reduce((a, b) => a + b, 0);
      const zGold = e.reduce((a, b, i) => a + (cands[i]!.gold ? b : 0), 0);
      cands.forEach((c, i) => {
        const pAll = e[i]! / z;
        const pGold = c.gold ? e[i]! / zGold : 0;
        for (const f of RANK_FEATURES) g[f] += (pGold - pAll) * c.features[f];
      });
    }
    for (const f of RANK_FEATURES) w[f] += rate * (g[f] / usable.length - l2 * w[f]);
  }
  for (const f of RANK_FEATURES) w[f] = Math.round(w[f] * 1000) / 1000;
  return w;
}

/** L2-regularised logistic regression by gradient descent on standardised-free features (all are ~[0, 1]). */
export function fitLogistic(
  rows: readonly { x: Record<ConfidenceFeature, number>; y: number }[],
  l2 = 0.01,
  iterations = 3000,
  rate = 0.5,
): LogisticModel {
  const model: LogisticModel = {
    bias: 0,
    weights: Object.fromEntries(CONFIDENCE_FEATURES.map((f) => [f, 0])) as Record<ConfidenceFeature, number>,
  };
  const n = Math.max(1, rows.length);
  for (let it = 0; it < iterations; it++) {
    let gBias = 0;
    const g = Object.fromEntries(CONFIDENCE_FEATURES.map((f) => [f, 0])) as Record<ConfidenceFeature, number>;
    for (const { x, y } of rows) {
      const err = probability(model, x) - y;
      gBias += err;
      for (const f of CONFIDENCE_FEATURES) g[f] += err * x[f];
    }
    model.bias -= (rate * gBias) / n;
    for (const f of CONFIDENCE_FEATURES) model.weights[f] -= rate * (g[f] / n + l2 * model.weights[f]);
  }
  model.bias = Math.round(model.bias * 1000) / 1000;
  for (const f of CONFIDENCE_FEATURES) model.weights[f] = Math.round(model.weights[f] * 1000) / 1000;
  return model;
}

/** How the thresholds turn a record into an outcome; records decided by earlier rules keep theirs. */
export function decider(params: AnswerParams): (r: QuestionRecord) => Outcome {
  return (r) => {
    const d = r.decidable;
    if (!d) return r.outcome;
    if (probability(params.quoteModel, d.confidence) < params.thresholds.decline) return "declined";
    if (d.problem) return "passage";
    if (d.confidence.typeYesNo === 1) return r.outcome === "declined" ? "declined" : "answer";
    if (d.noSpan || probability(params.spanModel, d.confidence) < params.thresholds.answer) return "passage";
    return "answer";
  };
}
