import { join } from "node:path";
import { type AnswerTrace, answerQuestion } from "../answer/answer-question.ts";
import { PARAMS } from "../answer/params.ts";
import { loadOrExtractFacts } from "../facts/facts-file.ts";
import { loadKnowledge } from "../knowledge/load-knowledge.ts";
import { KnowledgeIndex } from "../search/knowledge-index.ts";
import { holdsGold, loadSquad, withArticleDir } from "./squad.ts";
const arts = loadSquad(join("/work/shared", "eval/squad/dev-v1.1.json"));
let shown = 0;
for (const a of [arts[2]!, arts[7]!]) {
  withArticleDir(a, (dir) => {
    const k = loadKnowledge(dir);
    const index = new KnowledgeIndex(k.articles, (x) => loadOrExtractFacts(dir, x, false));
    for (const item of a.questions.slice(0, 400)) {
      const trace: AnswerTrace = {};
      answerQuestion(index, item.question, undefined, { params: PARAMS, tagAll: true, trace });
      const r = trace.ranked;
      if (!r || !r.length || holdsGold(r[0]!.sentence.text, item.golds)) continue;
      const gi = r.findIndex((c) => holdsGold(c.sentence.text, item.golds));
      if (gi < 0 || shown > 14) continue;
      shown++;
      console.log(`Q: ${item.question}  [gold: ${item.golds[0]}]`);
      console.log(`  TOP(${r[0]!.score.toFixed(2)}): ${r[0]!.sentence.text.slice(0, 200)}`);
      console.log(`  GOLD#${gi}(${r[gi]!.score.toFixed(2)}): ${r[gi]!.sentence.text.slice(0, 200)}`);
    }
  });
}
