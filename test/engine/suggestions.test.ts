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

describe("the questions offered", () => {
  const mill = engineOver({
    "mill.md":
      "# Tarrow mill results\n\nThe Tarrow mill employs 40 weavers.\n\nIts shares fell 3% on Monday after a weak quarter.\n\nThe mill sold 2,000 rugs last year, the company said.\n",
  });

  it("ask “how many” of a number that counts a noun, and not of a share or a sum", () => {
    const offered = mill.suggest("", 25);
    expect(offered).toContain("How many weavers?");
    expect(offered).toContain("How many rugs?");
    // (“How many Its shares fell?” was offered: the 3% counts nothing.)
    expect(offered.filter((q) => /^How many/.test(q))).toHaveLength(2);
  });
});
