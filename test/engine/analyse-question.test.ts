// Question classification: the kind of question and the type of answer that would satisfy it.
import { describe, expect, it } from "vitest";
import { analyseQuestion, cleanQuestion, nounAskedFor } from "../../src/question/analyse-question.ts";

// [question, kind, answerType]
const TABLE: [string, string, string][] = [
  ["Who visited Moscow?", "who", "person"],
  ["who visited moscow", "who", "person"],
  ["WHO VISITED MOSCOW", "who", "person"],
  ["Whom did Bogdanov meet?", "who", "person"],
  ["Whose delegation visited Moscow?", "who", "person"],
  ["Who is the spokesperson for the Russian Foreign Ministry?", "who", "person"],
  ["Which official confirmed the visit?", "who", "person"],
  ["Which organisation holds the hostages?", "who", "person"],
  ["Name the spokesperson", "who", "person"],
  ["In 2023, who visited Moscow?", "who", "person"],
  ["who's the mayor?", "who", "person"],
  ["What did Russia urge Hamas to do?", "what", "thing"],
  ["What is the headline?", "what", "thing"],
  ["what happened in Qatar?", "what", "thing"],
  ["How many hostages were reported?", "how-many", "number"],
  ["how many Russians died?", "how-many", "number"],
  ["According to Israeli sources, how many hostages are held?", "how-many", "number"],
  ["What percentage of voters agreed?", "how-many", "number"],
  ["How much did the bridge cost?", "how-much", "number"],
  ["How old is Putin?", "how-much", "number"],
  ["When was the article published?", "when", "date"],
  ["What year was the article published?", "when", "date"],
  ["On what date was it published?", "when", "date"],
  ["What time did the bridge open?", "when", "date"],
  ["Where did Bogdanov meet Hamas?", "where", "place"],
  ["Where is Qatar?", "where", "place"],
  ["Which country hosted the delegation?", "where", "place"],
  ["In which city did Bogdanov meet Hamas?", "where", "place"],
  ["What city did the delegation visit?", "where", "place"],
  ["Where's the delegation from?", "where", "place"],
  ["Why did Russia blame America?", "why", "reason"],
  ["Why?", "why", "reason"],
  ["How did Russia respond?", "how", "manner"],
  ["Is Hamas a terrorist organization according to Russia?", "yes-no", "yes-no"],
  ["Did Putin call for a ceasefire?", "yes-no", "yes-no"],
  ["Has the claim been verified?", "yes-no", "yes-no"],
  ["Was the claim verified?", "yes-no", "yes-no"],
  ["Are three of the hostages Russian?", "yes-no", "yes-no"],
  ["Can Russia mediate?", "yes-no", "yes-no"],
  // A role held by one person asks for a person ("which senator", "which ambassador").
  ["which senator studied there", "who", "person"],
  ["Which ambassador signed the treaty?", "who", "person"],
  ["Tell me about Hamas", "describe", "description"],
  ["Describe the visit", "describe", "description"],
  ["What about Zakharova?", "describe", "description"],
  ["Who is Ali Bagheri Kani?", "describe", "description"],
  ["What is the Bayeux Tapestry?", "describe", "description"],
  ["what was telenet", "describe", "description"],
  ["What was Datanet 1?", "describe", "description"],
  ["What kind of group is Hamas?", "what", "thing"],
  ["Rocks at the depth where they are stretched are also often what?", "what", "thing"],
  ["What is the name of the museum?", "what", "thing"],
  ["When the ice melts, what is formed?", "what", "thing"],
  ["If the ferry closes, how will people cross?", "how", "manner"],
  ["When did the attack occur in which the town burned?", "when", "date"],
];

describe("analyseQuestion", () => {
  it.each(TABLE)("%s → %s / %s", (question, kind, answerType) => {
    const a = analyseQuestion(question);
    expect({ kind: a.kind, answerType: a.answerType }).toEqual({ kind, answerType });
  });

  it("finds what a how-many question counts", () => {
    expect(analyseQuestion("How many hostages were reported?").target).toContain("hostages");
    expect(analyseQuestion("Which country hosted the delegation?").target).toContain("country");
  });

  it("keeps content words as terms and marks names", () => {
    const terms = analyseQuestion("Where did Bogdanov meet Hamas?").terms;
    expect(terms.map((t) => t.lower)).toEqual(expect.arrayContaining(["bogdanov", "meet", "hamas"]));
    expect(terms.find((t) => t.lower === "bogdanov")?.isName).toBe(true);
    expect(terms.find((t) => t.lower === "meet")?.isName).toBe(false);
    expect(terms.some((t) => /^(where|did)$/.test(t.lower))).toBe(false);
  });

  it("takes the capitalised first word for a name only when it could be one", () => {
    const first = (q: string) => analyseQuestion(q).terms[0]!;
    expect(first("Tymnet connected which companies?")).toMatchObject({ lower: "tymnet", isName: true });
    expect(first("Paul Baran developed what?")).toMatchObject({ lower: "paul", isName: true });
    expect(first("DECnet was created by whom?")).toMatchObject({ lower: "decnet", isName: true });
    expect(first("Living in Persia, which geologist wrote it?")).toMatchObject({ lower: "living", isName: false });
    expect(first("During what campaign did they fight?")).toMatchObject({ lower: "during", isName: false });
    expect(analyseQuestion("Originally built with four layers, how many did it have?").terms[0]).toMatchObject({
      lower: "originally",
      isName: false,
    });
  });

  it("finds the asked verb after the subject of did/does/do, in lower-case chat too", () => {
    const verb = (q: string) => analyseQuestion(q).askedVerb;
    expect(verb("What did the mayor eat?")).toBe("eat");
    expect(verb("what did the mayor eat")).toBe("eat");
    expect(verb("What did Ilka Velt build?")).toBe("build");
    expect(verb("what did the city council approve")).toBe("approve");
    expect(verb("how many sheep did the storm kill")).toBe("kill");
    expect(verb("how much did the firm offer for the mill")).toBe("offer");
    expect(verb("Did Dunmere urge Velt to release the files?")).toBe("urge");
    expect(verb("who does the union blame for the strike")).toBe("blame");
    expect(verb("Who visited Carrowby?")).toBeUndefined();
    expect(verb("Who will soon visit Carrowby?")).toBeUndefined();
    expect(verb("what does the water board do")).toBeUndefined();
    // (An adverb between the subject and the verb is not the action.)
    expect(verb("When did Velt finally visit Carrowby?")).toBe("visit");
    expect(verb("when did the club first win the cup")).toBe("win");
    // (A lower-case noun after capitals belongs to the subject: "the Dunmeran army".)
    expect(verb("When did the Dunmeran army reoccupy the fort?")).toBe("reoccupy");
    // (A small word inside a capitalised name is part of it: "the Duke of Carrow".)
    expect(verb("When did the Duke of Carrow die?")).toBe("die");
    expect(verb("did Ada van Brek win the race")).toBe("win");
  });

  it("is not thrown off by Markdown, mentions and control characters", () => {
    const a = analyseQuestion("<@123456789> **Who** visited\u0000 __Moscow__?\u200b @everyone");
    expect(a.kind).toBe("who");
    expect(a.text).not.toMatch(/@everyone|<@|\*|_|\u0000|\u200b/);
    expect(a.terms.map((t) => t.lower)).toEqual(expect.arrayContaining(["visited", "moscow"]));
  });

  it("classifies any string without throwing, and cleans it to at most 500 characters", () => {
    for (const q of ["", "   ", "?", "🙂", "\uD800", "x".repeat(10_000), "кто посетил Москву?", "谁访问了莫斯科？"]) {
      const a = analyseQuestion(q);
      expect(typeof a.kind).toBe("string");
      expect(cleanQuestion(q).length).toBeLessThanOrEqual(500);
    }
  });
});

describe("a people noun that only says which kind of another noun", () => {
  it("asks for a thing: “what is the busiest general aviation airport?”", () => {
    expect(analyseQuestion("What is the world's busiest general aviation airport?").answerType).toBe("thing");
  });

  it("still asks for a person where the people noun ends the phrase", () => {
    expect(analyseQuestion("which army general led the attack").answerType).toBe("person");
    expect(analyseQuestion("which union leader resigned").answerType).toBe("person");
  });
});

describe("nounAskedFor: the noun a what/which question asks for", () => {
  it.each([
    ["Which boat sank?", "boat"],
    ["What is the longest tributary of the river?", "tributary"],
    ["On which mountain does the river rise?", "mountain"],
    ["What was her winning time at the games?", "time"],
    ["what happened", undefined],
    ["what did he win", undefined],
    ["what kind of engine is it", undefined],
  ])("%s → %s", (question, noun) => {
    expect(nounAskedFor(analyseQuestion(question))).toBe(noun);
  });
});
