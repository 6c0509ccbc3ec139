// Search keys: inflections, irregular verbs and near-synonyms meet on one key; opposites do not.
import { describe, expect, it } from "vitest";
import { antonymKeys, termKey, tokenize } from "../../src/text/tokens.ts";
import { candidateText, findCandidates } from "../../src/analysis/candidates.ts";
import { tagSentence } from "../../src/text/tag-sentence.ts";
import { isOrdinaryWord } from "../../src/text/lexicon.ts";

describe("termKey", () => {
  it.each([
    ["visited", "visits"],
    ["hostages", "kidnapped"],
    ["died", "killed"],
    ["met", "meeting"],
    ["founded", "established"],
    ["found", "find"],
    ["finding", "find"],
    ["people", "residents"],
    ["inhabitants", "population"],
    ["two", "2"],
    ["forty", "40"],
    ["1950s", "1950's"],
    ["twenty-nine", "29"],
    ["dropped", "fell"],
    ["slumped", "falls"],
  ])("%s and %s share a key", (a, b) => {
    expect(termKey(a)).toBe(termKey(b));
  });

  it("reads -ise and -our spellings as the -ize and -or ones the dictionary lists", () => {
    expect(termKey("organisation")).toBe(termKey("organization"));
    expect(termKey("recognised")).toBe(termKey("recognized"));
    expect(termKey("colour")).toBe(termKey("color"));
    expect(termKey("labour")).toBe(termKey("labor"));
    // Not a word that only looks so ("promise" is no "promize"), nor a short one ("four" is no "for").
    expect(termKey("promise")).toBe("promis");
    expect(termKey("four")).not.toBe(termKey("for"));
  });

  it("reads an irregular form as its verb first: “found” is “find”, not “founded”", () => {
    expect(termKey("found")).not.toBe(termKey("founded"));
    expect(termKey("found")).not.toBe(termKey("started"));
  });

  it("reads the forms of an -ie verb as the verb (“lies”, “lying”, “tied”), and “lay” as no form of “lie”", () => {
    for (const form of ["lies", "lying", "lied"]) expect(termKey(form)).toBe(termKey("lie"));
    for (const form of ["ties", "tying", "tied"]) expect(termKey(form)).toBe(termKey("tie"));
    expect(termKey("dies")).toBe(termKey("died"));
    expect(termKey("cities")).toBe(termKey("city"));
    expect(termKey("lay")).not.toBe(termKey("lie"));
  });
});

describe("tokenize", () => {
  it("splits a number range written with a hyphen, as one written with a dash already is", () => {
    expect(tokenize("in 1620-21 and 1628–31").map((t) => t.text)).toEqual(["in", "1620", "21", "and", "1628", "31"]);
    const [, from, to] = tokenize("in 1620-21");
    expect("in 1620-21".slice(from!.start, from!.end)).toBe("1620");
    expect("in 1620-21".slice(to!.start, to!.end)).toBe("21");
  });

  it("gives “lost their lives” the key of “died”", () => {
    const tokens = tokenize("23 Russian citizens have lost their lives");
    expect(tokens.find((t) => t.lower === "lost")!.key).toBe(termKey("died"));
    expect(tokenize("they lost the match").find((t) => t.lower === "lost")!.key).not.toBe(termKey("died"));
  });

  it("gives “called for” and “called on” a key of their own, not that of naming", () => {
    const callFor = tokenize("the union called for a strike")[2]!.key;
    expect(callFor).not.toBe(termKey("call"));
    expect(tokenize("the mayor calls on residents to leave")[2]!.key).toBe(callFor);
    expect(tokenize("the fans call the coach the Professor")[2]!.key).toBe(termKey("call"));
    expect(tagSentence("the union called for a strike")[2]!.key).toBe(callFor);
  });

  it("keeps other hyphenated words and codes whole", () => {
    expect(tokenize("X.25 well-known Norman-Arab").map((t) => t.text)).toEqual(["X.25", "well-known", "Norman-Arab"]);
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

describe("isOrdinaryWord (src/text/lexicon.ts)", () => {
  it.each([
    ["company", true], // not in the tagger's lexicon; in the dictionary
    ["war", true], // in the tagger's lexicon
    ["china", false], // in the dictionary (the porcelain), but the lexicon knows it as a country
    ["portvale", false], // in neither
  ])("%s → %s", (word, ordinary) => {
    expect(isOrdinaryWord(word)).toBe(ordinary);
  });
});

describe("numbers with thousands separators", () => {
  it("are one word, the same as typed without them", () => {
    const tokens = tokenize("about 2,000 residents and 1,250,000 people");
    expect(tokens.map((t) => t.text)).toEqual(["about", "2,000", "residents", "and", "1,250,000", "people"]);
    expect(tokens[1]!.key).toBe(termKey("2000"));
    expect(tokens[4]!.key).toBe("1250000");
  });
});

describe("compounds opened by a number", () => {
  it("are the number and each word: “24-year-old” holds “old”, “150-seat” holds “seat”", () => {
    expect(tokenize("The 24-year-old striker").map((t) => t.text)).toEqual(["The", "24", "year", "old", "striker"]);
    expect(tokenize("a 150-seat parliament").map((t) => t.text)).toEqual(["a", "150", "seat", "parliament"]);
    expect(tokenize("in 1620-21").map((t) => t.text)).toEqual(["in", "1620", "21"]);
  });
});

describe("tagSentence offsets", () => {
  it("places a one-letter word after a word that ends on the same letter (“China a year later”)", () => {
    const text = "Evidence from Sonora a year later suggests it.";
    const a = tagSentence(text).find((t) => t.lower === "a")!;
    expect(text.slice(a.start, a.end + 5)).toBe("a year");
    const c = findCandidates(text, tagSentence(text)).find((x) => x.duration)!;
    expect(candidateText(text, tagSentence(text), c)).toBe("a year");
  });
});
