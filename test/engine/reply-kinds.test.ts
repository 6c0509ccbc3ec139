// The three kinds of reply (answer, passage, declined), shown distinctly in the terminal and on
// Discord, from made-up answers.
import { describe, expect, it } from "vitest";
import type { Answer, Quote } from "../../src/answer/types.ts";
import { formatAnswerForTerminal as formatForTerminal } from "../../src/cli/format-answer.ts";
import { formatAnswerForDiscord as formatForDiscord } from "../../src/discord/reply.ts";
import { parseArticle } from "../../src/knowledge/parse-article.ts";
import { BRIDGE_ARTICLE } from "./helpers.ts";

const articles = [parseArticle("bridge.md", BRIDGE_ARTICLE)];
const quote = (text: string, paragraph = 2, sentence = 1): Quote => ({
  text,
  article: "bridge.md",
  paragraph,
  sentence,
  part: "body",
  location: `paragraph ${paragraph}, sentence ${sentence}`,
});
const RIBBON = quote("Jane Okafor, the mayor of Riverton, cut the ribbon at the opening ceremony.");
const COST = quote("The bridge cost 48 million pounds, according to the regional transport authority.", 1, 2);
const base = { question: "q", kind: "who" as const, ms: 1, related: [] as Quote[], quotes: [] as Quote[] };

const answer: Answer = {
  ...base,
  outcome: "answer",
  answered: true,
  answer: "48 million pounds",
  quotes: [COST],
  attribution: "according to the regional transport authority",
};
const passage: Answer = { ...base, outcome: "passage", answered: true, answer: "", quotes: [RIBBON] };
const declined: Answer = {
  ...base,
  outcome: "declined",
  answered: false,
  answer: "The article doesn't mention “Berlin”.",
  related: [RIBBON, COST],
  suggestions: ["Who is Jane Okafor?", "How many residents attended?", "Who cut the ribbon?", "A fourth *one*?"],
};

describe("terminal (src/cli/format-answer.ts)", () => {
  it("answer: the short answer first, then the quote, its place and who says so", () => {
    const text = formatForTerminal(answer);
    expect(text.split("\n")[0]).toBe("48 million pounds");
    expect(text).toContain(`“${COST.text}”`);
    expect(text).toContain("— bridge.md, paragraph 1, sentence 2");
    expect(text).toContain("(according to the regional transport authority)");
  });

  it("passage: “The article says:” and the sentence, with no short answer", () => {
    const text = formatForTerminal(passage);
    expect(text.split("\n")[0]).toBe("The article says:");
    expect(text).toContain(`“${RIBBON.text}”`);
    expect(text).toContain("— bridge.md, paragraph 2, sentence 1");
  });

  it("declined: the article doesn't say, related passages labelled, at most three suggestions", () => {
    const text = formatForTerminal(declined);
    expect(text.split("\n")[0]).toBe("The article doesn't say. The article doesn't mention “Berlin”.");
    expect(text).toContain("Related passages (not an answer):");
    expect(text).toContain("Questions the article does answer:");
    expect(text).toContain("- Who is Jane Okafor?");
    expect(text).toContain("- Who cut the ribbon?");
    expect(text).not.toContain("A fourth");
  });

  it("shows how a follow-up was read", () => {
    expect(formatForTerminal({ ...passage, readAs: "who cut the ribbon?" }).split("\n")[0]).toBe(
      "(read as: “who cut the ribbon?”)",
    );
  });
});

describe("Discord (src/discord/reply.ts)", () => {
  it("answer: bold short answer, attribution, quote, position and small print", () => {
    const content = formatForDiscord(answer, articles).content!;
    expect(content.split("\n")[0]).toBe("**48 million pounds** (according to the regional transport authority)");
    expect(content).toContain("> The bridge cost 48 million pounds");
    expect(content).toContain("— paragraph 1, sentence 2");
    expect(content).toContain("-# New bridge opens over the Tamar River · 2024-03-14");
  });

  it("passage: “The article says:” and the quote, no bold short answer", () => {
    const content = formatForDiscord(passage, articles).content!;
    expect(content.split("\n")[0]).toBe("**The article says:**");
    expect(content).toContain("> Jane Okafor, the mayor of Riverton, cut the ribbon");
    expect(content.match(/\*\*/g)).toHaveLength(2);
  });

  it("declined: the plain decline, related passages labelled, and up to three questions to ask", () => {
    const content = formatForDiscord(declined, articles).content!;
    expect(content.split("\n")[0]).toBe("**The article doesn't say.** The article doesn't mention “Berlin”.");
    expect(content).toContain("**Related passages** (these don't answer the question):");
    expect(content).toContain(
      "**You could ask:**\n• Who is Jane Okafor?\n• How many residents attended?\n• Who cut the ribbon?",
    );
    expect(content).not.toContain("fourth");
  });

  it("declined without related passages still offers the questions", () => {
    const content = formatForDiscord({ ...declined, related: [] }, articles).content!;
    expect(content).toContain("**You could ask:**");
    expect(content).not.toContain("Related passages");
  });

  it("a follow-up's reading comes first, in small print, and everything fits 2,000 characters", () => {
    const long: Answer = {
      ...declined,
      readAs: "who cut the ribbon?",
      related: [quote("word ".repeat(900)), COST],
      suggestions: ["x".repeat(400), "y".repeat(400), "z".repeat(400)],
    };
    const content = formatForDiscord(long, articles).content!;
    expect(content.split("\n")[0]).toBe("-# Read as: “who cut the ribbon?”");
    expect(content.length).toBeLessThanOrEqual(2000);
    expect(content).toContain("**You could ask:**");
  });
});
