// Questions that ask what someone did or what happened to something: a deed, told by a verb
// phrase or the whole passage, never a stray phrase of it. Made-up text.
import { describe, expect, it } from "vitest";
import { engineOver } from "./helpers.ts";

const engine = engineOver({
  "ship.md":
    "# Ship dispute\n\nThe port was closed on Monday.\n\nThe 12 crew held on the ship have refused to leave until they are paid.\n",
});

describe("what someone did", () => {
  it("is the clause's own verb phrase, past a participle that only says which ones", () => {
    expect(engine.ask("what did the crew do").answer).toBe("have refused to leave until they are paid");
  });
});

describe("what happened to something", () => {
  it("is told by the passage, not by a phrase of it", () => {
    const reply = engine.ask("what happened to the crew");
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]!.text).toMatch(/refused to leave/);
  });
});

describe("what someone was urged to do", () => {
  const council = engineOver({
    "bridge.md":
      "# Bridge repairs\n\nThe bridge was closed in May. Worried by the delay, the council has urged the contractor to finish the repairs by June.\n",
  });

  it("is the deed after “to”, not the one urged", () => {
    for (const question of ["what did the council urge the contractor", "what did the council ask the contractor"]) {
      expect(council.ask(question).answer, question).toMatch(/^finish the repairs/);
    }
  });

  it("ends before a second deed of the one who urged", () => {
    const minister = engineOver({
      "strike.md":
        "# Rail strike\n\nThe transport minister, Elise Varn, urged both sides to return to talks and said the state would not step in.\n",
    });
    expect(minister.ask("what did varn urge").answer).toBe("return to talks");
  });

  it("a means ends before a second verb of the subject's own", () => {
    const probe = engineOver({
      "probe.md":
        "# Probe lands\n\nThe probe landed in August. Kestrel-2 is powered by solar panels and is expected to work for at least a year.\n",
    });
    expect(probe.ask("how is the probe powered").answer).not.toMatch(/expected/);
  });
});

describe("“did X do anything?”", () => {
  const engine = engineOver({
    "port.md":
      "# Port closed\n\nThe port closed on Monday, and dock workers blamed the failure of council planning for the delay.\n",
  });

  it("gets the passage: a bare yes would only say the sentence names X", () => {
    const reply = engine.ask("did the council do anything");
    expect(reply.outcome).toBe("passage");
    expect(reply.answer).not.toMatch(/^Yes\b/);
  });
});

describe("“what is the X?” of a sentence that only names X", () => {
  const engine = engineOver({
    "dispute.md":
      "# Fee dispute\n\nThe two sides are pushing for new talks to agree a two-rate plan and bring an end to the dispute.\n\nA pilot scheme, a trial of the new fee on one quay, began in May.\n",
  });

  it("declines as asked with a capital “What” too", () => {
    expect(engine.ask("What is the two-rate plan?").outcome).toBe("declined");
  });

  it("declines: naming a thing does not say what it is", () => {
    const reply = engine.ask("what is the two-rate plan");
    expect(reply.outcome).toBe("declined");
    expect(reply.answer).toMatch(/doesn't say what “two-rate plan” is/);
  });

  it("answers from a sentence that ties the answer to it", () => {
    expect(engine.ask("what is the pilot scheme").answer).toMatch(/^a trial\b/);
  });
});

describe("the part someone plays", () => {
  const engine = engineOver({
    "dispute.md":
      "# Fee dispute\n\nCarrowby hosted the first round of talks in May.\n\nAs the dispute drags on, Carrowby stands as a go-between for the two guilds.\n",
  });

  it("is what the article says of them when asked who or what they are", () => {
    expect(engine.ask("what is carrowby's role").answer).toMatch(/^a go-between\b/);
  });
});

describe("“what happened to X” without “the” before X", () => {
  const engine = engineOver({
    "shares.md":
      "# Takeover\n\nTullow Mills agreed to buy Velt Bakeries on Monday.\n\nShares in the bakery group rose 18% on the news, while Tullow shares fell 3%.\n",
  });

  it("is told by the passage too", () => {
    const reply = engine.ask("what happened to bakery shares");
    expect(reply.outcome).not.toBe("answer");
  });
});
