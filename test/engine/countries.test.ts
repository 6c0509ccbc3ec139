import { describe, expect, it } from "vitest";
import { COUNTRY_GROUPS } from "../../src/text/countries.ts";
import { termKey } from "../../src/text/tokens.ts";

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

  it("leaves a demonym two states share unfolded, and ordinary words alone", () => {
    expect(COUNTRY_GROUPS.flat()).not.toContain("korean");
    expect(COUNTRY_GROUPS.flat()).not.toContain("man");
    expect(termKey("peace")).not.toBe(termKey("brunei"));
    expect(termKey("peru")).not.toBe(termKey("chile"));
  });

  it("covers well over a hundred countries", () => {
    expect(COUNTRY_GROUPS.length).toBeGreaterThan(150);
  });
});
