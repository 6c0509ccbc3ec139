// The terminal chat, in process: follow-ups are read against the previous question, and the
// reading is shown.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runChat } from "../../src/cli/chat.ts";
import { formatAnswerForTerminal as formatAnswer } from "../../src/cli/format-answer.ts";
import { ConversationMemory } from "../../src/conversation/memory.ts";
import { BRIDGE_ARTICLE, engineOver } from "./helpers.ts";

const engine = engineOver({ "bridge.md": BRIDGE_ARTICLE });

/** Types the lines into the chat and returns everything it printed. */
async function chat(lines: string[], memory?: ConversationMemory): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (d: Buffer) => (printed += d.toString()));
  const done = runChat(engine, input, output, memory);
  input.end(`${lines.join("\n")}\n`);
  await done;
  return printed;
}

describe("terminal chat (src/cli/chat.ts)", () => {
  it("reads a follow-up against the previous question and shows how it read it", async () => {
    const printed = await chat(["who cut the ribbon?", "and when?", "quit"]);
    const followUp = engine.ask("and when?", { previous: "who cut the ribbon?" });
    expect(followUp.readAs).toBe("when did they cut the ribbon?");
    expect(printed).toContain("(read as: “when did they cut the ribbon?”)");
    expect(printed).toContain(formatAnswer(followUp));
    // Alone, "and when?" asks nothing the chat could answer.
    expect(engine.ask("and when?").readAs).toBeUndefined();
  });

  it("chains follow-ups: each is read against the question as read before it", async () => {
    const printed = await chat(["how many residents attended?", "and vehicles?", "why?"]);
    expect(printed).toContain("(read as: “how many vehicles attended?”)");
    expect(printed).toContain("(read as: “why did the vehicles attend?”)");
  });

  it("who else? never gives the answer already given as someone else", async () => {
    const first = engine.ask("who cut the ribbon?");
    expect(first.outcome).toBe("answer");
    const printed = await chat(["who cut the ribbon?", "who else?"]);
    const again = engine.ask("who else?", { previous: "who cut the ribbon?", previousAnswer: first.answer });
    expect(again.outcome).toBe("declined");
    expect(again.answer).toMatch(/names no other answer/);
    expect(again.related[0]?.text).toBe(first.quotes[0]!.text);
    expect(printed).toContain(formatAnswer(again));
  });

  it("a he or she of the next question is the person just named", async () => {
    const first = engine.ask("who cut the ribbon?");
    expect(first.answer).toMatch(/^\p{Lu}\S* \p{Lu}/u); // a name
    const printed = await chat(["who cut the ribbon?", "what is her role?"]);
    expect(printed).toContain(`(read as: “who is ${first.answer}?”)`);
  });

  it("reads “what about X” on its own when, read as a follow-up, the article doesn't answer it", () => {
    // After "how many residents attended?", "what about Reyes" would ask how many Reyes attended.
    const reply = engine.ask("what about reyes", { previous: "how many residents attended?" });
    expect(reply.readAs).toBe("tell me about Reyes?");
    expect(reply.outcome).not.toBe("declined");
    expect(reply.answer).toMatch(/chief engineer/);
  });

  it("forgets the previous question once it is too old", async () => {
    let now = 0;
    const memory = new ConversationMemory({ ttlMs: 1000, now: () => now });
    memory.remember("terminal", "who cut the ribbon?");
    now = 5000;
    const printed = await chat(["and when?"], memory);
    expect(printed).not.toContain("read as");
  });
});
