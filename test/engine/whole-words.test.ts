import { describe, expect, it } from "vitest";
import { wholeWords } from "../../src/text/whole-words.ts";

describe("wholeWords", () => {
  const sentence = "The council backed a two-state plan for Dunmere's old port – at last.";
  it.each([
    ["a two", "a two-state"],
    ["two-sta", "two-state"],
    ["Dunmere", "Dunmere's"],
    ["ouncil backed", "council backed"],
    ["old port", "old port"],
    ["port", "port"],
  ])("%s → %s", (phrase, whole) => {
    expect(wholeWords(sentence, phrase)).toBe(whole);
  });
  it("leaves a phrase the sentence does not hold as it is", () => {
    expect(wholeWords(sentence, "harbour")).toBe("harbour");
  });
  it("does not cross a dash between words", () => {
    expect(wholeWords(sentence, "port")).toBe("port");
    expect(wholeWords("Lisvik – A ferry sank.", "Lisvik")).toBe("Lisvik");
  });
});
