// Search keys: inflections, irregular verbs and near-synonyms meet on one key; opposites do not.
import { describe, expect, it } from "vitest";
import { antonymKeys, termKey } from "../../src/text/tokens.ts";

describe("termKey", () => {
  it.each([
    ["visited", "visits"],
    ["hostages", "kidnapped"],
    ["died", "killed"],
    ["met", "meeting"],
    ["founded", "established"],
    ["found", "find"],
    ["finding", "find"],
  ])("%s and %s share a key", (a, b) => {
    expect(termKey(a)).toBe(termKey(b));
  });

  it("reads an irregular form as its verb first: “found” is “find”, not “founded”", () => {
    expect(termKey("found")).not.toBe(termKey("founded"));
    expect(termKey("found")).not.toBe(termKey("started"));
  });
});

describe("antonymKeys", () => {
  it("pairs opposites both ways, through inflections and synonym groups", () => {
    expect(antonymKeys(termKey("modern"))).toContain(termKey("medieval"));
    expect(antonymKeys(termKey("medieval"))).toContain(termKey("modern"));
    expect(antonymKeys(termKey("larger"))).toContain(termKey("smaller"));
    expect(antonymKeys(termKey("huge"))).toContain(termKey("tiny"));
  });

  it("does not pair converses or kin: the sentence may answer from the other side", () => {
    expect(antonymKeys(termKey("brother"))).not.toContain(termKey("sister"));
    expect(antonymKeys(termKey("bought"))).not.toContain(termKey("sold"));
    expect(antonymKeys(termKey("visit")).size).toBe(0);
  });
});
