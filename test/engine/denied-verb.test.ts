// "What does the guild support?" asked of a sentence that says the guild does not support it: no
// phrase of that sentence is what it supports (evidence.ts, spanProblem). Made-up texts.
import { describe, expect, it } from "vitest";
import { engineOver } from "./helpers.ts";

describe("a question about a deed the sentence denies", () => {
  const engine = engineOver({
    "tax.md":
      "# Tax vote delayed\n\nThe Weavers' Guild, which does not support the new harbour tax, has asked the council to delay the vote.\n\nThe ferry did not resume until March.\n",
  });

  it("gets the passage, not a phrase of it as the answer", () => {
    const reply = engine.ask("what does the guild support");
    expect(reply.outcome).not.toBe("answer");
    expect(reply.answer).not.toMatch(/council|vote/);
  });

  it("still answers “when” from “did not … until”", () => {
    expect(engine.ask("when did the ferry resume").answer).toMatch(/March/);
  });
});
