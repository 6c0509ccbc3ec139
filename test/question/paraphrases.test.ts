// News paraphrases: every row swaps its word for the news word its example sentence uses, and
// never swaps a word the article itself uses.
import { describe, expect, it } from "vitest";
import { type ArticleWords, fitToArticles } from "../../src/question/fit-to-articles.ts";
import { PARAPHRASES } from "../../src/question/paraphrases.ts";
import { tokenize } from "../../src/text/tokens.ts";

/** The vocabulary of one made-up sentence, as the index would give it. */
function wordsOf(sentence: string): ArticleWords {
  const tokens = tokenize(sentence);
  return {
    usesWord: (w) => tokens.some((t) => t.lower === w),
    usesKey: (k) => tokens.some((t) => t.key === k),
    capitalisedForm: () => undefined,
    capitalisedName: () => undefined,
    hyphenatedForm: () => undefined,
  };
}

describe("news paraphrases (src/question/paraphrases.ts)", () => {
  it.each(PARAPHRASES.map((p) => [p.word, p] as const))("%s", (_word, row) => {
    expect(fitToArticles(row.example.question, wordsOf(row.example.sentence))).toBe(row.example.readAs);
    // An article that uses the word itself keeps it.
    const own = `${row.example.sentence} The ${row.word} was mentioned too.`;
    expect(fitToArticles(row.example.question, wordsOf(own))).not.toBe(row.example.readAs);
  });
});

describe("a paraphrase before an object and a verb with “to”", () => {
  const rows = PARAPHRASES.filter((p) => p.withObjectAndTo).map((p) => [p.word, p.withObjectAndTo!.example] as const);
  it.each(rows)("%s", (_word, example) => {
    expect(fitToArticles(example.question, wordsOf(example.sentence))).toBe(example.readAs);
  });
});

describe("“want to” and a verb", () => {
  it("keeps “want”: the verb after “to” is what is asked", () => {
    const words = wordsOf("The union has called for a vote and urged the council to act.");
    expect(fitToArticles("how much does the union want to raise the fee?", words)).toBe(
      "how much does the union want to raise the fee?",
    );
  });
});

describe("“going to” and a verb", () => {
  it("is what will happen, not a journey: no paraphrase", () => {
    const words = wordsOf("The minister is travelling to the summit.");
    expect(fitToArticles("is the minister going to resign?", words)).toBe("is the minister going to resign?");
    expect(fitToArticles("is the minister going to the summit?", words)).toBe(
      "is the minister travelling to the summit?",
    );
  });
});
