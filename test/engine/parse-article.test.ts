// Article parsing: the seed's header lines, Markdown titles and front matter become the headline,
// subtitle and date; the body becomes paragraphs of verbatim sentences with 1-based positions.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/knowledge/parse-article.ts";
import type { Article } from "../../src/knowledge/article.ts";
import { BRIDGE_ARTICLE, SEED_FILE } from "./helpers.ts";

/** Positions are consistent and every sentence stands verbatim in the raw text. */
function expectConsistent(article: Article, raw: string): void {
  const text = raw.replace(/\r\n?/g, "\n");
  article.paragraphs.forEach((paragraph, p) => {
    expect(paragraph.length).toBeGreaterThan(0);
    paragraph.forEach((s, k) => {
      expect(s.part).toBe("body");
      expect(s.paragraph).toBe(p + 1);
      expect(s.sentence).toBe(k + 1);
      expect(s.article).toBe(article.file);
      expect(text.includes(s.text), JSON.stringify(s.text)).toBe(true);
    });
  });
  const header = article.sentences.filter((s) => s.part !== "body");
  expect(article.sentences).toEqual([...header, ...article.paragraphs.flat()]);
  for (const s of header) expect(s.paragraph).toBe(0);
  expect(article.source).toBe(raw);
}

describe("parseArticle", () => {
  it("reads the seed's `date … Headline:` and `Subtitle:` header lines", () => {
    const raw = readFileSync(SEED_FILE, "utf8");
    const a = parseArticle("article.txt", raw);
    expect(a.meta).toEqual({
      date: "2023-10-26",
      headline: "Hamas delegation visits Moscow amid escalating tension in the Middle East",
      subtitle: "Russian officials meet with Hamas members while tensions rise between Israel and Gaza",
    });
    expect(a.paragraphs.map((p) => p.length)).toEqual([2, 2, 2, 2, 2, 4, 2]);
    expect(a.sentences.slice(0, 2).map((s) => s.part)).toEqual(["headline", "subtitle"]);
    expect(a.paragraphs[0]![0]!.text).toBe(
      "Moscow – A delegation from Hamas, the Palestinian terrorist group controlling Gaza, recently visited Moscow, according to the Russian Foreign Ministry spokesperson.",
    );
    expect(a.paragraphs[5]![0]!.text).toBe(
      "According to Israeli sources, the armed wing of Hamas is holding at least 224 kidnapped individuals in Gaza, including three Russian citizens.",
    );
    expect(a.paragraphs[5]![3]).toMatchObject({
      paragraph: 6,
      sentence: 4,
      text: "The authenticity of this claim is yet to be verified through an independent source.",
    });
    // The header is not repeated as body text.
    expect(a.paragraphs.flat().some((s) => /Headline:|Subtitle:/.test(s.text))).toBe(false);
    expectConsistent(a, raw);
  });

  it("reads a Markdown `# Title`", () => {
    const raw =
      "# Storm closes the harbour\n\nA storm closed the harbour on Monday. Ships waited outside.\n\nThe port reopened on Wednesday.\n";
    const a = parseArticle("storm.md", raw);
    expect(a.meta.headline).toBe("Storm closes the harbour");
    expect(a.meta.date).toBeUndefined();
    expect(a.paragraphs.map((p) => p.map((s) => s.text))).toEqual([
      ["A storm closed the harbour on Monday.", "Ships waited outside."],
      ["The port reopened on Wednesday."],
    ]);
    expect(a.sentences[0]).toMatchObject({ part: "headline", text: "Storm closes the harbour", paragraph: 0 });
    expectConsistent(a, raw);
  });

  it("reads front matter with title and date", () => {
    const a = parseArticle("bridge.md", BRIDGE_ARTICLE);
    expect(a.meta).toEqual({ headline: "New bridge opens over the Tamar River", date: "2024-03-14" });
    expect(a.paragraphs.length).toBe(4);
    expect(a.paragraphs[2]!.map((s) => s.text)).toEqual([
      "Engineers from Halden Construction designed the bridge to carry 20,000 vehicles a day.",
      "Dr. Samuel Reyes, the company's chief engineer, said the structure would last at least 120 years.",
    ]);
    // Front matter keys are not body text.
    expect(a.sentences.some((s) => /^(title|date):/.test(s.text) || s.text === "---")).toBe(false);
    expectConsistent(a, BRIDGE_ARTICLE);
  });

  it("understands a front-matter date written in words, and a quoted title", () => {
    const raw = '---\ntitle: "Council approves budget"\ndate: March 5, 2021\n---\nThe council approved the budget.\n';
    const a = parseArticle("budget.md", raw);
    expect(a.meta).toEqual({ headline: "Council approves budget", date: "2021-03-05" });
    expect(a.paragraphs.flat().map((s) => s.text)).toEqual(["The council approved the budget."]);
  });

  it("handles Windows line endings and a byte-order mark", () => {
    const raw = "\uFEFF# Title here\r\n\r\nFirst sentence. Second sentence.\r\n\r\nThird sentence.\r\n";
    const a = parseArticle("crlf.txt", raw);
    expect(a.meta.headline).toBe("Title here");
    expect(a.paragraphs.map((p) => p.map((s) => s.text))).toEqual([
      ["First sentence.", "Second sentence."],
      ["Third sentence."],
    ]);
  });

  it("reads a short first line standing alone, with no full stop, as the title", () => {
    const a = parseArticle(
      "vane.txt",
      "Cornelius Vane\n\nCornelius Vane (1821–1889) was a chemist. He lived in Holt.\n",
    );
    expect(a.meta.headline).toBe("Cornelius Vane");
    expect(a.sentences.filter((s) => s.part === "body").map((s) => s.text)).toEqual([
      "Cornelius Vane (1821–1889) was a chemist.",
      "He lived in Holt.",
    ]);
    // A first paragraph that ends like a sentence is body.
    const b = parseArticle("b.txt", "The ferry sank.\n\nNo one was hurt.\n");
    expect(b.meta.headline).toBeUndefined();
  });

  it("reads each item of a plain-text list as a statement of its own, as Markdown does", () => {
    const raw =
      "Harbour rules agreed\n\nThe council agreed new rules on Monday. They include:\n\n - Moorings cost £40 a night\n - Boats that stay longer\n   than a week pay double\n * Fines of up to £500 for dumping\n\n-5 degrees was the coldest night.\n";
    const a = parseArticle("rules.txt", raw);
    expectConsistent(a, raw);
    expect(a.paragraphs.map((p) => p.map((s) => s.text))).toEqual([
      ["The council agreed new rules on Monday.", "They include:"],
      ["Moorings cost £40 a night"],
      ["Boats that stay longer\n   than a week pay double"],
      ["Fines of up to £500 for dumping"],
      ["-5 degrees was the coldest night."],
    ]);
  });

  it("treats a plain text with no header as body only", () => {
    const raw = "Just a sentence. And another.";
    const a = parseArticle("plain.txt", raw);
    expect(a.meta).toEqual({});
    expect(a.sentences.map((s) => [s.part, s.paragraph, s.sentence, s.text])).toEqual([
      ["body", 1, 1, "Just a sentence."],
      ["body", 1, 2, "And another."],
    ]);
  });
});

describe("plain text copied from an encyclopaedia", () => {
  const text = [
    "Tarrow",
    "",
    "Tarrow is a market town on the River Ell.",
    "",
    "Early life and trade",
    "A mill was built there in 1790. It spun wool.",
    "",
    "LENNBY, 4 May -",
    "The mill closed in 1961.",
    "",
    "the ferry",
    "still runs.",
    "",
  ].join("\n");
  const article = parseArticle("tarrow.txt", text);
  const body = article.sentences.filter((s) => s.part === "body").map((s) => s.text);

  it("reads a short title on the line above its paragraph as a heading, not as part of a sentence", () => {
    expect(body).toContain("A mill was built there in 1790.");
    expect(body.join(" ")).not.toMatch(/Early life/);
  });

  it("keeps a dateline on its own line, and a paragraph that opens in lower case, as prose", () => {
    expect(body.join(" ")).toMatch(/LENNBY, 4 May -\s+The mill closed in 1961\./);
    expect(body.join(" ")).toMatch(/the ferry\s+still runs\./);
  });
});
