// A short form typed for a name the article only writes out ("the cbc" for "the Canadian
// Broadcasting Corporation") is read as that name. Made-up text.
import { describe, expect, it } from "vitest";
import { engineOver } from "./helpers.ts";

const STORY = `# Grant for the harbour museum

The Northern Heritage Lottery Fund gave £40,000 to the harbour museum in Kelby on Tuesday.

The Bank of Arden lent the museum a further £12,000. The money pays for a new roof, the museum said.

The Kelby Rowing Club and the Kelby Rugby Club will share the old boathouse.

The Bright Anchor Trust counted 30 bats in the roof.
`;

describe("initialisms", () => {
  const engine = engineOver({ "museum.md": STORY });

  it.each([
    ["how much did the nhlf give", "Northern Heritage Lottery Fund", /40,000/],
    ["how much did the BoA lend the museum", "Bank of Arden", /12,000/],
  ])("%s → read as the name written out", (question, name, answer) => {
    const reply = engine.ask(question);
    expect(reply.readAs).toContain(name);
    expect(reply.outcome).toBe("answer");
    expect(reply.answer).toMatch(answer);
  });

  it("two names with the same initials: the short form stays as typed", () => {
    const reply = engine.ask("what will the krc share");
    expect(reply.readAs ?? reply.question).not.toMatch(/Club/);
  });

  it("a word of its own is not read as initials, unless typed as them", () => {
    const reply = engine.ask("how many bat r in the roof");
    expect(reply.readAs ?? "").not.toContain("Bright Anchor Trust");
    expect(engine.ask("how many bats did the BAT count").readAs).toContain("Bright Anchor Trust");
  });
});
