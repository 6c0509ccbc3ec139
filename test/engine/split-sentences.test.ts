// Sentence splitting: every sentence keeps its exact text and offsets; abbreviations, initials,
// decimals, quotation marks and dashes do not end a sentence where they should not.
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/knowledge/split-sentences.ts";

/** Splits and checks the invariants that hold for any input: verbatim slices, in order, non-overlapping. */
function split(paragraph: string): string[] {
  const spans = splitSentences(paragraph);
  let last = 0;
  for (const s of spans) {
    expect(paragraph.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.text).toBe(s.text.trim());
    expect(s.text.length).toBeGreaterThan(0);
    // Only whitespace may stand between two sentences.
    expect(paragraph.slice(last, s.start).trim()).toBe("");
    last = s.end;
  }
  expect(paragraph.slice(last).trim()).toBe("");
  return spans.map((s) => s.text);
}

describe("splitSentences", () => {
  const cases: [string, string, string[]][] = [
    ["two plain sentences", "The visit ended. Talks went on.", ["The visit ended.", "Talks went on."]],
    [
      "titles Dr. and Mr.",
      "Dr. Smith met Mr. Jones in Rome. They talked.",
      ["Dr. Smith met Mr. Jones in Rome.", "They talked."],
    ],
    [
      "Mrs., Prof. and St.",
      "Mrs. Lee and Prof. Ng walked down St. James Street. It rained.",
      ["Mrs. Lee and Prof. Ng walked down St. James Street.", "It rained."],
    ],
    [
      "U.S. inside a sentence",
      "The U.S. economy grew last year. Prices fell.",
      ["The U.S. economy grew last year.", "Prices fell."],
    ],
    [
      "U.S. ending a sentence",
      "The delegation flew to the U.S. The talks began on Monday.",
      ["The delegation flew to the U.S.", "The talks began on Monday."],
    ],
    [
      "initials",
      "President George W. Bush spoke first. He left early.",
      ["President George W. Bush spoke first.", "He left early."],
    ],
    [
      "several initials",
      "J. R. R. Tolkien wrote novels. He died in 1973.",
      ["J. R. R. Tolkien wrote novels.", "He died in 1973."],
    ],
    [
      "a unit letter after a degree sign or a figure is no initial",
      "Highs reach 23 °C. Nights are cold, near 5C. Rain is rare.",
      ["Highs reach 23 °C.", "Nights are cold, near 5C.", "Rain is rare."],
    ],
    [
      "decimals",
      "The economy grew 3.5 percent. Inflation was 2.1 percent.",
      ["The economy grew 3.5 percent.", "Inflation was 2.1 percent."],
    ],
    [
      "money with a decimal",
      "The plan cost $1.2 million. Nobody paid.",
      ["The plan cost $1.2 million.", "Nobody paid."],
    ],
    [
      "question and exclamation",
      "Will they meet? Nobody knows! The talks resume today.",
      ["Will they meet?", "Nobody knows!", "The talks resume today."],
    ],
    [
      "quotation inside a sentence",
      '"Is it safe?" she asked. "Yes," he said.',
      ['"Is it safe?" she asked.', '"Yes," he said.'],
    ],
    [
      "full stop inside closing quote",
      'He said "we will stay." Then he left.',
      ['He said "we will stay."', "Then he left."],
    ],
    ["curly quotes", "She said: “It is over.” The crowd cheered.", ["She said: “It is over.”", "The crowd cheered."]],
    [
      "en dash",
      "Moscow – A delegation arrived. It left on Friday.",
      ["Moscow – A delegation arrived.", "It left on Friday."],
    ],
    [
      "em dash",
      "The plan—which failed—was costly. Nobody knew why.",
      ["The plan—which failed—was costly.", "Nobody knew why."],
    ],
    ["ellipsis", "He paused... Then he spoke again.", ["He paused...", "Then he spoke again."]],
    [
      "e.g. and etc.",
      "Fruit, e.g. apples, pears, etc. are sold here. Prices rose.",
      ["Fruit, e.g. apples, pears, etc. are sold here.", "Prices rose."],
    ],
    ["lower-case after a full stop", "It cost approx. five pounds. Fine.", ["It cost approx. five pounds.", "Fine."]],
    ["no final punctuation", "The visit ended. Talks went on", ["The visit ended.", "Talks went on"]],
    [
      "a sentence in parentheses",
      "The vote passed. (Two members abstained.) The session closed.",
      ["The vote passed.", "(Two members abstained.)", "The session closed."],
    ],
    [
      "sentence starting with a number",
      "The count rose. 224 people were held.",
      ["The count rose.", "224 people were held."],
    ],
  ];
  it.each(cases)("%s", (_name, paragraph, expected) => {
    expect(split(paragraph)).toEqual(expected);
  });

  it("keeps the seed's long sentence with a curly apostrophe and commas whole", () => {
    const p =
      "Maria Zakharova, the spokesperson for the Russian Foreign Ministry, confirmed the visit, adding that Iranian Deputy Foreign Minister Ali Bagheri Kani, Iran’s chief nuclear negotiator, also held talks with Russian Deputy Foreign Minister Mikhail Galuzin.";
    expect(split(p)).toEqual([p]);
  });

  it("reports the offsets of each sentence, including surrounding and inner whitespace", () => {
    const p = "  First one.   Second  one!\n Third? ";
    const spans = splitSentences(p);
    expect(spans.map((s) => [s.text, s.start, s.end])).toEqual([
      ["First one.", 2, 12],
      ["Second  one!", 15, 27],
      ["Third?", 29, 35],
    ]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   \n\t ")).toEqual([]);
  });

  it("never loses or changes a character on awkward input", () => {
    for (const p of [
      "...",
      "?!?!",
      "A. B. C.",
      "“”",
      "Mr.",
      "3.5.",
      "U.S.A. is big. Yes.",
      "a.b.c d.e.f. G",
      "😀. 😀! 😀?",
      "\u200b. \u200b.",
    ])
      split(p);
  });
});
