// Fact extraction by general rules: roles from appositions and titles, numbers with what they count,
// places, dates, relations and attribution — on the seed article and on an unrelated article.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/facts/extract-facts.ts";
import { parseArticle } from "../../src/knowledge/parse-article.ts";
import type { Article } from "../../src/knowledge/article.ts";
import type { Fact } from "../../src/facts/fact.ts";
import { BRIDGE_ARTICLE, SEED_FILE } from "./helpers.ts";

const KINDS = ["meta", "entity", "role", "number", "place", "date", "relation", "attribution"];

const find = (facts: Fact[], kind: Fact["kind"], subject: RegExp, object?: RegExp) =>
  facts.filter((f) => f.kind === kind && subject.test(f.subject) && (!object || object.test(f.object)));

/** Every fact is well formed and points at the sentence it was taken from. */
function expectGrounded(article: Article, facts: Fact[]): void {
  expect(facts.length).toBeGreaterThan(0);
  for (const f of facts) {
    const where = JSON.stringify(f);
    expect(KINDS, where).toContain(f.kind);
    expect(f.subject.trim(), where).not.toBe("");
    expect(f.object.trim(), where).not.toBe("");
    expect(typeof f.predicate, where).toBe("string");
    expect(Number.isInteger(f.sentence), where).toBe(true);
    if (f.kind === "meta") continue;
    const sentence = article.sentences[f.sentence];
    expect(sentence, `${where}: no sentence ${f.sentence}`).toBeDefined();
    // An attribution phrase may be lower-cased ("According to …" → "according to …").
    const subjectFound =
      f.kind === "attribution"
        ? sentence!.text.toLowerCase().includes(f.subject.toLowerCase())
        : sentence!.text.includes(f.subject);
    expect(subjectFound, `${where}: subject not in ${JSON.stringify(sentence!.text)}`).toBe(true);
    if (f.kind !== "attribution")
      expect(sentence!.text.includes(f.object), `${where}: object not in ${JSON.stringify(sentence!.text)}`).toBe(true);
  }
}

describe("extractFacts on the seed article", () => {
  const article = parseArticle("article.txt", readFileSync(SEED_FILE, "utf8"));
  const facts = extractFacts(article);

  it("every fact is grounded in the sentence it cites", () => expectGrounded(article, facts));

  it("is deterministic", () => expect(extractFacts(article)).toEqual(facts));

  it("gives the role of Maria Zakharova from the apposition", () => {
    expect(find(facts, "role", /^Maria Zakharova$/, /spokesperson for the Russian Foreign Ministry/)).not.toEqual([]);
  });

  it("gives the roles of Ali Bagheri Kani from his title and his apposition", () => {
    expect(find(facts, "role", /Ali Bagheri Kani/, /Deputy Foreign Minister/)).not.toEqual([]);
    expect(find(facts, "role", /Ali Bagheri Kani/, /chief nuclear negotiator/)).not.toEqual([]);
  });

  it("gives the role of Mahmoud Abbas from the apposition before his name", () => {
    expect(find(facts, "role", /Mahmoud Abbas/, /president of the Palestinian National Authority/)).not.toEqual([]);
  });

  it("does not make title fragments into people (no role for 'Foreign' or 'Authority')", () => {
    const fragments = facts.filter(
      (f) => f.kind === "role" && /^(Foreign|Authority|Ministry|Deputy|National)$/.test(f.subject),
    );
    expect(fragments).toEqual([]);
  });

  it("counts at least 224 kidnapped individuals, attributed to Israeli sources", () => {
    const hits = find(facts, "number", /224/, /kidnapped individuals/);
    expect(hits).not.toEqual([]);
    expect(hits[0]!.subject).toMatch(/at least 224/);
    expect(hits[0]!.attribution).toMatch(/according to Israeli sources/i);
  });

  it("counts 23 Russian citizens and around 50 hostages", () => {
    expect(find(facts, "number", /at least 23/, /Russian citizens/)).not.toEqual([]);
    expect(find(facts, "number", /around 50/, /hostages/)).not.toEqual([]);
    expect(find(facts, "number", /three/, /Russian citizens/)).not.toEqual([]);
  });

  it("records who says so: Israeli sources, and Hamas's unverified claim", () => {
    expect(find(facts, "attribution", /according to Israeli sources/i, /224/)).not.toEqual([]);
    const claim = find(facts, "attribution", /Hamas claims/, /50 hostages/);
    expect(claim).not.toEqual([]);
    expect(claim[0]!.object).toMatch(/not yet verified/);
  });

  it("records who did what to whom", () => {
    expect(
      facts.some(
        (f) =>
          f.kind === "relation" && /Hamas/.test(f.subject) && /visited/.test(f.predicate) && /Moscow/.test(f.object),
      ),
    ).toBe(true);
    expect(
      facts.some(
        (f) => f.kind === "relation" && /Bogdanov/.test(f.subject) && /met/.test(f.predicate) && /Hamas/.test(f.object),
      ),
    ).toBe(true);
    expect(
      facts.some(
        (f) =>
          f.kind === "relation" &&
          /Russian officials|Putin/.test(f.subject) &&
          /called for/.test(f.predicate) &&
          /ceasefire/.test(f.object),
      ),
    ).toBe(true);
  });

  it("says Russia (not Hamas) urged the Islamist group", () => {
    const urged = facts.filter((f) => f.kind === "relation" && /urged/.test(f.predicate));
    expect(urged.map((f) => f.subject)).toContain("Russia");
    expect(urged.map((f) => f.subject)).not.toContain("Hamas");
  });

  it("finds places and the meta facts (headline, subtitle, date)", () => {
    expect(find(facts, "place", /^Qatar$/)).not.toEqual([]);
    expect(find(facts, "place", /^Moscow$/)).not.toEqual([]);
    expect(find(facts, "meta", /article/, /Hamas delegation visits Moscow/)).not.toEqual([]);
    expect(find(facts, "meta", /article/, /Russian officials meet with Hamas members/)).not.toEqual([]);
    const date = facts.find((f) => f.kind === "meta" && f.predicate === "published");
    expect(date?.object).toMatch(/October 26, 2023|2023-10-26/);
  });
});

describe("extractFacts on an unrelated article (the rules are general)", () => {
  const article = parseArticle("bridge.md", BRIDGE_ARTICLE);
  const facts = extractFacts(article);

  it("every fact is grounded in the sentence it cites", () => expectGrounded(article, facts));

  it("gives roles from appositions", () => {
    expect(find(facts, "role", /^Jane Okafor$/, /mayor of Riverton/)).not.toEqual([]);
    expect(find(facts, "role", /Samuel Reyes/, /chief engineer/)).not.toEqual([]);
  });

  it("counts residents, vehicles and years", () => {
    expect(find(facts, "number", /3,000/, /residents/)).not.toEqual([]);
    expect(find(facts, "number", /20,000/, /vehicles/)).not.toEqual([]);
    expect(find(facts, "number", /85 years/)).not.toEqual([]);
  });

  it("attributes the cost to the regional transport authority", () => {
    const cost = find(facts, "number", /48 million/);
    expect(cost).not.toEqual([]);
    expect(cost[0]!.attribution).toMatch(/regional transport authority/);
    expect(
      find(facts, "attribution", /according to the regional transport authority/, /48 million pounds/),
    ).not.toEqual([]);
  });

  it("records who designed the bridge, and the dates", () => {
    expect(
      facts.some(
        (f) =>
          f.kind === "relation" &&
          /Halden Construction/.test(f.subject) &&
          /designed/.test(f.predicate) &&
          /bridge/.test(f.object),
      ),
    ).toBe(true);
    expect(find(facts, "date", /Thursday/)).not.toEqual([]);
    expect(facts.find((f) => f.kind === "meta" && f.predicate === "published")?.object).toMatch(
      /March 14, 2024|2024-03-14/,
    );
    expect(find(facts, "meta", /article/, /New bridge opens over the Tamar River/)).not.toEqual([]);
  });

  it("knows nothing of the seed article", () => {
    expect(facts.some((f) => /Hamas|Moscow|Zakharova|224/.test(`${f.subject} ${f.object}`))).toBe(false);
  });
});
