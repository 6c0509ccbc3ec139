import { describe, expect, it } from "vitest";
import { COUNTRY_GROUPS, NAME_PART_GROUPS } from "../../src/text/countries.ts";
import { contentKeys, termKey } from "../../src/text/tokens.ts";
import { analyseQuestion } from "../../src/question/analyse-question.ts";
import { DURATION_PATTERN } from "../../src/text/dates.ts";

// The country folding comes from the world-countries data, so it knows every state, not a sample.
describe("country and demonym folding", () => {
  it("folds a country with the word for its people, for countries all over the world", () => {
    for (const [country, people] of [
      ["peru", "peruvian"],
      ["norway", "norwegians"],
      ["japan", "japanese"],
      ["kenya", "kenyan"],
      ["france", "french"],
    ] as const)
      expect(termKey(people), `${country} / ${people}`).toBe(termKey(country));
  });

  it("takes a state's short name from its official one when the demonym is built on it", () => {
    expect(termKey("america")).toBe(termKey("american"));
  });

  it("folds the last word of a name of several words with its demonym's (“New Zealand” / “New Zealander”)", () => {
    expect(termKey("zealander")).toBe(termKey("zealand"));
    expect(termKey("lankan")).toBe(termKey("lanka"));
    // Two states may share the pair: it folds the word, not a state.
    expect(termKey("korean")).toBe(termKey("korea"));
    // A word of the language is left alone ("Norfolk Island" / "Norfolk Islander").
    expect(NAME_PART_GROUPS.flat()).not.toContain("island");
    // Nor is such a word a country: a number in a country of it may answer a question about it.
    expect(COUNTRY_GROUPS.flat()).not.toContain("korea");
  });

  it("leaves ordinary words alone", () => {
    expect(COUNTRY_GROUPS.flat()).not.toContain("man");
    expect(termKey("peace")).not.toBe(termKey("brunei"));
    expect(termKey("peru")).not.toBe(termKey("chile"));
  });

  it("covers well over a hundred countries", () => {
    expect(COUNTRY_GROUPS.length).toBeGreaterThan(150);
  });

  it("folds the initials news writes for a state of several words (US, USA, UK), never by their stem", () => {
    expect(termKey("us")).toBe(termKey("american"));
    expect(termKey("usa")).toBe(termKey("america"));
    expect(termKey("uk")).toBe(termKey("british"));
    // The stem of "used" is "us"; the verb stays itself. No one-word state gives its ISO code ("it").
    expect(termKey("used")).not.toBe(termKey("us"));
    expect(termKey("it")).not.toBe(termKey("italy"));
    expect(termKey("fr")).not.toBe(termKey("france"));
  });

  it("keeps “US” as written, and drops the pronoun “us”", () => {
    expect(contentKeys("The US sent aid to us.")).toEqual([termKey("us"), termKey("sent"), termKey("aid")]);
    expect(analyseQuestion("how much did the US pledge?").terms.map((t) => t.lower)).toContain("us");
    expect(analyseQuestion("can you tell us who won?").terms.map((t) => t.lower)).not.toContain("us");
  });
});

describe("durations", () => {
  it("takes no age for a duration (“a seven-year-old girl”)", () => {
    const durations = (s: string) => [...s.matchAll(DURATION_PATTERN)].map((m) => m[0]);
    expect(durations("A seven-year-old girl was found after a two-day search.")).toEqual(["two-day"]);
  });
});
