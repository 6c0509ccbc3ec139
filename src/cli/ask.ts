// `npm run ask -- "question"`: answers once, for people and scripts.
//   --json    one JSON object
//   --jsonl   one question per line on stdin, one JSON object per line on stdout, same order
//   --knowledge DIR   read articles from DIR instead of knowledge/
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { loadEngine } from "../answer/engine.ts";
import { KnowledgeError } from "../knowledge/load-knowledge.ts";
import { log, type Logger } from "../log.ts";
import { formatAnswerForTerminal } from "./format-answer.ts";
import { knowledgeDirFromArgs, reportProblems } from "./options.ts";

/** What the command reads and writes: the process's own streams when run, a test's when called. */
export interface AskIo {
  /** The arguments after the script's name. */
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  logger: Logger;
}

/** Runs the command; resolves to its exit code. A missing folder is a message on stderr, not a throw. */
export async function runAsk(io: AskIo): Promise<number> {
  try {
    return await answerFromArgs(io);
  } catch (err) {
    io.stderr.write(`${err instanceof KnowledgeError ? err.message : (err as Error).stack}\n`);
    return 1;
  }
}

async function answerFromArgs({ argv: args, env, stdin, stdout, stderr, logger }: AskIo): Promise<number> {
  const json = args.includes("--json");
  const jsonl = args.includes("--jsonl");
  const dir = knowledgeDirFromArgs(args, env);
  const question = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--knowledge").join(" ");

  const engine = loadEngine(dir);
  reportProblems(engine, logger);
  const ask = (q: string) => {
    const answer = engine.ask(q);
    logger.info(
      { question: answer.question, answered: answer.answered, sentence: answer.quotes[0]?.location, ms: answer.ms },
      "answer",
    );
    return answer;
  };

  if (jsonl) {
    const lines = createInterface({ input: stdin, crlfDelay: Infinity });
    for await (const line of lines) stdout.write(`${JSON.stringify(ask(line))}\n`);
    return 0;
  }
  if (!question.trim()) {
    stderr.write(
      'usage: npm run ask -- "who visited the capital?" [--json] [--knowledge DIR]\n       npm run ask -- --jsonl < questions.txt\n',
    );
    return 2;
  }
  const answer = ask(question);
  stdout.write(json ? `${JSON.stringify(answer)}\n` : `${formatAnswerForTerminal(answer, engine.articles)}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { argv, env, stdin, stdout, stderr } = process;
  process.exitCode = await runAsk({ argv: argv.slice(2), env, stdin, stdout, stderr, logger: log });
}
