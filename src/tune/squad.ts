// The public SQuAD-format dev sets, loaded the way ../shared/eval/squad-eval.mjs loads them (each
// article whole, as one knowledge file), and its scoring: the official normalisation, F1, and
// whether a quote holds a gold answer. Used by the tuner only; nothing here ships with the bot.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface SquadQuestion {
  id: string;
  question: string;
  golds: string[];
  impossible: boolean;
  paragraph: number;
}

export interface SquadArticle {
  title: string;
  /** The knowledge file's text, exactly as squad-eval.mjs writes it. */
  text: string;
  questions: SquadQuestion[];
}

interface RawSquad {
  data: {
    title: string;
    paragraphs: {
      context: string;
      qas: { id: string; question: string; is_impossible?: boolean; answers?: { text: string }[] }[];
    }[];
  }[];
}

export function loadSquad(path: string): SquadArticle[] {
  const raw = JSON.parse(readFileSync(path, "utf8")) as RawSquad;
  return raw.data.map((a) => {
    const title = a.title.replace(/_/g, " ");
    const text = `# ${title}\n\n${a.paragraphs.map((p) => p.context.trim()).join("\n\n")}\n`;
    const questions = a.paragraphs.flatMap((p, paragraph) =>
      p.qas.map((qa) => {
        const golds = (qa.answers ?? []).map((x) => x.text).filter((g) => normalize(g));
        return {
          id: qa.id,
          question: qa.question.replace(/\s+/g, " "),
          golds,
          impossible: qa.is_impossible === true || golds.length === 0,
          paragraph,
        };
      }),
    );
    return { title, text, questions };
  });
}

/** Writes the article to a fresh folder, calls `use` with it, and removes it. */
export function withArticleDir<T>(article: SquadArticle, use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "tune-"));
  try {
    writeFileSync(join(dir, "article.md"), article.text);
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/** The official SQuAD normalisation: lower case, no punctuation or articles, single spaces. */
export function normalize(s: string): string {
  return String(s ?? "")
    .toLowerCase()
    .replace(PUNCT, "")
    .replace(/\b(a|an|the)\b/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

export function f1(pred: string, gold: string): number {
  const p = normalize(pred).split(" ").filter(Boolean);
  const g = normalize(gold).split(" ").filter(Boolean);
  if (!p.length || !g.length) return p.length === g.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of g) counts.set(t, (counts.get(t) ?? 0) + 1);
  let same = 0;
  for (const t of p) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      same++;
      counts.set(t, c - 1);
    }
  }
  if (!same) return 0;
  const precision = same / p.length;
  const recall = same / g.length;
  return (2 * precision * recall) / (precision + recall);
}

export const bestF1 = (pred: string, golds: readonly string[]) => Math.max(0, ...golds.map((g) => f1(pred, g)));
export const exact = (pred: string, golds: readonly string[]) =>
  golds.some((g) => normalize(pred) === normalize(g)) ? 1 : 0;
/** The squad-eval test: the quote, normalised, holds a normalised gold answer as whole words. */
export const holdsGold = (quote: string, golds: readonly string[]) =>
  golds.some((g) => ` ${normalize(quote)} `.includes(` ${normalize(g)} `));
