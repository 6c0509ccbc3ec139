// Chat language: every rule of the table fires on its own example and gives the expected question.
import { describe, expect, it } from "vitest";
import { applyRule, CHAT_RULES, isBareTopic, normaliseChat } from "../../src/question/chat-language.ts";

describe("chat language rules (src/question/chat-language.ts)", () => {
  it.each(CHAT_RULES.map((r, i) => [r.name, i] as const))("%s", (_name, i) => {
    const rule = CHAT_RULES[i]!;
    // The rule itself changes its example as it stands when the rule's turn comes …
    const before = CHAT_RULES.slice(0, i).reduce(
      (text, r) => applyRule(r, text).replace(/\s+/g, " ").trim(),
      rule.example,
    );
    expect(applyRule(rule, before), `rule ${i} did not fire on ${JSON.stringify(before)}`).not.toBe(before);
    // … and the whole pass reads the example as expected.
    expect(normaliseChat(rule.example)).toBe(rule.expected);
  });

  it("leaves a plain question as it is, but for a missing question mark", () => {
    expect(normaliseChat("Who opened the Tamar Bridge?")).toBe("Who opened the Tamar Bridge?");
    expect(normaliseChat("who opened the bridge")).toBe("who opened the bridge?");
  });

  it("moves a question word left where the answer goes only in a chat-typed question", () => {
    expect(normaliseChat("the envoy is meeting who in lenn")).toBe("who is the envoy meeting in lenn?");
    // "Doctor Who" is a name; a question that opens with its question word or a preposition, or
    // has "not" for a verb, is one already.
    for (const q of [
      "In what year did Doctor Who first air?",
      "What does someone who completes the course get?",
      "Evidence shows that the birds are not what?",
      "the birds are not what?",
    ])
      expect(normaliseChat(q)).toBe(q);
  });

  it("does not read shorthand inside words or names", () => {
    expect(normaliseChat("who runs the Ur museum in Surrey?")).toBe("who runs the Ur museum in Surrey?");
    expect(normaliseChat("U said who won?")).toBe("you said who won?");
    // "Doctor Who" is a name, and "the envoy met who" is no bare name.
    expect(normaliseChat("Doctor Who")).toBe("Doctor Who?");
    expect(normaliseChat("envoy met who")).not.toMatch(/^who is/);
    // A number stays a number, and a capital W an initial.
    expect(normaliseChat("how many of the 4 boats sank?")).toBe("how many of the 4 boats sank?");
    expect(normaliseChat("did 4 boats sink?")).toBe("did 4 boats sink?");
    expect(normaliseChat("who met George W Carrow?")).toBe("who met George W Carrow?");
    // An initial is not shorthand: "R. Okafor".
    expect(normaliseChat("R. Okafor won what?")).toBe("R. Okafor won what?");
    expect(normaliseChat("what did the R&D team build?")).toBe("what did the R&D team build?");
    expect(normaliseChat("where are the r&d sites")).toBe("where are the r&d sites?");
    expect(normaliseChat("how many runners ran?")).toBe("how many runners ran?");
  });

  it("reads a bare plural and what befell it as a count, not an amount that moved", () => {
    expect(normaliseChat("people hurt?")).toBe("how many people were hurt?");
    expect(normaliseChat("shares jumped?")).toBe("shares jumped?");
    expect(normaliseChat("talks resumed")).not.toMatch(/^how many/);
    expect(normaliseChat("news updated?")).not.toMatch(/^how many/);
  });

  it("keeps a topic for a follow-up to read when asked to", () => {
    expect(normaliseChat("and the harbour?", { topics: false })).toBe("and the harbour?");
    expect(normaliseChat("and the harbour?")).toBe("tell me about the harbour?");
  });

  it("tells a bare topic from a question", () => {
    expect(isBareTopic("floods?")).toBe(true);
    expect(isBareTopic("the new budget")).toBe(true);
    expect(isBareTopic("who won?")).toBe(false);
    expect(isBareTopic("the mayor resigned")).toBe(false);
    expect(isBareTopic("is it open")).toBe(false);
    // A word after a number is a noun ("state" is a verb too), and the phrase a topic.
    expect(isBareTopic("two state solution?")).toBe(true);
    expect(isBareTopic("the mayor states her case")).toBe(false);
  });

  it("reads an amount's 'go up' as rise, but not a contest's 'went up against'", () => {
    expect(normaliseChat("how much did fares go up")).toBe("how much did fares rise?");
    expect(normaliseChat("who did they go up against in the final")).toBe("who did they go up against in the final?");
  });

  it("reads a bare role ask and a claim with its question of source", () => {
    expect(normaliseChat("brek title")).toBe("who is brek?");
    expect(normaliseChat("ada brek's job?")).toBe("who is ada brek?");
    expect(normaliseChat("the film title?")).toBe("tell me about the film title?");
    // (A possessive typed without its apostrophe is left to the topic reading, which knows the names.)
    expect(normaliseChat("breks job?")).toBe("tell me about breks job?");
    // ("X source?" asks for X's source: no claim in it.)
    expect(normaliseChat("RIA source?")).toBe("tell me about RIA source?");
    expect(normaliseChat("the ferry sank?? says who")).toBe("who said the ferry sank?");
    expect(normaliseChat("how many died? source?")).toBe("how many died? source?");
  });

  it("reads a bare measure, keeping a word that says which (“avg depth?”)", () => {
    expect(normaliseChat("harrow stadium capacity")).toBe("what is the capacity of harrow stadium?");
    expect(normaliseChat("avg depth?")).toBe("what is the average depth?");
    expect(normaliseChat("lake tarn max depth")).toBe("what is the maximum depth of lake tarn?");
    expect(normaliseChat("his weight?")).toBe("tell me about his weight?");
    expect(normaliseChat("population?")).toBe("tell me about population?");
  });

  it("turns text that is only filler into nothing, never a crash", () => {
    expect(normaliseChat("thanks")).toBe("");
    expect(normaliseChat("")).toBe("");
    expect(normaliseChat("   ")).toBe("");
  });
});
