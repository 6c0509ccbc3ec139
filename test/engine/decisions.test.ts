// The engine's decisions on our own texts, pinned: for each question the reply's kind, the sentence
// ranked first, the short answer found, and both fitted confidences to two decimals. Every weight
// and threshold of src/answer/fitted-params.json and every answering rule feeds these, so changing
// one shows here. When a change is meant (a new fit, a new rule), look at the diff, then re-pin it
// with `npx vitest run test/engine/decisions.test.ts -u`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/answer/engine.ts";
import { PARAMS } from "../../src/answer/params.ts";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import { REPO } from "./helpers.ts";

/** Questions typed the way people chat, written for this test about the seed article. */
const SEED_CHAT = [
  "who r the russians talking to",
  "wat does russia want",
  "who met in qatar",
  "when did hamas visit",
  "how many russians died",
  "who is zakharova",
  "putin?",
  "ceasefire",
  "who does russia blame",
  "how many hostages r russian",
  "where is hamas holding the hostages",
  "what is hamas",
  "who is iran's nuclear negotiator",
  "what did bogdanov say",
  "are there more than 200 hostages",
  "who is the leader of hamas",
  "how many soldiers were wounded",
];

function decisions(engine: Engine, questions: readonly string[]): string[] {
  return questions.map((q) => {
    const a = engine.ask(q);
    const t = engine.explain(q);
    const best = t.ranked?.[0]?.sentence;
    const where = best
      ? `${best.article} ${best.part === "body" ? `${best.paragraph}.${best.sentence}` : best.part}`
      : "-";
    const p = (x: number | undefined) => (x === undefined ? "-" : x.toFixed(2));
    return `${q} → ${a.outcome} | ${where} | ${t.span ?? "-"} | pQ ${p(t.pQuote)} pS ${p(t.pSpan)}`;
  });
}

describe("decisions on our own texts", () => {
  // Few of these questions sit near a threshold, so the thresholds are pinned as well.
  it("the thresholds that pick answer, passage and decline", () => {
    expect(PARAMS.thresholds).toMatchSnapshot();
  });

  it("the seed article, asked in chat language", () => {
    const engine = createEngine(loadKnowledge(join(REPO, "knowledge")), { useFactsFiles: false });
    expect(decisions(engine, SEED_CHAT)).toMatchSnapshot();
  });

  const reports = JSON.parse(readFileSync(join(REPO, "test/engine/reports/questions.json"), "utf8")) as {
    reports: Record<string, { q: string }[]>;
  };
  it.each(Object.keys(reports.reports))("the %s report", (name) => {
    const engine = createEngine(loadKnowledge(join(REPO, "test/engine/reports", name)), { useFactsFiles: false });
    expect(
      decisions(
        engine,
        reports.reports[name]!.map((r) => r.q),
      ),
    ).toMatchSnapshot();
  });
});
