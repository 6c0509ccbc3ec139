// The dev question set (../shared/eval/seed-dev.json) as a test, one `it` per item, with exactly the
// pass rule of ../shared/eval/qa-eval.mjs: an answerable item needs answered=true, an answer that
// contains one of `any` and all of `all` as whole words (case-insensitive, after the harness's
// normalisation), and a first quote containing one of `source`; an abstain item needs answered=false;
// either way every quote must appear verbatim (modulo whitespace and quote marks) in the knowledge files.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/engine.ts";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import type { Answer } from "../../src/answer/types.ts";
import { containsPhrase, norm, type QaItem } from "../../src/tune/qa-sets.ts";
import { SEED_DIR, SHARED_EVAL } from "./helpers.ts";

type DevItem = QaItem;

const SET_PATH = join(SHARED_EVAL, "seed-dev.json");
const present = existsSync(SET_PATH);
const items: DevItem[] = present
  ? (JSON.parse(readFileSync(SET_PATH, "utf8")) as { questions: DevItem[] }).questions
  : [];

// The grading of qa-eval.mjs, shared with the tuner (src/tune/qa-sets.ts).
function knowledgeText(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt|markdown)$/i.test(name)) out.push(readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return norm(out.join("\n"));
}

if (!present) {
  describe("dev set", () => {
    it.skip(`SKIPPED: ${SET_PATH} not found (the ../shared eval folder is absent)`, () => {});
  });
}

describe.runIf(present)("dev set (../shared/eval/seed-dev.json, qa-eval.mjs pass rule)", () => {
  const engine = createEngine(loadKnowledge(SEED_DIR));
  const corpus = knowledgeText(SEED_DIR);

  it.each(items.map((item) => [item.id, item.q, item] as const))("%s %s", (_id, _q, item) => {
    // Through JSON, as the harness sees it from `ask --jsonl` (which also turns newlines into spaces).
    const r = JSON.parse(JSON.stringify(engine.ask(item.q.replace(/\n/g, " ")))) as Answer;
    const quotes = Array.isArray(r.quotes) ? r.quotes : [];
    const seen = `answered=${r.answered} answer=${JSON.stringify(r.answer)} firstQuote=${JSON.stringify(quotes[0]?.text ?? "")}`;

    for (const qt of quotes) expect(corpus.includes(norm(qt.text)), `quote not verbatim: ${qt.text}`).toBe(true);

    if (item.abstain) {
      expect(r.answered, `should decline; got ${seen}`).toBe(false);
      return;
    }
    const ans = norm(r.answer);
    const answerOk =
      r.answered === true &&
      (item.any ?? []).some((a) => containsPhrase(ans, a)) &&
      (item.all ?? []).every((a) => containsPhrase(ans, a));
    expect(
      answerOk,
      `answer should contain one of ${JSON.stringify(item.any)}${item.all ? ` and all of ${JSON.stringify(item.all)}` : ""}; got ${seen}`,
    ).toBe(true);
    const first = norm(quotes[0]?.text);
    const quoteOk = !item.source?.length || item.source.some((s) => first.includes(norm(s)));
    expect(quoteOk, `first quote should contain one of ${JSON.stringify(item.source)}; got ${seen}`).toBe(true);
  });
});
