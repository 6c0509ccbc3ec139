// The chat sets the tuner fits on (test/engine/chat-sets/, src/tune/chat-sets.ts): every line
// parses, and the grading reads the answer kinds the sets use.
import { describe, expect, it } from "vitest";
import { gradeChatLine, loadChatSets } from "../../src/tune/chat-sets.ts";
import { REPO } from "./helpers.ts";
import { join } from "node:path";
import { existsSync } from "node:fs";

describe("chat sets for the tuner", () => {
  const texts = loadChatSets(join(REPO, "test/engine/chat-sets"));

  it("holds many texts, each with its article and its questions", () => {
    expect(texts.length).toBeGreaterThanOrEqual(50);
    for (const t of texts) {
      expect(existsSync(join(t.dir, "article.txt")) || existsSync(join(t.dir, "article.md"))).toBe(true);
      expect(t.questions.length).toBeGreaterThan(15);
      expect(t.questions.every((q) => q.question.length > 0)).toBe(true);
    }
  });

  it("reads NOT SAID as a question the text does not answer", () => {
    const q = gradeChatLine("who is the mayor\tNOT SAID", 0);
    expect(q.impossible).toBe(true);
    expect(q.quoteHolds("The mayor, Ada Vell, spoke.")).toBe(false);
  });

  it("grades a short answer by its overlap with the expected one, less a note in brackets", () => {
    const q = gradeChatLine("how many were hurt\t14 (passengers taken to hospital)", 0);
    expect(q.impossible).toBe(false);
    expect(q.quoteHolds("Fourteen were hurt, and 14 passengers were taken to hospital.")).toBe(true);
    expect(q.quoteHolds("Three carriages left the track.")).toBe(false);
    expect(q.answerScore("14", "")).toBe(1);
    expect(q.answerScore("three", "")).toBe(0);
  });

  it("grades a yes/no answer by its first word, and its quote by the words in brackets", () => {
    const q = gradeChatLine("did profits rise\tyes (rose 4% to 12.1 million)", 0);
    expect(q.answerScore("Yes — profits rose 4%", "")).toBe(1);
    expect(q.answerScore("No — they fell", "")).toBe(0);
    expect(q.quoteHolds("Profits rose 4% to 12.1 million in the year.")).toBe(true);
  });
});
