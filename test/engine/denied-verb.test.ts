// "What does the guild support?" asked of a sentence that says the guild does not support it: no
// phrase of that sentence is what it supports, and the article doesn't say what it does (evidence.ts,
// deniedDeed). Made-up texts.
import { describe, expect, it } from "vitest";
import { deniesAsWord } from "../../src/text/negation.ts";
import { engineOver } from "./helpers.ts";

describe("a question about a deed the sentence denies", () => {
  const engine = engineOver({
    "tax.md":
      "# Tax vote delayed\n\nThe Weavers' Guild, which does not support the new harbour tax, has asked the council to delay the vote.\n\nThe ferry did not resume until March.\n\nIn painting, the Carrow potters did not have the long traditions of their neighbours.\n\nThe mill not only made cloth but also dyed it.\n",
  });

  it("declines, saying what the sentence denies, and gives no phrase of it as the answer", () => {
    const reply = engine.ask("what does the guild support");
    expect(reply.outcome).toBe("declined");
    expect(reply.answer).toBe("The article doesn't say: there, it says “does not support”.");
  });

  it("finds the deed whatever the verb, a light one too (“did … have”)", () => {
    const reply = engine.ask("what kind of art did the carrow potters have a long tradition of");
    expect(reply.outcome).toBe("declined");
    expect(reply.answer).toMatch(/did not have/);
  });

  it("reads “not only … but also” as no denial", () => {
    expect(engine.ask("what did the mill make").answer).toMatch(/cloth/);
  });

  it("still answers “when” from “did not … until”", () => {
    expect(engine.ask("when did the ferry resume").answer).toMatch(/March/);
  });
});

describe("a view given in the sentence", () => {
  const engine = engineOver({
    "fee.md":
      "# Fee dispute\n\nThe council, which does not consider the Weavers' Guild a charity, has asked it to pay the harbour fee.\n",
  });

  it("is shown as a view, not given as the answer, when the question asks for no view", () => {
    const reply = engine.ask("is the weavers guild a charity");
    expect(reply.outcome).toBe("passage");
  });

  it("answers when the question asks for that view", () => {
    expect(engine.ask("does the council consider the weavers guild a charity").answer).toMatch(/^No\b/);
    expect(engine.ask("is the weavers guild a charity according to the council").answer).toMatch(/^No\b/);
  });
});

describe("a yes/no deed said only beside the sentence", () => {
  const engine = engineOver({
    "camp.md":
      "# Camp\n\nThe militia is holding at least 310 detained fishermen in the hills. At least 12 guards have lost their lives in the fighting.\n",
  });

  it("is not affirmed by the sentence next to it", () => {
    const reply = engine.ask("were 310 detained fishermen killed");
    expect(reply.answer).not.toMatch(/^Yes\b/);
  });
});

describe("“does X blame Y?” where the sentence names Y but blames something else", () => {
  const engine = engineOver({
    "port.md":
      "# Port talks\n\nCouncil officials called for talks between the Weavers' Guild and Carrowby, blaming the failure of the harbour board for the delay.\n",
  });

  it("is not affirmed", () => {
    const reply = engine.ask("does the council blame carrowby");
    expect(reply.answer).not.toMatch(/^Yes\b/);
    expect(reply.answer).toMatch(/blaming the failure of the harbour board/);
  });

  it("is affirmed when Y is what the verb is done to", () => {
    expect(engine.ask("does the council blame the harbour board").answer).toMatch(/^Yes\b/);
  });
});

describe("a word that denies its clause (the one list of negations)", () => {
  it.each(["not", "never", "nor", "isn't", "doesn’t"])("%s denies", (w) => expect(deniesAsWord(w)).toBe(true));
  it.each(["note", "nothing", "know", "without"])("%s does not", (w) => expect(deniesAsWord(w)).toBe(false));
});

describe("a thing blamed, after a comma", () => {
  const engine = engineOver({
    "strike.md":
      "# Strike\n\nDock workers stayed out on Monday.\n\nHarbour Master Ilsa Brekowska called for calm, blaming the failure of regional planning for the strike.\n",
  });

  it("is what the blame falls on, not the one who blames", () => {
    expect(engine.ask("who does brekowska blame").answer).toBe("the failure of regional planning");
    expect(engine.ask("whose fault is the strike").answer).toBe("the failure of regional planning");
  });
});

describe("what a group blames", () => {
  const engine = engineOver({
    "plant.md":
      "# Plant fire\n\nThe fire started on Wednesday night.\n\nThe residents' group Clean Air Carrowby blamed years of poor upkeep for the fire, a claim the firm denied.\n",
  });

  it("is the object with its “of” phrase", () => {
    expect(engine.ask("what does the residents group blame").answer).toBe("years of poor upkeep");
  });
});

describe("a yes/no name set against the deciding clause", () => {
  const engine = engineOver({
    "shares.md":
      "# Takeover\n\nTullow Mills agreed to buy Velt Bakeries on Monday.\n\nShares in Velt Bakeries rose 18% on the news, while Tullow shares fell 3%.\n",
  });

  it("is not affirmed by the other clause", () => {
    expect(engine.ask("did tullow shares go up").answer).not.toMatch(/^Yes\b/);
    expect(engine.ask("did velt shares go up").answer).toMatch(/^Yes\b/);
  });
});
