// "Who is the Peruvian president?" is not answered by a sentence whose only president is another
// country's, with an answer that holds no role (evidence.ts, otherNationRole). Made-up texts.
import { describe, expect, it } from "vitest";
import { engineOver } from "./helpers.ts";

describe("a role of one country asked, the sentence's role not that country's", () => {
  const engine = engineOver({
    "summit.md":
      "# Summit ends\n\nChilean officials, including President Rojas, called for calm between the port workers and the Harbour Guild, blaming Peruvian diplomacy for the strike.\n\nPeruvian Foreign Minister Ana Lima said talks would resume on Monday.\n",
  });

  it("declines when no president there is that country's and the answer holds no role", () => {
    for (const question of ["who is the peruvian president", "who is the chilean president"]) {
      const reply = engine.ask(question);
      expect(reply.outcome, question).toBe("declined");
      expect(reply.answer).toMatch(/another president/);
    }
  });

  it("still answers where the role and the country stand together", () => {
    expect(engine.ask("who is the foreign minister of peru").answer).toMatch(/Ana Lima/);
  });
});

describe("an answer that holds the asked role", () => {
  const engine = engineOver({
    "talks.md":
      "# Talks end\n\nThe talks ended on Friday. Officials, including President Rojas, called for calm, blaming Peruvian diplomacy for the strike.\n",
  });

  it("is left to the story, which often leaves the country unsaid", () => {
    expect(engine.ask("who is the peruvian president").answer).toMatch(/Rojas/);
  });
});

describe("“is X Chilean?”", () => {
  const engine = engineOver({
    "port.md":
      "# Port talks\n\nPeruvian envoy Ana Kelby met Chilean officials in the port on Monday.\n\nThe head of the Chilean port authority, Tomas Reyes, will visit the capital next week.\n",
  });

  it("is answered by the words that go with the name, not by the country named elsewhere in the sentence", () => {
    expect(engine.ask("is kelby chilean").answer).toBe("No — Peruvian envoy Ana Kelby");
    expect(engine.ask("is kelby peruvian").answer).toBe("Yes — Peruvian envoy Ana Kelby");
    expect(engine.ask("is tomas reyes chilean").answer).toBe(
      "Yes — The head of the Chilean port authority, Tomas Reyes",
    );
  });
});
