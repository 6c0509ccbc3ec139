// Our own short news reports (test/engine/reports/, written for the tests) and the answers a
// reader expects, graded for the tuner: the short answer is right when it shares most of its words
// with the expected one (F1 ≥ 0.5), the quote when it holds the expected answer's core (the answer
// without "No —", a source after a comma, or a role after a colon).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GradedQuestion } from "./collect.ts";
import { f1, normalize } from "./squad.ts";

type Row = { q: string; answer?: string; matches?: string; declined?: string; wanted?: string };
interface ReportQuestions {
  reports: Record<string, Row[]>;
  knownFailures: Record<string, Row[]>;
}

/** The expected answer without what surrounds it in the reply ("No — …", ", the ministry said", "X: role"). */
export function answerCore(expected: string): string {
  return expected
    .replace(/^(Yes|No)\b( — )?/, "")
    .split(/, | \(|: /)[0]!
    .trim();
}

export function loadReportSets(dir: string): { name: string; dir: string; questions: GradedQuestion[] }[] {
  const data = JSON.parse(readFileSync(join(dir, "questions.json"), "utf8")) as ReportQuestions;
  const names = new Set([...Object.keys(data.reports), ...Object.keys(data.knownFailures)]);
  return [...names].map((name) => {
    const rows = [...(data.reports[name] ?? []), ...(data.knownFailures[name] ?? [])];
    const questions = rows.map((row, i): GradedQuestion => {
      const expected = row.answer ?? row.wanted;
      const core = expected ? answerCore(expected) : "";
      const pattern = row.matches ? new RegExp(row.matches) : undefined;
      return {
        question: row.q,
        impossible: row.declined !== undefined,
        paragraph: i,
        quoteHolds: (sentence) => !core || ` ${normalize(sentence)} `.includes(` ${normalize(core)} `),
        answerScore: (answer) => (pattern ? (pattern.test(answer) ? 1 : 0) : core && f1(answer, core) >= 0.5 ? 1 : 0),
      };
    });
    return { name, dir: join(dir, name), questions };
  });
}
