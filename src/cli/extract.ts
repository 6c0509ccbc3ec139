// `npm run extract`: writes each article's facts to <article>.facts.json beside it, for people to read and diff.
import { loadKnowledge, KnowledgeError } from "../knowledge/load-knowledge.ts";
import { writeFactsFile } from "../facts/facts-file.ts";
import { knowledgeDirFromArgs } from "./options.ts";

try {
  const knowledge = loadKnowledge(knowledgeDirFromArgs(process.argv.slice(2)));
  for (const p of knowledge.problems) process.stderr.write(`skipped ${p.file}: ${p.reason}\n`);
  for (const article of knowledge.articles) {
    const { path, facts } = writeFactsFile(knowledge.dir, article);
    const counts = new Map<string, number>();
    for (const f of facts) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
    process.stdout.write(
      `${path}: ${facts.length} facts (${[...counts].map(([kind, n]) => `${n} ${kind}`).join(", ")})\n`,
    );
  }
} catch (err) {
  process.stderr.write(`${err instanceof KnowledgeError ? err.message : (err as Error).stack}\n`);
  process.exitCode = 1;
}
