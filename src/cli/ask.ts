// `npm run ask -- "question"`: answers once, for people and scripts.
//   --json    one JSON object
//   --jsonl   one question per line on stdin, one JSON object per line on stdout, same order
//   --knowledge DIR   read articles from DIR instead of knowledge/
import { createInterface } from "node:readline";
import { loadEngine } from "../answer/engine.ts";
import { formatAnswerForTerminal } from "./format-answer.ts";
import { knowledgeDirFromArgs, reportProblems } from "./options.ts";
import { log } from "../log.ts";
import { KnowledgeError } from "../knowledge/load-knowledge.ts";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const jsonl = args.includes("--jsonl");
  const dir = knowledgeDirFromArgs(args);
  const question = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--knowledge").join(" ");

  const engine = loadEngine(dir);
  reportProblems(engine);
  const ask = (q: string) => {
    const answer = engine.ask(q);
    log.info(
      { question: answer.question, answered: answer.answered, sentence: answer.quotes[0]?.location, ms: answer.ms },
      "answer",
    );
    return answer;
  };

  if (jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(`${JSON.stringify(ask(line))}\n`);
    return 0;
  }
  if (!question.trim()) {
    process.stderr.write(
      'usage: npm run ask -- "who visited the capital?" [--json] [--knowledge DIR]\n       npm run ask -- --jsonl < questions.txt\n',
    );
    return 2;
  }
  const answer = ask(question);
  process.stdout.write(json ? `${JSON.stringify(answer)}\n` : `${formatAnswerForTerminal(answer)}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof KnowledgeError ? err.message : (err as Error).stack}\n`);
    process.exitCode = 1;
  },
);
