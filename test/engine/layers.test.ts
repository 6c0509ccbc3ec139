// Layers go one way: a file may import from its own layer or a lower one, never from a higher
// one, and no chain of imports may come back to where it started. The layers are the folders
// under src/ (files directly under src/ are their own layer), plus the slash commands.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** Layer → rank. A file may import only from layers of the same or a lower rank. */
const RANKS: Record<string, number> = {
  text: 0,
  log: 0,
  // Downloads pages for /article add; knows nothing of articles.
  web: 0,
  knowledge: 1,
  analysis: 2,
  facts: 3,
  search: 3,
  question: 4,
  answer: 5,
  // What a conversation remembers for follow-ups: front ends use it; it imports nothing.
  conversation: 5,
  // One engine per knowledge scope, hot reload, adding articles: above the engine, below the front ends.
  registry: 5.5,
  cli: 6,
  discord: 6,
  metrics: 6,
  http: 6,
  service: 7,
  commands: 7,
  bench: 7,
  tune: 7,
  main: 7,
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Every import of a module: static, type-only, re-exports and import("…") with a literal path. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\s+(?:type\s+)?[^"';]*?\s+from\s+["']([^"']+)["']/gms,
    /^\s*import\s+["']([^"']+)["']/gm,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** The layer of a project file ("src/answer/engine.ts" → "answer", "src/log.ts" → "log"), or undefined outside. */
function layerOf(file: string): string | undefined {
  const parts = file.split("/");
  if (parts[0] === "commands") return "commands";
  if (parts[0] !== "src") return undefined;
  return parts.length === 2 ? parts[1]!.replace(/\.ts$/, "") : parts[1];
}

type Graph = Map<string, string[]>;

/** Imports that go up a layer, or out of src/ and commands/ (into test/, say). */
function upwardImports(graph: Graph): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file)!;
    for (const target of targets) {
      const to = layerOf(target);
      if (to === undefined) problems.push(`${file} imports ${target}, outside src/`);
      else if (RANKS[to] === undefined) problems.push(`${target}: layer "${to}" has no rank in RANKS`);
      else if (RANKS[to]! > RANKS[from]!) problems.push(`${file} (${from}) imports ${target} (${to}), a higher layer`);
    }
  }
  return problems;
}

/** Each import cycle once, as the chain of files that closes it. */
function importCycles(graph: Graph): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (file: string) => {
    if (onPath.has(file)) {
      cycles.push([...path.slice(path.indexOf(file)), file]);
      return;
    }
    if (done.has(file)) return;
    onPath.add(file);
    path.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    path.pop();
    onPath.delete(file);
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The project's import graph: file → the project files it imports (packages and node: left out). */
function projectGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of [...sourceFiles("src"), ...sourceFiles("commands")]) {
    const targets = importsOf(readFileSync(join(ROOT, file), "utf8"))
      .filter((spec) => spec.startsWith("."))
      .map((spec) =>
        relative(ROOT, resolve(ROOT, dirname(file), spec))
          .split("\\")
          .join("/"),
      );
    graph.set(file, targets);
  }
  return graph;
}

describe("layers", () => {
  const graph = projectGraph();

  it("reads the imports of every kind of statement", () => {
    const source = [
      'import { a } from "./a.ts";',
      'import type { B } from "../b.ts";',
      "import {\n  c,\n  type D,\n} from './c.ts';",
      'export { e } from "./e.ts";',
      'import "./side-effect.ts";',
      'const f = await import("./f.ts");',
    ].join("\n");
    expect(importsOf(source)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./e.ts", "./side-effect.ts", "./f.ts"]);
  });

  it("sees the project's files and their imports", () => {
    expect(graph.get("src/answer/engine.ts")).toContain("src/answer/answer-question.ts");
    expect(graph.get("src/facts/extract-facts.ts")).toContain("src/analysis/candidates.ts");
  });

  it("gives every folder under src/ a rank", () => {
    const unranked = [...graph.keys()].map((f) => layerOf(f)!).filter((layer) => RANKS[layer] === undefined);
    expect([...new Set(unranked)]).toEqual([]);
  });

  it("catches an import from a higher layer, or from test/", () => {
    const made: Graph = new Map([
      ["src/facts/x.ts", ["src/answer/y.ts", "src/text/z.ts"]],
      ["src/bench/w.ts", ["test/helper.ts"]],
    ]);
    expect(upwardImports(made)).toEqual([
      "src/facts/x.ts (facts) imports src/answer/y.ts (answer), a higher layer",
      "src/bench/w.ts imports test/helper.ts, outside src/",
    ]);
  });

  it("catches an import cycle", () => {
    const made: Graph = new Map([
      ["src/answer/a.ts", ["src/answer/b.ts"]],
      ["src/answer/b.ts", ["src/answer/c.ts"]],
      ["src/answer/c.ts", ["src/answer/a.ts"]],
      ["src/answer/d.ts", ["src/answer/a.ts"]],
    ]);
    expect(importCycles(made)).toEqual([["src/answer/a.ts", "src/answer/b.ts", "src/answer/c.ts", "src/answer/a.ts"]]);
  });

  it("no file imports from a layer above its own, nor from outside src/", () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it("no import cycle", () => {
    expect(importCycles(graph)).toEqual([]);
  });
});
