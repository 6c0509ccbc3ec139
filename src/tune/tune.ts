// `npm run tune`: fits the rank weights, the confidence models and the answer/passage/decline
// thresholds of src/answer/params.ts on the public dev sets, prints the figures before and after on
// the part it fitted on and on the part it kept aside, and writes src/answer/fitted-params.json.
//
// Split: SQuAD dev-v1.1's articles alternate between fitting and validation; SQuAD 2.0's sample
// (the only public questions written to look answerable when they are not) alternates by
// paragraph; SQuAD 1.1's sample is validation only; our chat sets (test/engine/chat-sets/, 1,300
// questions typed the way people chat, a third of them not answered, on 54 short texts written for
// the project) alternate by text. `--dry` prints without writing.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type AnswerParams, PARAMS } from "../answer/params.ts";
import { collect, collectFrom, type Figures, figures, type QuestionRecord } from "./collect.ts";
import { loadQaSet } from "./qa-sets.ts";
import { loadChatSets } from "./chat-sets.ts";
import { loadReportSets } from "./report-sets.ts";
import { decider, fitLogistic, fitRank, topAccuracy } from "./fit.ts";
import { loadSquad } from "./squad.ts";

const shared = process.env.SHARED_DIR ?? join(process.cwd(), "..", "shared");
const dry = process.argv.includes("--dry");
/**
 * Refit the rank weights too (off by default): on the fit part the free fit raises SQuAD's top
 * sentence by under a point, and it broke rules pinned by tests on our own short reports (the
 * neighbour bonus), so the committed rank weights are the hand-set ones, checked, not refitted.
 */
const keepRank = !process.argv.includes("--fit-rank");
// The short-answer weights (PARAMS.span) are not refitted either. Checked on 2026-12-01 by
// coordinate ascent on the right-sentence questions of the fit part (each candidate's parts
// recorded, the pick's F1 ≥ 0.4 counted): the pick rose 61.6 → 63.5 % on dev-v1.1's fitted
// articles but only 61.0 → 61.7 on those kept aside, and fell on the chat texts kept aside
// (86.1 → 84.7), the SQuAD samples (69.0 → 67.5, 75.0 → 72.4) and casual; thirteen more parts
// (same clause, next to a question word, the asked noun inside, named, length …) fitted the same
// way did no better. A reweighing of these parts does not generalise; the hand-set weights stay.
// One part was fitted since, alone: `statementSlot` (statement-slot.ts), on dev-v1.1's fitted
// articles (right − 2 × harmful: 3 → −31, 10 → −29; counted in the score too, 1 … 10 rose
// monotonically), then checked on those kept aside. It only picks the phrase within a sentence and
// is left out of the score sentences are ranked and trusted by, so at 10 it settles any pick where
// a slot is filled.

/**
 * The short-news questions are few beside SQuAD's thousands; each counts this many times in the
 * confidence models, so that they are fitted for short articles too and not for Wikipedia alone.
 */
const SHORT_NEWS_WEIGHT = 20;
const SHORT_NEWS = new Set(["casual", "seed", "reports"]);

function collectAll(
  params: AnswerParams,
  tagAll = !keepRank,
): {
  fit: QuestionRecord[];
  aside: QuestionRecord[];
  bySet: Map<string, QuestionRecord[]>;
} {
  const fit: QuestionRecord[] = [];
  const aside: QuestionRecord[] = [];
  const bySet = new Map<string, QuestionRecord[]>();
  const dev = loadSquad(join(shared, "eval/squad/dev-v1.1.json"));
  dev.forEach((article, i) => {
    const records = collect("dev-v1.1", [article], params, tagAll);
    (i % 2 === 0 ? fit : aside).push(...records);
  });
  const v2 = collect("sample-v2.0", loadSquad(join(shared, "eval/squad/sample-v2.0.json")), params, tagAll);
  for (const r of v2) (r.paragraph % 2 === 0 ? fit : aside).push(r);
  const v1 = collect("sample-v1.1", loadSquad(join(shared, "eval/squad/sample-v1.1.json")), params, tagAll);
  aside.push(...v1);
  // Short news in chat language, the bot's everyday use: half the casual questions are fitted on,
  // the other half kept aside.
  const casual = collectFrom(
    "casual",
    "casual",
    join(shared, "eval/casual/articles"),
    loadQaSet(join(shared, "eval/casual/casual-dev.json")),
    params,
    tagAll,
  );
  for (const r of casual) (r.paragraph % 2 === 0 ? fit : aside).push(r);
  // Our own six short reports, written for the tests: short news, fitted on whole.
  for (const report of loadReportSets("test/engine/reports"))
    fit.push(...collectFrom("reports", report.name, report.dir, report.questions, params, tagAll));
  // Chat questions on our own short stories and entries, the bot's everyday use and the only questions
  // beside SQuAD 2.0's that the texts often don't answer: without them the models learn from
  // Wikipedia questions that all have an answer, and trust a short text's look-alike sentence.
  // Odd-numbered texts of each set are fitted on, even ones kept aside.
  for (const text of loadChatSets("test/engine/chat-sets")) {
    const records = collectFrom("chat", `${text.set}/${text.name}`, text.dir, text.questions, params, tagAll);
    (Number(/\d+$/.exec(text.name)?.[0] ?? 0) % 2 === 1 ? fit : aside).push(...records);
  }
  // The article the bot ships with: its dev set must keep passing whole (right, or rightly declined).
  fit.push(...collectFrom("seed", "seed", "knowledge", loadQaSet(join(shared, "eval/seed-dev.json")), params, tagAll));
  for (const r of [...fit, ...aside]) bySet.set(`${r.set}`, [...(bySet.get(r.set) ?? []), r]);
  return { fit, aside, bySet };
}

const show = (name: string, f: Figures) =>
  `${name.padEnd(22)} n=${String(f.questions).padStart(5)}  answered ${f.answered.toFixed(1)}  quote@1 ${f.quoteAt1.toFixed(1)}  F1 ${f.f1.toFixed(1)}  direct ${f.direct.toFixed(1)}  harmful ${f.harmful.toFixed(1)}${f.questions > f.answerable ? `  declined-unanswerable ${f.declinedUnanswerable.toFixed(1)}` : ""}`;

function report(title: string, data: ReturnType<typeof collectAll>, decide?: Parameters<typeof figures>[1]): void {
  console.log(`== ${title}`);
  console.log(show("fit part", figures(data.fit, decide)));
  console.log(show("kept aside", figures(data.aside, decide)));
  for (const [set, records] of data.bySet) console.log(show(`  ${set}`, figures(records, decide)));
}

/**
 * The issue's targets (issue 8, "How it is judged"): what each figure should reach. The thresholds
 * minimise the shortfall from them, each as a share of its target, harm counting HARM_WEIGHT times:
 * a wrong reply costs more trust than a missed one.
 */
const TARGETS = {
  dev: { quoteAt1: 70, f1: 38, harmful: 20 },
  v2: { declinedUnanswerable: 55, f1: 40, harmful: 30 },
  casual: { quoteAt1: 75, harmful: 10 },
};
const HARM_WEIGHT = 2;
/**
 * Points of harm kept in hand below each limit: sets nobody here has seen run harder. (Two chat sets
 * written later by helpers who never saw the code, 300 questions, ran 20.7 % harmful with the params
 * of the fit before this one, against 13.2 % on the chat sets the rules were checked on.)
 */
const HARM_MARGIN = 5;

/** What the thresholds maximise on the fit part: minus the weighted shortfall from TARGETS. */
function utility(records: readonly QuestionRecord[], decide: Parameters<typeof figures>[1]): number {
  const of = (set: string) =>
    figures(
      records.filter((r) => r.set === set),
      decide,
    );
  const [dev, v2, casual] = [of("dev-v1.1"), of("sample-v2.0"), of("casual")];
  const below = (value: number, target: number) => Math.max(0, target - value) / target;
  const above = (value: number, limit: number) => (HARM_WEIGHT * Math.max(0, value - (limit - HARM_MARGIN))) / limit;
  const shortfall =
    below(dev.quoteAt1, TARGETS.dev.quoteAt1) +
    below(dev.f1, TARGETS.dev.f1) +
    above(dev.harmful, TARGETS.dev.harmful) +
    below(v2.declinedUnanswerable, TARGETS.v2.declinedUnanswerable) +
    below(v2.f1, TARGETS.v2.f1) +
    above(v2.harmful, TARGETS.v2.harmful) +
    below(casual.quoteAt1, TARGETS.casual.quoteAt1) +
    above(casual.harmful, TARGETS.casual.harmful);
  // Any seed question that no longer passes costs more than any gain.
  const seedFailures = records.filter((r) => r.set === "seed" && !passes(r, decide!(r))).length;
  return -shortfall - seedFailures;
}

/** qa-eval's pass: a right direct answer (with its quote), or a decline where the article doesn't say. */
function passes(r: QuestionRecord, outcome: string): boolean {
  if (r.impossible) return outcome === "declined";
  const score = r.decidable && outcome !== r.outcome ? r.decidable.spanF1 : r.f1;
  return outcome === "answer" && score >= 1;
}

function main(): void {
  const started = Date.now();
  // Collected with thresholds that never decline nor withhold an answer, so that each record says what
  // the rules alone would do; the thresholds are then applied to the records.
  const open = { ...PARAMS, thresholds: { decline: 0, answer: 0, verbAbsent: 0 } };
  const before = collectAll(open);
  report("before (the committed params)", before, decider(PARAMS));
  // With --fit-rank, the rank weights move from the committed ones by small steps where the top
  // sentence holds the answer more often on SQuAD and short news together (each short-news question
  // counting SHORT_NEWS_WEIGHT times).
  const fitRanked = before.fit.filter((r) => r.candidates?.length);
  const rank = keepRank
    ? PARAMS.rank
    : fitRank(
        fitRanked.map((r) => r.candidates!),
        PARAMS.rank,
        PARAMS.taggedSentences,
        fitRanked.map((r) => (SHORT_NEWS.has(r.set) ? SHORT_NEWS_WEIGHT : 1)),
      );
  for (const [name, part] of [
    ["fit part", before.fit],
    ["kept aside", before.aside],
  ] as const) {
    const withCandidates = part.flatMap((r) => (r.candidates?.length ? [r.candidates] : []));
    const was = topAccuracy(withCandidates, PARAMS.rank, PARAMS.taggedSentences);
    const now = topAccuracy(withCandidates, rank, PARAMS.taggedSentences);
    console.log(`rank: top sentence holds the answer, ${name}: ${(100 * was).toFixed(1)} → ${(100 * now).toFixed(1)}`);
  }
  const ranked = collectAll({ ...open, rank });
  const rows = ranked.fit.filter((r) => r.decidable && !r.decidable.problem);
  const weight = (r: QuestionRecord) => (SHORT_NEWS.has(r.set) ? SHORT_NEWS_WEIGHT : 1);
  const quoteModel = fitLogistic(
    rows.map((r) => ({ x: r.decidable!.confidence, y: r.decidable!.quoteRight ? 1 : 0, w: weight(r) })),
  );
  const spanModel = fitLogistic(
    rows
      .filter((r) => !r.decidable!.noSpan)
      .map((r) => ({ x: r.decidable!.confidence, y: r.decidable!.spanF1 >= 0.4 ? 1 : 0, w: weight(r) })),
  );
  let best = { u: -Infinity, decline: 0, answer: 0, verbAbsent: 0 };
  const round = (v: number) => Math.round(v * 1000) / 1000;
  for (let decline = 0; decline <= 0.9; decline += 0.025) {
    for (let answer = 0; answer <= 1.0001; answer += 0.025) {
      // (Above 1, never: a question whose action the articles never name is declined before ranking.)
      for (let verbAbsent = decline; verbAbsent <= 1.0101; verbAbsent += 0.05) {
        const thresholds = { decline, answer, verbAbsent: verbAbsent > 1 ? 1.01 : verbAbsent };
        const u = utility(ranked.fit, decider({ ...PARAMS, rank, quoteModel, spanModel, thresholds }));
        if (u > best.u + 1e-12)
          best = { u, decline: round(decline), answer: round(answer), verbAbsent: round(thresholds.verbAbsent) };
      }
    }
  }
  const fitted: AnswerParams = {
    ...PARAMS,
    rank,
    quoteModel,
    spanModel,
    thresholds: { decline: best.decline, answer: best.answer, verbAbsent: best.verbAbsent },
  };
  report("after (fitted)", ranked, decider(fitted));
  console.log(
    `thresholds: decline below P(quote) ${best.decline}, answer from P(span) ${best.answer}, passage for an absent verb from P(quote) ${best.verbAbsent}`,
  );
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (!dry) {
    writeFileSync(join(import.meta.dirname, "../answer/fitted-params.json"), `${JSON.stringify(fitted, null, 2)}\n`);
    console.log("wrote src/answer/fitted-params.json");
  }
}

main();
