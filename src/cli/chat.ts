// The terminal chat, used when no Discord token is configured: the same engine, typed at.
import { createInterface } from "node:readline";
import type { Engine } from "../answer/engine.ts";
import { ConversationMemory, givenAnswer } from "../conversation/memory.ts";
import { formatAnswerForTerminal } from "./format-answer.ts";
import { log } from "../log.ts";

const HELP = `Ask anything about the article, e.g. "who visited the capital?" or "when did it happen?".
Follow-ups work too: "and the port?", "why?", "how many?" are read against your previous question.
Commands: help · facts [topic] · article · quit`;

/** The terminal is one conversation. */
const CONVERSATION = "terminal";

export async function runChat(
  /** The engine, or a function giving the current one when the knowledge is reloaded while chatting. */
  current: Engine | (() => Engine),
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  memory: ConversationMemory = new ConversationMemory(),
): Promise<void> {
  const say = (text: string) => output.write(`${text}\n`);
  const engineNow = typeof current === "function" ? current : () => current;
  let engine = engineNow();
  say(
    `No DISCORD_TOKEN set, so this is the terminal chat. To connect to Discord, see the section "Connecting to Discord" of the setup guide at the project root.`,
  );
  say(describeArticles(engine));
  say(HELP);
  const rl = createInterface({ input, output, prompt: "> ", terminal: (input as { isTTY?: boolean }).isTTY === true });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    engine = engineNow();
    const [command, ...rest] = text.split(/\s+/);
    switch (command?.toLowerCase()) {
      case "":
        break;
      case "quit":
      case "exit":
        rl.close();
        return;
      case "help":
        say(HELP);
        break;
      case "article":
        say(describeArticles(engine));
        break;
      case "facts": {
        const facts = engine.facts(rest.join(" "));
        say(
          facts.length
            ? facts
                .slice(0, 30)
                .map((f) => `- [${f.kind}] ${f.subject} — ${f.predicate} — ${f.object}`)
                .join("\n")
            : "No facts match that topic.",
        );
        if (facts.length > 30) say(`… and ${facts.length - 30} more (narrow it with "facts <topic>").`);
        break;
      }
      default: {
        const answer = engine.ask(text, memory.context(CONVERSATION));
        // The question as read, so that a follow-up of a follow-up ("and the port?", then "why?") still has it all.
        memory.remember(CONVERSATION, answer.readAs ?? answer.question, givenAnswer(answer));
        log.debug(
          {
            question: answer.question,
            readAs: answer.readAs,
            outcome: answer.outcome,
            sentence: answer.quotes[0]?.location,
            ms: answer.ms,
          },
          "answer",
        );
        say(formatAnswerForTerminal(answer, engine.articles));
      }
    }
    rl.prompt();
  }
}

export function describeArticles(engine: Engine): string {
  if (!engine.articles.length) return "No article is loaded: put a .txt or .md article in the knowledge folder.";
  return engine.articles
    .map(
      (a) =>
        `Loaded ${a.file}: ${a.meta.headline ?? "(no headline)"}${a.meta.date ? ` (${a.meta.date})` : ""}, ${a.sentences.length} sentences.${a.meta.source ? ` Source: ${a.meta.source}` : ""}`,
    )
    .join("\n");
}
