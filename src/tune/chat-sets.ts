// Chat questions on short texts of our own (test/engine/chat-sets/): stories and encyclopaedia
// entries written for this project by people who never saw the code, each with 25 questions typed
// the way people type in a channel, and the answer the text gives (or NOT SAID). One folder per
// set; in it, one folder per text and a TSV of "question<TAB>expected answer" beside it. A yes/no
// answer is written "yes (the words that say so)" or "yes, the words that say so".
//
// Graded like the reports: the quote holds the answer when it contains the expected words; a short
// answer scores its word overlap (F1) with them, a yes/no answer 1 when it says the same.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { GradedQuestion } from "./collect.ts";
import { f1, normalize } from "./squad.ts";

export interface ChatText {
  set: string;
  name: string;
  dir: string;
  questions: GradedQuestion[];
}

/** One line of a chat set: "question<TAB>answer", the answer "NOT SAID" when the text doesn't say. */
export function gradeChatLine(line: string, paragraph: number): GradedQuestion {
  const [question = "", expected = ""] = line.split("\t");
  const impossible = /^NOT SAID\b/i.test(expected.trim());
  const yesNo = /^(yes|no)\b/i.exec(expected.trim())?.[1]?.toLowerCase();
  // A yes/no answer's evidence is the part in brackets; any other answer is its own evidence, less
  // a note in brackets ("14 (diplomats expelled)").
  // ("Yes, two were hurt" gives its evidence after the comma.)
  const core = yesNo
    ? (/\((.*)\)/.exec(expected)?.[1] ?? /^(?:yes|no)\b[,;:]\s*(.+)$/i.exec(expected.trim())?.[1] ?? "")
    : expected.replace(/\s*\(.*$/, "").trim();
  const words = normalize(core).split(" ").filter(Boolean);
  return {
    question: question.trim(),
    impossible,
    paragraph,
    // (Most of its words: the expected answer may join two places of the text, "Merrowgate, a lakeside city".)
    quoteHolds: (sentence) => {
      if (impossible || !words.length) return false;
      const said = new Set(normalize(sentence).split(" "));
      return words.filter((w) => said.has(w)).length >= Math.max(1, 0.6 * words.length);
    },
    answerScore: (answer) => {
      if (impossible) return 0;
      if (yesNo) return answer.trim().toLowerCase().startsWith(yesNo) ? 1 : 0;
      return f1(answer.split(" — ")[0]!, core);
    },
  };
}

export function loadChatSets(dir: string): ChatText[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((set) =>
      readdirSync(join(dir, set.name))
        .filter((f) => f.endsWith(".tsv"))
        .map((f) => {
          const name = f.replace(/\.tsv$/, "");
          const lines = readFileSync(join(dir, set.name, f), "utf8")
            .split("\n")
            .filter((l) => l.includes("\t"))
            // (A bare "yes" or "no" gives no words a quote could be checked by.)
            .filter((l) => !/\t\s*(yes|no)\s*$/i.test(l));
          return {
            set: set.name,
            name,
            dir: join(dir, set.name, name),
            questions: lines.map((line, i) => gradeChatLine(line, i)),
          };
        }),
    );
}
