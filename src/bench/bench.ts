// `npm run bench`: index build time, per-question p50/p99 latency and RSS for
//   (a) the seed article (knowledge/), asked a varied list of questions many times, and
//   (b) a large knowledge base of at least 20,000 sentences made from the SQuAD sample articles
//       (../shared/eval/squad/*.json) written under many names, asked the SQuAD questions;
// plus, when src/bench/discord-roundtrip.ts exists, the Discord round trip, and the service figures
// (cold start to ready, 10,000 signed HTTP interactions over 2 replicas, a 3,000 gateway burst).
//
// Each case runs in its own child process so that its RSS is its own. Build time is
// `createEngine(loadKnowledge(dir), { eager: true })`, as npm start builds it (reading the files,
// parsing, reading or extracting every fact, indexing; a small knowledge base is tagged in the
// background afterwards, so the first questions of the first pass pay for the tagging they need);
// the first build in a fresh process is reported as "cold", the median of further builds as "warm".
// Latency is performance.now() around `engine.ask`: the first pass over the questions is timed on its
// own, then after WARMUP_MS of untimed asking the steady-state passes are timed.
import { fork } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { createEngine, type Engine } from "../answer/engine.ts";
import { loadKnowledge } from "../knowledge/load-knowledge.ts";
import { parseArticle } from "../knowledge/parse-article.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, "../..");
const SEED_DIR = join(REPO, "knowledge");
const SHARED_EVAL = resolve(REPO, "../shared/eval");
const SQUAD_DIR = join(SHARED_EVAL, "squad");
const MIN_SENTENCES = 20_000;

interface CaseResult {
  name: string;
  articles: number;
  sentences: number;
  buildColdMs: number;
  buildWarmMs: number;
  questions: number;
  asks: number;
  p50: number;
  p99: number;
  max: number;
  /** The slowest ask of the first (cold, unwarmed) pass. */
  firstPassMax: number;
  answeredShare: number;
  /** The questions with the longest single ask, slowest first. */
  slowest: { question: string; ms: number }[];
  rssBaseMb: number;
  rssBuildMb: number;
  rssAfterMb: number;
  /** Heap still in use after a full garbage collection: what the engine really keeps, without GC slack. */
  liveHeapMb: number;
  note?: string;
}

interface Targets {
  p99?: number;
  build?: number;
  rss?: number;
}

const mb = (bytes: number) => bytes / 1048576;
const rss = () => mb(process.memoryUsage().rss);

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

/** Builds the engine `warmBuilds + 1` times; returns the last engine and the cold/warm build times. */
function build(dir: string, warmBuilds: number): { engine: Engine; coldMs: number; warmMs: number } {
  let t = performance.now();
  let engine = createEngine(loadKnowledge(dir), { eager: true });
  const coldMs = performance.now() - t;
  const warm: number[] = [];
  for (let i = 0; i < warmBuilds; i++) {
    t = performance.now();
    engine = createEngine(loadKnowledge(dir), { eager: true });
    warm.push(performance.now() - t);
  }
  return { engine, coldMs, warmMs: warm.length ? median(warm) : NaN };
}

/** Untimed warm-up passes lasting at least WARMUP_MS, so the JIT compiler has settled. */
const WARMUP_MS = 500;

/**
 * Times the first pass over the questions (what the first users of a fresh process see), warms up
 * for WARMUP_MS more, then times `repetitions` passes (the steady state of a long-running bot).
 */
function timeQuestions(engine: Engine, questions: readonly string[], repetitions: number) {
  let firstPassMax = 0;
  for (const q of questions) {
    const t = performance.now();
    engine.ask(q);
    firstPassMax = Math.max(firstPassMax, performance.now() - t);
  }
  const warmUntil = performance.now() + WARMUP_MS;
  while (performance.now() < warmUntil) for (const q of questions) engine.ask(q);
  const times: number[] = [];
  const worst = new Map<string, number>();
  let answered = 0;
  for (let r = 0; r < repetitions; r++) {
    for (const q of questions) {
      const t = performance.now();
      const a = engine.ask(q);
      const ms = performance.now() - t;
      times.push(ms);
      worst.set(q, Math.max(ms, worst.get(q) ?? 0));
      if (a.answered) answered++;
    }
  }
  times.sort((a, b) => a - b);
  const slowest = [...worst]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([question, ms]) => ({
      question: question.length > 60 ? `${question.slice(0, 57)}…(${question.length} chars)` : question,
      ms,
    }));
  return {
    asks: times.length,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
    firstPassMax,
    answeredShare: answered / Math.max(1, times.length),
    slowest,
  };
}

// --- (a) the seed article ---

const SEED_QUESTIONS = [
  "Who visited Moscow?",
  "How many hostages were reported?",
  "Who is the spokesperson for the Russian Foreign Ministry?",
  "Where did Mikhail Bogdanov meet Hamas?",
  "How many Russian citizens died in the Hamas attacks?",
  "When was the article published?",
  "What's the headline?",
  "Is Hamas a terrorist organization according to Russia?",
  "Tell me about Abu Marzook",
  "Who is Ali Bagheri Kani?",
  "Why did Russia blame America?",
  "What are Russian officials pushing for?",
  "who visited Paris?",
  "how many Americans were killed?",
  "how many hostages were released?",
  "how many hostges were taken",
  "zakharova?",
  "who visted moscow",
  "What did Russia urge Hamas to do?",
  "Has the claim about 50 hostages been verified?",
  "Who will meet Putin?",
  "Which country hosted the Hamas delegation?",
  "What is the GDP of Russia?",
  "lorem ipsum dolor sit amet",
  "",
  "@everyone 🙂",
  "x".repeat(2000),
];

function seedQuestions(): string[] {
  const devPath = join(SHARED_EVAL, "seed-dev.json");
  const dev = existsSync(devPath)
    ? (JSON.parse(readFileSync(devPath, "utf8")) as { questions: { q: string }[] }).questions.map((i) => i.q)
    : [];
  return [...dev, ...SEED_QUESTIONS];
}

/** Heap in use after a full collection (needs --expose-gc, which inChild passes). */
function liveHeapAfterGcMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return NaN;
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Builds the engine on `dir` (`builds` times: the first is cold), then times every question `reps` times. */
function measureCase(
  name: string,
  dir: string,
  builds: number,
  questions: string[],
  reps: number,
  note?: string,
): CaseResult {
  const rssBaseMb = rss();
  const { engine, coldMs, warmMs } = build(dir, builds);
  const rssBuildMb = rss();
  const t = timeQuestions(engine, questions, reps);
  const rssAfterMb = rss(); // before the forced collection below, which would shrink it
  const liveHeapMb = liveHeapAfterGcMb(); // the engine is still in use below, so it counts as live
  return {
    name,
    articles: engine.articles.length,
    sentences: engine.articles.reduce((n, a) => n + a.sentences.length, 0),
    buildColdMs: coldMs,
    buildWarmMs: warmMs,
    questions: questions.length,
    ...t,
    rssBaseMb,
    rssBuildMb,
    rssAfterMb,
    liveHeapMb,
    ...(note ? { note } : {}),
  };
}

function runSeed(): CaseResult {
  return measureCase("seed article", SEED_DIR, 10, seedQuestions(), 60);
}

// --- (b) SQuAD articles under many names ---

interface SquadFile {
  data: { title: string; paragraphs: { context: string; qas: { question: string }[] }[] }[];
}

function readSquad(): { articles: { title: string; contexts: string[] }[]; questions: string[] } {
  const byTitle = new Map<string, string[]>();
  const seenContexts = new Set<string>();
  const questions = new Set<string>();
  // The samples only, as this case has always been defined: the 15-article dev set added since
  // would change what is measured (five times the vocabulary) and break comparison with past runs.
  for (const name of readdirSync(SQUAD_DIR)
    .filter((n) => n.startsWith("sample-") && n.endsWith(".json"))
    .sort()) {
    const file = JSON.parse(readFileSync(join(SQUAD_DIR, name), "utf8")) as SquadFile;
    for (const article of file.data) {
      const contexts = byTitle.get(article.title) ?? [];
      for (const p of article.paragraphs) {
        const context = p.context.replace(/\s+/g, " ").trim();
        if (!seenContexts.has(context)) {
          seenContexts.add(context);
          contexts.push(context);
        }
        for (const qa of p.qas) questions.add(qa.question);
      }
      byTitle.set(article.title, contexts);
    }
  }
  return { articles: [...byTitle].map(([title, contexts]) => ({ title, contexts })), questions: [...questions] };
}

/** Writes copies of the SQuAD articles under many names until the folder holds ≥ MIN_SENTENCES sentences. */
function writeSquadKnowledge(
  dir: string,
  articles: { title: string; contexts: string[] }[],
): { files: number; sentences: number } {
  let files = 0;
  let sentences = 0;
  for (let copy = 1; sentences < MIN_SENTENCES; copy++) {
    for (const { title, contexts } of articles) {
      const name = `${title.replace(/[^\w-]+/g, "_")}-copy${String(copy).padStart(3, "0")}.md`;
      const text = `# ${title.replace(/_/g, " ")} (copy ${copy})\n\n${contexts.join("\n\n")}\n`;
      writeFileSync(join(dir, name), text);
      sentences += parseArticle(name, text).sentences.length;
      files++;
    }
  }
  return { files, sentences };
}

function runSquad(): CaseResult {
  if (!existsSync(SQUAD_DIR)) throw new Error(`${SQUAD_DIR} not found (the ../shared eval folder is absent)`);
  const { articles, questions } = readSquad();
  const dir = mkdtempSync(join(tmpdir(), "qa-bench-squad-"));
  try {
    const written = writeSquadKnowledge(dir, articles);
    // One build only: RSS should be what a bot that built this folder once holds, not the leftovers of several builds.
    return measureCase(
      "SQuAD ≥20k sentences",
      dir,
      0,
      questions,
      2,
      `${written.files} files from ${articles.length} SQuAD articles`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- Discord round trip (optional) ---

interface RoundtripResult {
  p50: number;
  p99: number;
  n: number;
  note?: string;
}

async function runDiscordRoundtrip(n: number): Promise<RoundtripResult | { skipped: string }> {
  const path = join(HERE, "discord-roundtrip.ts");
  if (!existsSync(path)) return { skipped: "src/bench/discord-roundtrip.ts not present" };
  try {
    const mod = (await import(pathToFileURL(path).href)) as { benchDiscordRoundtrip?: (n: number) => unknown };
    if (typeof mod.benchDiscordRoundtrip !== "function")
      return { skipped: "discord-roundtrip.ts does not export benchDiscordRoundtrip(n)" };
    const out = (await mod.benchDiscordRoundtrip(n)) as unknown;
    // Accept either a list of per-message times or an object carrying p50/p99 (or the times).
    const times = Array.isArray(out)
      ? out
      : ((out as { times?: unknown; samples?: unknown })?.times ?? (out as { samples?: unknown })?.samples);
    if (Array.isArray(times) && times.every((x) => typeof x === "number")) {
      const sorted = [...(times as number[])].sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), n: sorted.length };
    }
    const o = out as { p50?: unknown; p99?: unknown; n?: unknown; count?: unknown };
    if (typeof o?.p50 === "number" && typeof o?.p99 === "number") {
      return { p50: o.p50, p99: o.p99, n: typeof o.n === "number" ? o.n : typeof o.count === "number" ? o.count : n };
    }
    return { skipped: `benchDiscordRoundtrip returned an unexpected shape: ${JSON.stringify(out)?.slice(0, 120)}` };
  } catch (err) {
    return { skipped: `benchDiscordRoundtrip failed: ${(err as Error).message}` };
  }
}

// --- the table ---

const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "–");
const mark = (value: number, target?: number) => (target === undefined ? "" : value < target ? " ✓" : " ✗");

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? "")].length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => cell + " ".repeat(widths[c]! - [...cell].length)).join(" | ")} |`;
  return [line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n");
}

function caseRow(r: CaseResult, t: Targets): string[] {
  return [
    r.name,
    `${r.sentences} / ${r.articles}`,
    `${f(r.buildColdMs)}${mark(r.buildColdMs, t.build)}`,
    f(r.buildWarmMs),
    `${r.asks} (${r.questions} q)`,
    f(r.p50, 3),
    `${f(r.p99, 3)}${mark(r.p99, t.p99)}`,
    f(r.max, 2),
    f(r.firstPassMax, 2),
    `${f(r.rssBuildMb, 0)}${mark(r.rssBuildMb, t.rss)}`,
    `${f(r.rssAfterMb, 0)}${mark(r.rssAfterMb, t.rss)}`,
    [
      t.p99 !== undefined ? `p99 < ${t.p99} ms` : "",
      t.build !== undefined ? `build < ${t.build} ms` : "",
      t.rss !== undefined ? `RSS < ${t.rss} MB` : "",
    ]
      .filter(Boolean)
      .join(", "),
  ];
}

/** Runs one case in a child process (same loader flags), so each RSS figure is that case's own. */
function inChild(which: "seed" | "squad"): Promise<CaseResult> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--case", which], {
      execArgv: [...process.execArgv, "--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: { ...process.env, LOG_LEVEL: "silent" },
    });
    let result: CaseResult | undefined;
    child.on("message", (m) => (result = m as CaseResult));
    child.on("error", reject);
    child.on("exit", (code) =>
      result ? resolvePromise(result) : reject(new Error(`the ${which} case exited with code ${code} and no result`)),
    );
  });
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--case");
  if (i >= 0) {
    const which = process.argv[i + 1];
    const result = which === "seed" ? runSeed() : runSquad();
    process.send?.(result);
    return;
  }

  console.log(`Benchmark on Node ${process.version}, ${process.platform}/${process.arch}. Times in ms, RSS in MB.`);
  console.log(
    "Build = createEngine(loadKnowledge(dir), { eager: true }), as npm start builds it: read, parse, read or extract facts, index. Cold = first build in a fresh process.",
  );
  console.log(
    "A small knowledge base is tagged in the background after the build; the first pass asks at once, so it pays for the tagging its questions need.",
  );
  console.log(
    `Latency = performance.now() around engine.ask, after a timed first pass over the questions and ${WARMUP_MS} ms of untimed warm-up (steady state).`,
  );
  console.log(
    "First-pass max = the slowest ask in that first pass, i.e. what the first users of a fresh process wait.\n",
  );

  const rows: string[][] = [
    [
      "case",
      "sentences / articles",
      "build cold",
      "build warm",
      "asks",
      "p50",
      "p99",
      "max",
      "first-pass max",
      "RSS built",
      "RSS after asks",
      "targets",
    ],
  ];
  const notes: string[] = [];
  let failed = false;
  for (const [which, targets] of [
    ["seed", { p99: 2, build: 200 }],
    ["squad", { p99: 20, build: 5000, rss: 300 }],
  ] as const) {
    try {
      const r = await inChild(which);
      rows.push(caseRow(r, targets));
      notes.push(
        `${r.name}: ${Math.round(r.answeredShare * 100)}% of asks answered; RSS before build ${f(r.rssBaseMb, 0)} MB; heap still in use after a full GC ${f(r.liveHeapMb, 0)} MB${r.note ? `; ${r.note}` : ""}.`,
      );
      notes.push(
        `${r.name}: slowest questions ${r.slowest.map((s) => `${JSON.stringify(s.question)} ${f(s.ms, 1)} ms`).join(", ")}.`,
      );
    } catch (err) {
      failed = true;
      rows.push([which, "failed", "", "", "", "", "", "", "", "", "", (err as Error).message]);
    }
  }

  const discord = await runDiscordRoundtrip(1000);
  if ("skipped" in discord) notes.push(`Discord round trip: skipped (${discord.skipped}).`);
  else
    rows.push([
      "Discord round trip",
      "",
      "",
      "",
      String(discord.n),
      f(discord.p50, 3),
      `${f(discord.p99, 3)}${mark(discord.p99, 50)}`,
      "",
      "",
      "",
      "",
      "p99 < 50 ms",
    ]);

  // The service: compiled bot processes against the emulator (src/bench/service-bench.ts).
  try {
    const { serviceBenchLines } = await import("./service-bench.ts");
    notes.push(...(await serviceBenchLines()));
  } catch (err) {
    failed = true;
    notes.push(`Service bench failed: ${(err as Error).message}`);
  }

  console.log(table(rows));
  console.log("");
  for (const n of notes) console.log(`- ${n}`);
  if (failed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error((err as Error).stack ?? String(err));
  process.exitCode = 1;
});
