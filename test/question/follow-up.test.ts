// Follow-ups read against the previous question: one test per row of the table, then the
// questions that stand alone and must be left as they are.
import { describe, expect, it } from "vitest";
import { FOLLOW_UP_FORMS, nameForPronoun, resolveFollowUp } from "../../src/question/follow-up.ts";

describe("follow-up forms (src/question/follow-up.ts)", () => {
  it.each(FOLLOW_UP_FORMS.map((f) => [f.name, f] as const))("%s", (_name, form) => {
    expect(form.pattern.test(form.example.current)).toBe(true);
    expect(resolveFollowUp(form.example.previous, form.example.current)).toBe(form.example.expected);
  });

  it.each([
    ["who visited the capital?", "what about the port?", "who visited the port?"],
    ["did Lena sign the lease?", "and Omar?", "did Omar sign the lease?"],
    ["who opened the bridge?", "when?", "when did they open the bridge?"],
    ["who opened the bridge?", "where?", "where did they open the bridge?"],
    ["who opened the bridge?", "how many?", "how many opened the bridge?"],
    ["how many boats does the club own?", "why?", "why does the club own boats?"],
    ["how many ferries were cancelled?", "why though?", "why were ferries cancelled?"],
    ["how many ferries were cancelled?", "and flights?", "how many flights were cancelled?"],
    ["where did the mayor meet the envoy?", "when?", "when did the mayor meet the envoy?"],
    ["tell me about the harbour", "and the lighthouse?", "tell me about the lighthouse?"],
    // A possessive swaps the possessor only.
    ["who led Valdor's team?", "and Kestrel's?", "who led Kestrel's team?"],
    // A count typed without its verb is given one, so it can be asked another way.
    ["how many boats in the harbour?", "who says?", "according to whom are boats there in the harbour?"],
    // "any X?" after a count: X counted instead of what was; a people's name counts those of it.
    [
      "how many sailors were rescued from the ship?",
      "any fishermen?",
      "how many fishermen were rescued from the ship?",
    ],
    ["how many hostages are held?", "any germans?", "how many german hostages are held?"],
    // A previous question that was itself joined on with "and", or asked "according to whom".
    ["and how many boats sank?", "why?", "why did the boats sink?"],
    ["according to whom did the boats sink?", "why?", "why did the boats sink?"],
    // Who a person is, then a thing: the thing is asked about on its own.
    ["who is Ada Brek?", "what about the health board?", "tell me about the health board?"],
    ["who is Ada Brek?", "and Omar Dale?", "who is Omar Dale?"],
  ])("%s + %s → %s", (previous, current, expected) => {
    expect(resolveFollowUp(previous, current)).toBe(expected);
  });

  it.each([
    ["what did she say?", "Mira Okafor", "what did Mira Okafor say?"],
    ["what is her role?", "Mira Okafor", "what is Mira Okafor's role?"],
    ["did they meet her?", "Mira Okafor", "did they meet Mira Okafor?"],
    ["what is his job?", "Tomas Okonkwo", "what is Tomas Okonkwo's job?"],
    // A titled answer: the name at its end.
    ["where did he come from?", "union leader Tomas Okonkwo", "where did Tomas Okonkwo come from?"],
  ])("%s after the answer %s → %s", (current, answer, expected) => {
    expect(nameForPronoun(current, answer)).toBe(expected);
  });

  it.each([
    ["what did she say?", "the mayor"],
    ["did he tell her?", "Tomas Okonkwo"],
    ["who visited the port?", "Lena"],
    ["what did she say?", "Yes — the bridge opened"],
    ["did the club sign him?", "Yes"],
    // The name is already in the question, so the pronoun is someone else.
    ["what did Okafor say about him?", "Mira Okafor"],
    // A place is no "he".
    ["why did he leave?", "Lisbon"],
  ])("%s after the answer %s: no name to put in", (current, answer) => {
    expect(nameForPronoun(current, answer)).toBeUndefined();
  });

  it("keeps a pronoun the previous question already used for someone else", () => {
    // "she" married Jonas Pell; "her" in the next question is still she, not he.
    expect(nameForPronoun("what was her first song?", "Jonas Pell", "who did she marry?")).toBeUndefined();
    // A pronoun of the other person does mean the one just named.
    expect(nameForPronoun("what did he play?", "Jonas Pell", "who did she marry?")).toBe("what did Jonas Pell play?");
  });

  it("takes no person from the answer to a where, when or how question", () => {
    expect(nameForPronoun("who did he marry?", "Corriden", "where did the painter die?")).toBeUndefined();
    expect(nameForPronoun("who did he marry?", "Corriden", "who taught the painter?")).toBe("who did Corriden marry?");
  });

  it.each([
    ["who visited the capital?", "who is the mayor?"],
    ["who visited the capital?", "and who paid for the trip?"],
    ["who visited the capital?", "how many people live in the capital?"],
    ["who visited the capital?", "tell me about the port"],
    // "how much" and a verb ask an amount of their own.
    ["how many doses are needed?", "how much will it cost?"],
    // "source?" with nothing before it asks nothing of a previous answer.
    ["", "source?"],
    // "any X?" goes on only from a count.
    ["who visited the capital?", "any news?"],
    ["", "why?"],
    ["who visited the capital?", ""],
  ])("%s + %s stands alone", (previous, current) => {
    expect(resolveFollowUp(previous, current)).toBeUndefined();
  });
});
