// A question whose action the article never names ("who got injured?" of an article that says
// "hurt") gets no short answer: the sentence that matches the rest, when the engine is sure enough
// of it (the fitted `verbAbsent` threshold), else a decline that names the word. Made-up text.
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.ts";
import { PARAMS } from "../../src/answer/params.ts";
import { parseArticle } from "../../src/knowledge/parse-article.ts";
import { KnowledgeIndex } from "../../src/search/knowledge-index.ts";

const STORY = `Lighthouse to reopen at Kelby

The council will repaint the old lighthouse at Kelby harbour next spring, the mayor said.

The lighthouse has been closed to visitors since a storm damaged its lantern room in 2019.
`;

const index = new KnowledgeIndex([parseArticle("ferry.txt", STORY)], () => []);
const ask = (question: string, verbAbsent: number, decline = PARAMS.thresholds.decline) =>
  answerQuestion(index, question, undefined, {
    // (A short answer is allowed whatever the span model says: none may come from these.)
    params: { ...PARAMS, thresholds: { decline, answer: 0, verbAbsent } },
  });

describe("a verb the article does not use", () => {
  const question = "what will the council decorate at kelby harbour";

  it("is answered with the passage when the sentence is sure enough, never with a short answer", () => {
    const reply = ask(question, 0, 0);
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]?.text).toMatch(/The council will repaint the old lighthouse/);
  });

  it("is declined, naming the word, below the threshold", () => {
    for (const threshold of [0.999, 1.01]) {
      const reply = ask(question, threshold);
      expect(reply.outcome).toBe("declined");
      expect(reply.answer).toMatch(/“decorate”/);
    }
  });

  it("leaves questions whose verb the article uses as they were", () => {
    const reply = ask("what will the council repaint at kelby harbour", 1.01, 0);
    expect(reply.outcome).toBe("answer");
    expect(reply.answer).toBe("the old lighthouse");
  });
});
