// "What did X say?" is answered only by what X says: a sentence that gives its words to another
// source does not answer it, however well it matches. Made-up text.
import { describe, expect, it } from "vitest";
import { engineOver } from "./helpers.ts";

const STORY = `# Quay dispute

Dunmere – The harbour board said on Monday that the quay would reopen within a week.

However, the Fishers Guild claims that around 30 boats were damaged by the board's dredging.

The Guild says that the dredging of the inner harbour stirred up silt that blocked the intakes of nearly every boat that was moored there as a result of the strike.

The council has urged both sides to meet.
`;

describe("what a source said", () => {
  const engine = engineOver({ "quay.md": STORY });

  it("answers with that source's words", () => {
    const reply = engine.ask("what did the fishers guild claim");
    expect(reply.outcome).toBe("answer");
    expect(reply.quotes[0]?.text).toMatch(/Fishers Guild claims/);
  });

  it("does not give one source's words as another's", () => {
    // The board is named in that sentence ("the board's dredging"), but the Guild says it.
    const reply = engine.ask("what did the board claim about the damaged boats");
    if (reply.outcome !== "declined") expect(reply.quotes[0]?.text).not.toMatch(/Fishers Guild claims/);
    else expect(reply.answer).toMatch(/Fishers Guild/);
  });

  it("never gives a reported clause cut off on a small word", () => {
    const reply = engine.ask("what does the guild say about the dredging of the inner harbour");
    expect(reply.outcome).toBe("answer");
    expect(reply.answer).toMatch(/^that the dredging of the inner harbour stirred up silt/);
    expect(reply.answer).not.toMatch(/\b(?:the|a|an|of|as|to|that|by|in)$/);
  });
});

describe("who did it, asked of a claim", () => {
  const engine = engineOver({
    "boats.md":
      "# Boats lost\n\nThe navy said its patrol had ended on Sunday.\n\nHowever, the Coast Brigade claims that around 20 fishermen held on the island have died as a result of navy shelling.\n\nCarrow coach Ada Brek said the team would recover.\n",
  });

  it("is not answered by the one who claims it", () => {
    const reply = engine.ask("who killed the 20 fishermen");
    expect(reply.answer).not.toMatch(/Coast Brigade/);
  });

  it("is answered by a source whose own words hold the deed", () => {
    expect(engine.ask("who coaches carrow").answer).toMatch(/Ada Brek/);
  });
});
