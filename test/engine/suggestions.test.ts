// A decline offers up to three questions close to it that the engine does answer.
import { describe, expect, it } from "vitest";
import { contentKeys } from "../../src/text/tokens.ts";
import { BRIDGE_ARTICLE, engineOver, expectWellFormedAnswer } from "./helpers.ts";

const engine = engineOver({ "bridge.md": BRIDGE_ARTICLE });

describe("suggestions on a decline", () => {
  it("are answerable, at most three, and share a word with the question", () => {
    const question = "who is the mayor of Lisbon?";
    const a = engine.ask(question);
    expectWellFormedAnswer(a, engine.articles);
    expect(a.outcome).toBe("declined");
    expect(a.suggestions?.length).toBeGreaterThan(0);
    expect(a.suggestions!.length).toBeLessThanOrEqual(3);
    const asked = new Set(contentKeys(question));
    for (const s of a.suggestions!) {
      const answered = engine.ask(s);
      expect(answered.answered, s).toBe(true);
      // Close to the question: the suggestion or the sentence that answers it shares a word with it.
      const said = contentKeys(`${s} ${answered.quotes.map((q) => q.text).join(" ")}`);
      expect(
        said.some((k) => asked.has(k)),
        s,
      ).toBe(true);
    }
  });

  it("are not offered with an answer, nor when nothing is close", () => {
    expect(engine.ask("Who is the mayor of Riverton?").suggestions).toBeUndefined();
    const unrelated = engine.ask("what colour are penguins?");
    expect(unrelated.outcome).toBe("declined");
    expect(unrelated.suggestions).toBeUndefined();
  });
});
