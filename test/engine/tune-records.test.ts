// The tuner fits the thresholds on records of what each decision was made from; those records must
// describe the engine as it runs in production, or the fitted thresholds are fitted to another bot.
import { describe, expect, it } from "vitest";
import { PARAMS } from "../../src/answer/params.ts";
import { collectFrom } from "../../src/tune/collect.ts";
import { decider } from "../../src/tune/fit.ts";
import { loadReportSets } from "../../src/tune/report-sets.ts";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { loadQaSet } from "../../src/tune/qa-sets.ts";
import { SEED_DIR, SHARED_EVAL } from "./helpers.ts";

const SEED_SET = join(SHARED_EVAL, "seed-dev.json");

describe("the tuner's records", () => {
  const reports = loadReportSets("test/engine/reports");
  const records = [
    ...reports.flatMap((r) => collectFrom("reports", r.name, r.dir, r.questions, PARAMS)),
    // The seed article is longer: there, tagging every candidate would pick other best sentences.
    ...(existsSync(SEED_SET) ? collectFrom("seed", "seed", SEED_DIR, loadQaSet(SEED_SET), PARAMS) : []),
  ];

  it("cover every question of our own reports", () => {
    expect(records.length).toBeGreaterThanOrEqual(reports.reduce((n, r) => n + r.questions.length, 0));
    expect(records.filter((r) => r.decidable).length).toBeGreaterThan(records.length / 2);
  });

  it("decided with the committed params, give the outcome the engine gives", () => {
    const decide = decider(PARAMS);
    const differing = records.filter((r) => decide(r) !== r.outcome).map((r) => `${r.article}: ${r.outcome}`);
    expect(differing).toEqual([]);
  });

  it("decided with other thresholds, change the outcome (the decider reads them)", () => {
    const declineAll = decider({ ...PARAMS, thresholds: { decline: 1.01, answer: 0, verbAbsent: 1.01 } });
    const decided = records.filter((r) => r.decidable && !r.decidable.problem);
    expect(decided.length).toBeGreaterThan(0);
    for (const r of decided) expect(declineAll(r)).toBe("declined");
  });
});
