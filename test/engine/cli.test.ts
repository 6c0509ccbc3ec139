// The command-line front end: `--jsonl` gives exactly one JSON line per input line, in order, and
// nothing else on stdout; `--json` one object; `--knowledge DIR` works; a missing folder fails clearly.
// Three tests run the real process (stdout, stderr and exit code as a script sees them); the others
// call the same runAsk in this process, since a process costs a second of start-up (tsx, compromise).
import { spawn } from "node:child_process";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import { runAsk } from "../../src/cli/ask.ts";
import { createLogger } from "../../src/log.ts";
import { cleanQuestion } from "../../src/question/analyse-question.ts";
import { BRIDGE_ARTICLE, REPO, tempKnowledge } from "./helpers.ts";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run ask -- …args` as its own process (node --import tsx, without npx's start-up), from the repo root. */
function spawnAsk(args: string[], stdin = ""): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "info", NO_COLOR: "1" };
  delete env.KNOWLEDGE_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], {
      cwd: REPO,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** The same command called in this process, with `env` as its whole environment and the log on its stderr. */
async function askInProcess(args: string[], stdin = "", env: NodeJS.ProcessEnv = {}): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const writeErr = (text: string) => void (stderr += text);
  const code = await runAsk({
    argv: args,
    env,
    stdin: Readable.from([stdin]),
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: writeErr },
    logger: createLogger({ level: "info", destination: { write: writeErr } }),
  });
  return { code, stdout, stderr };
}

const TIMEOUT = 30_000;

describe("npm run ask (src/cli/ask.ts)", () => {
  const folder = tempKnowledge({ "bridge.md": BRIDGE_ARTICLE });
  afterAll(folder.cleanup);

  // The three real processes start together (their start-ups overlap). One --jsonl process serves
  // the first two tests: the questions of the first, then a Windows line ending and a last line
  // without a newline for the second.
  const jsonlQuestions = [
    "Who visited Moscow?",
    "",
    "how many hostages were reported?",
    "who visited Paris?",
    "   ",
    "@everyone 🙂",
    "When was the article published?",
  ];
  const missing = join(folder.dir, "does-not-exist");
  let jsonl: Run;
  let jsonlLines: string[];
  let plain: Run;
  let missingFolder: Run;
  beforeAll(async () => {
    [jsonl, plain, missingFolder] = await Promise.all([
      spawnAsk(
        ["--jsonl"],
        `${jsonlQuestions.join("\n")}\nWho visited Moscow?\r\nWhere did Mikhail Bogdanov meet Hamas?`,
      ),
      spawnAsk(["who", "visited", "Moscow?"]),
      spawnAsk(["--knowledge", missing, "--json", "who?"], "who?\n"),
    ]);
    jsonlLines = jsonl.stdout.slice(0, -1).split("\n");
  }, TIMEOUT);

  it(
    "--jsonl: one JSON line per input line, in order, including an empty line, and nothing else on stdout",
    async () => {
      const questions = jsonlQuestions;
      expect(jsonl.code, jsonl.stderr).toBe(0);
      expect(jsonl.stdout.endsWith("\n")).toBe(true);
      expect(jsonl.stderr).toMatch(/"msg":"answer"/); // the log is there, on stderr
      expect(jsonlLines.length, jsonl.stdout).toBe(questions.length + 2);
      const answers = jsonlLines.slice(0, questions.length).map((l) => JSON.parse(l) as Answer);
      answers.forEach((a, i) => {
        // In order: each line carries its own question (as asked, or as the engine cleaned it).
        const q = questions[i]!;
        expect([q, q.trim(), cleanQuestion(q)]).toContain(a.question);
        expect(typeof a.answered).toBe("boolean");
        expect(typeof a.answer).toBe("string");
        expect(Array.isArray(a.quotes)).toBe(true);
        expect(typeof a.ms).toBe("number");
      });
      expect(answers[0]!.answered).toBe(true);
      expect(answers[0]!.answer).toMatch(/Hamas/);
      expect(answers[1]!.answered).toBe(false);
      expect(answers[2]!.answer).toMatch(/\b224\b/);
      expect(answers[3]!.answered).toBe(false);
      expect(answers[4]!.answered).toBe(false);
      expect(answers[5]!.answered).toBe(false);
      expect(answers[6]!.answer).toMatch(/2023-10-26|October 26, 2023/);
    },
    TIMEOUT,
  );

  it(
    "--jsonl: a last line without a newline and Windows line endings still give one line each",
    async () => {
      const lines = jsonlLines.slice(-2);
      const [a, b] = lines.map((l) => JSON.parse(l) as Answer);
      expect(a!.question).toBe("Who visited Moscow?");
      expect(b!.answer).toMatch(/Qatar/);
    },
    TIMEOUT,
  );

  it(
    "--json: a single JSON object",
    async () => {
      const run = await askInProcess(["--json", "how many hostages were reported?"]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trim().split("\n").length).toBe(1);
      const a = JSON.parse(run.stdout) as Answer;
      expect(a.answered).toBe(true);
      expect(a.outcome).toBe("answer");
      expect(a.answer).toMatch(/\b224\b/);
      expect(a.quotes[0]!.text).toContain("at least 224 kidnapped individuals");
      expect(a.quotes[0]!.location).toBe("paragraph 6, sentence 1");
    },
    TIMEOUT,
  );

  it(
    "--jsonl: every reply says its outcome; a decline offers questions; chat spelling is reported as readAs",
    async () => {
      const run = await askInProcess(["--jsonl"], "who visited Paris?\nwhos zakharova\n");
      expect(run.code, run.stderr).toBe(0);
      const [declined, chat] = run.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Answer);
      expect(declined!.outcome).toBe("declined");
      expect(declined!.answered).toBe(false);
      expect(declined!.suggestions!.length).toBeGreaterThan(0);
      expect(declined!.suggestions!.length).toBeLessThanOrEqual(3);
      expect(chat!.readAs).toBe("who is Zakharova?");
      expect(chat!.outcome).not.toBe("declined");
    },
    TIMEOUT,
  );

  it(
    "plain: a decline says the article doesn't say, labels related passages and suggests questions",
    async () => {
      const run = await askInProcess(["who visited Paris?"]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.split("\n")[0]).toMatch(/^The article doesn't say\b/);
      expect(run.stdout).toContain("Related passages (not an answer):");
      expect(run.stdout).toContain("Questions the article does answer:");
    },
    TIMEOUT,
  );

  it(
    "plain: a human-readable answer with the quote and its location",
    async () => {
      const run = plain;
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Hamas/);
      expect(run.stdout).toMatch(/paragraph \d+, sentence \d+/);
    },
    TIMEOUT,
  );

  it(
    "--knowledge DIR answers from that folder, with --json and --jsonl",
    async () => {
      const one = await askInProcess(["--knowledge", folder.dir, "--json", "Who is the mayor of Riverton?"]);
      expect(one.code, one.stderr).toBe(0);
      const a = JSON.parse(one.stdout) as Answer;
      expect(a.answered).toBe(true);
      expect(a.answer).toMatch(/Jane Okafor/);
      expect(a.quotes[0]!.article).toBe("bridge.md");

      const many = await askInProcess(
        ["--jsonl", "--knowledge", folder.dir],
        "How many residents attended the event?\nWho visited Moscow?\n",
      );
      expect(many.code, many.stderr).toBe(0);
      const [x, y] = many.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as Answer);
      expect(x!.answer).toMatch(/3,000/);
      expect(y!.answered).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "KNOWLEDGE_DIR names the folder when --knowledge is not given",
    async () => {
      const named = await askInProcess(["--json", "Who is the mayor of Riverton?"], "", { KNOWLEDGE_DIR: folder.dir });
      expect(named.code, named.stderr).toBe(0);
      expect((JSON.parse(named.stdout) as Answer).answer).toMatch(/Jane Okafor/);
    },
    TIMEOUT,
  );

  it(
    "an empty KNOWLEDGE_DIR (as a blank line in .env leaves it) means the default knowledge/ folder",
    async () => {
      const empty = await askInProcess(["--json", "Who visited Moscow?"], "", { KNOWLEDGE_DIR: "" });
      expect(empty.code, empty.stderr).toBe(0);
      expect((JSON.parse(empty.stdout) as Answer).answer).toMatch(/Hamas/);
    },
    TIMEOUT,
  );

  it(
    "a missing knowledge folder exits non-zero with a clear message on stderr and nothing on stdout",
    async () => {
      // As a process (the exit code a script sees) and in this process (the --jsonl path).
      for (const run of [missingFolder, await askInProcess(["--knowledge", missing, "--jsonl"], "who?\n")]) {
        expect(run.code).not.toBe(0);
        expect(run.stdout).toBe("");
        expect(run.stderr).toMatch(/not found/i);
        expect(run.stderr).toContain(missing);
        expect(run.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/); // a message, not a stack trace
      }
    },
    TIMEOUT,
  );
});
