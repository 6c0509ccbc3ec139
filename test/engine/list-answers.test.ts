// A question that asks for several things is answered by the whole list the sentence gives, not by
// its first item; one that asks for one thing keeps the one. Made-up texts.
import { describe, expect, it } from "vitest";
import { engineOver } from "./helpers.ts";

const STORY = `# Flood inquiry reports

The causes of the flooding include heavy rain, blocked drains and poor upkeep of the sea wall.

The principal exports of the valley are wool, cheese, and timber.

Heavy rain, the inquiry said, fell for nine days before the river burst its banks.
`;

describe("list answers", () => {
  const engine = engineOver({ "inquiry.md": STORY });

  it.each([
    ["what are the causes of the flooding?", "heavy rain, blocked drains and poor upkeep of the sea wall"],
    ["which exports does the valley have?", "wool, cheese, and timber"],
    ["what are the principal exports of the valley?", "wool, cheese, and timber"],
  ])("%s → the whole list", (question, list) => {
    const reply = engine.ask(question);
    expect(reply.outcome, question).toBe("answer");
    expect(reply.answer).toBe(list);
  });

  it("a comma before a reporting clause is no list", () => {
    const reply = engine.ask("what fell for nine days?");
    expect(reply.answer).not.toContain("the inquiry");
  });
});

describe("a list given by “including” after the asked words", () => {
  const engine = engineOver({
    "trade.md":
      "# Trade talks\n\nDespite the ongoing conflict between Norway and Chile, Peru maintains diplomatic ties with key players in the region, including Norway, Chile, the Brek Authority, and Orm.\n",
  });

  it("answers “who are the X?” with the whole list, places and all", () => {
    expect(engine.ask("who are the key players in the region").answer).toBe(
      "Norway, Chile, the Brek Authority, and Orm",
    );
  });
});

describe("a phrase joined by “and” to a bare verb", () => {
  it("is no list: “to achieve a lasting peace and bring an end to …” gives the peace alone", () => {
    const engine = engineOver({
      "talks.md":
        "# Talks\n\nThe envoys are pushing for new talks to achieve a lasting peace and bring an end to the long dispute over the river.\n",
    });
    expect(engine.ask("what are the envoys trying to achieve").answer).toBe("a lasting peace");
  });
});
