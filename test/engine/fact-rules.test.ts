// The rules that keep wrong, cut-off and repeated facts away from people (/facts, the terminal's
// "facts"). Each rule has a sentence where a wrong fact used to come out and must not, and one where
// the right fact must still come out. The articles are made up.
import { describe, expect, it } from "vitest";
import { dedupeFacts } from "../../src/facts/dedupe-facts.ts";
import { extractFacts } from "../../src/facts/extract-facts.ts";
import type { Fact } from "../../src/facts/fact.ts";
import { parseArticle } from "../../src/knowledge/parse-article.ts";

const ARTICLE = `---
title: Storm hits the Carrowby coast
date: 2025-02-11
---

However, the Harbour Guild claims that around 40 sailors held in the Carrowby docks have died as a result of the storm.

The Dunmere Council, which does not consider Velt Mining a threat, has approved the Carrowby bridge plan. The Harbour Guild has not signed the Carrowby deal.

The Harbour Guild says that around 30 fishing boats, most of them small family vessels moored along the northern quay of the old Carrowby harbour, were wrecked by the storm on Friday night.

Ilka Velt died at the age of 91. Velt Mining said it would spend $2.1bn (£1.6bn) on new mines. Oren Task said the plan would cost millions. Oren Task approved the plan.

The Harbour Guild met on Monday. It approved the Carrowby harbour plan. Its shares fell 3% in Carrowby. The party won 58 seats. The Valdor Party won 12 seats.

Deputy Minister Tomas Brek revealed that he met with the leaders of the Harbour Guild in Dunmere.

Dunmere maintains close ties with Velt Mining. Dunmere maintains that the border is closed.

The Dunmeran state news agency KTA reported that the storm had passed. Velt Mining makes up 22% of the Carrowby index. The 18-year-old striker Lena Holt scored twice.

Lena Holt died as a result of her injuries. Oren Task worked as a ferry pilot. The guild's leader, Mara Dunn, welcomed the plan.

The ferry made a journey of 9 million miles, officials said. World number two Velt lost the final.

Oren Task will soon visit Dunmere. Ilka Velt later recalled the storm.

Rescue teams in Carrowby have recorded 120 calls since Friday, the fire service said.

Officials listed the new rules:
- Boats must stay in the Carrowby harbour
- Owners who break the rule face fines of £500
`;

const article = parseArticle("storm.md", ARTICLE);
const facts = extractFacts(article);
const relations = facts.filter((f) => f.kind === "relation");
const line = (f: Fact) => `${f.subject} — ${f.predicate} — ${f.object}`;
const has = (kind: Fact["kind"], subject: RegExp, predicate: RegExp, object: RegExp) =>
  facts.some((f) => f.kind === kind && subject.test(f.subject) && predicate.test(f.predicate) && object.test(f.object));

describe("a relation's subject is the real subject of its verb", () => {
  it("a noun inside a participle clause lends its verb to no one ('sailors held in the docks have died')", () => {
    const guild = article.sentences.findIndex((s) => s.text.includes("sailors held in"));
    expect(guild).toBeGreaterThan(0);
    const wrong = relations.filter((f) => f.sentence === guild);
    expect(wrong.map(line)).toEqual([]);
  });

  it("the subject before an aside between commas still gets its verb", () => {
    expect(has("relation", /^The Dunmere Council$/, /^has approved$/, /Carrowby bridge plan/)).toBe(true);
  });

  it("a negated verb gives no fact ('does not consider', 'has not signed')", () => {
    expect(relations.filter((f) => /consider|signed/.test(f.predicate)).map(line)).toEqual([]);
  });

  it("the phrase after 'said' that has its own verb is no object ('said the plan would cost')", () => {
    expect(relations.filter((f) => /said|claims|reported/.test(f.predicate)).map(line)).toEqual([]);
    expect(has("relation", /^Oren Task$/, /^approved$/, /^the plan$/)).toBe(true);
  });

  it("'as a result of' opens no object ('died as — a result'), a plain 'as' does ('worked as')", () => {
    expect(relations.filter((f) => /result/.test(f.object)).map(line)).toEqual([]);
    expect(has("relation", /^Oren Task$/, /^worked as$/, /^a ferry pilot$/)).toBe(true);
  });

  it("a person's name in commas after a role is the subject ('The guild's leader, Mara Dunn, welcomed')", () => {
    expect(has("relation", /^Mara Dunn$/, /^welcomed$/, /^the plan$/)).toBe(true);
  });

  it("a subject with a preposition before it is whole ('Rescue teams in Carrowby have recorded')", () => {
    expect(has("relation", /^Rescue teams in Carrowby$/, /have recorded/, /^120 calls$/)).toBe(true);
  });

  it("'he' right after 'X revealed that' is X", () => {
    expect(has("relation", /Tomas Brek$/, /^met with$/, /^the leaders of the Harbour Guild$/)).toBe(true);
  });
});

describe("subjects that name no one are dropped", () => {
  it("no fact about 'It', 'Its shares' or 'The party'", () => {
    const vague = facts.filter((f) => f.kind !== "meta" && /^(it|its\b|the party$)/i.test(f.subject));
    expect(vague.map(line)).toEqual([]);
  });

  it("a named subject keeps its fact ('The Valdor Party won 12 seats')", () => {
    expect(has("relation", /^The Valdor Party$/, /^won$/, /^12 seats$/)).toBe(true);
  });
});

describe("subjects and objects are whole phrases", () => {
  it("an 'of' phrase stays with its object ('the age of 91', not 'the age')", () => {
    expect(has("relation", /^Ilka Velt$/, /^died at$/, /^the age of 91$/)).toBe(true);
    expect(relations.filter((f) => f.object === "the age").map(line)).toEqual([]);
  });

  it("no fact leaves a bracket open ('$2.1bn (£1.6bn')", () => {
    const open = facts.filter((f) => /\([^)]*$/.test(f.subject) || /\([^)]*$/.test(f.object));
    expect(open.map(line)).toEqual([]);
  });

  it("no piece of a name or a title ('Dunmeran state' of 'Dunmeran state news agency', 'year-old striker')", () => {
    expect(facts.filter((f) => /^Dunmeran state$/.test(f.subject)).map(line)).toEqual([]);
    expect(has("role", /^Lena Holt$/, /^is$/, /^18-year-old striker$/)).toBe(true);
  });

  it("a name is no verb the tagger misread, and ends in a noun ('visit Dunmere', 'Ilka Velt later')", () => {
    const names = facts.filter((f) => f.predicate === "mentioned").map((f) => f.subject);
    expect(names.filter((n) => /^visit |later$/.test(n))).toEqual([]);
    expect(names).toContain("Ilka Velt");
    expect(names).toContain("Dunmere");
  });

  it("a number counts the words after it in its own clause, not a name ('number two Velt') or the next clause", () => {
    const counts = facts.filter((f) => f.kind === "number").map((f) => `${f.subject} → ${f.object}`);
    expect(counts.filter((c) => /→ (officials|Velt)$/.test(c))).toEqual([]);
    expect(counts).toContain("9 million miles → The ferry made a journey of 9 million miles");
  });

  it("numbers stand alone: '22%' of 'makes up 22%', never '18-year' of '18-year-old'", () => {
    expect(has("number", /^22%$/, /counts/, /22% of the Carrowby index/)).toBe(true);
    expect(facts.filter((f) => f.kind === "number" && /^up |18-year/.test(f.subject)).map(line)).toEqual([]);
  });

  it("a mentioned-fact quotes a whole clause, from one clause mark to the next, and one line of a list", () => {
    for (const f of facts.filter((x) => x.predicate === "mentioned" || x.kind === "date")) {
      const text = article.sentences[f.sentence]!.text;
      const at = text.indexOf(f.object);
      expect(at, line(f)).toBeGreaterThanOrEqual(0);
      expect(/(^|[,;:(–—\n]\s*|\s-\s)$/.test(text.slice(0, at)), `${line(f)} starts mid-clause`).toBe(true);
      expect(/^([,;:.)–—\n]|\s-\s|$)/.test(text.slice(at + f.object.length)), `${line(f)} ends mid-clause`).toBe(true);
      expect(f.object, line(f)).not.toMatch(/\n/);
    }
  });

  it("an attribution quotes the whole sentence, however long", () => {
    const long = facts.find((f) => f.kind === "attribution" && /Harbour Guild says/.test(f.subject));
    expect(long?.object).toBe(
      "The Harbour Guild says that around 30 fishing boats, most of them small family vessels moored along the northern quay of the old Carrowby harbour, were wrecked by the storm on Friday night.",
    );
  });
});

describe("who says so", () => {
  it("'maintains close ties' reports no claim; 'maintains that' does", () => {
    const sources = facts.filter((f) => f.kind === "attribution").map((f) => f.subject);
    expect(sources.filter((s) => s === "Dunmere maintains")).toHaveLength(1);
    const ties = facts.find((f) => f.kind === "relation" && /close ties/.test(f.object));
    expect(ties).toBeDefined();
    expect(ties!.attribution).toBeUndefined();
  });
});

describe("each fact is said once", () => {
  it("no two facts have the same subject, predicate and object, ignoring case and a leading article", () => {
    const key = (f: Fact) =>
      [f.subject, f.predicate, f.object].map((p) => p.toLowerCase().replace(/^(the|a|an) /, "")).join("|");
    const keys = facts.map(key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("drops equal facts and facts nested in another from the same sentence, keeps different ones", () => {
    const at = (subject: string, predicate: string, object: string, sentence = 3): Fact => ({
      kind: "relation",
      subject,
      predicate,
      object,
      sentence,
    });
    const kept = dedupeFacts([
      at("The Harbour Guild", "met with", "Oren Task"),
      at("harbour guild", "met with", "oren task"),
      at("Harbour Guild", "with", "Oren Task"),
      at("Harbour Guild", "with", "Oren Task", 4),
      at("Harbour Guild", "met with", "Ilka Velt"),
    ]);
    expect(kept.map((f) => `${line(f)} @${f.sentence}`)).toEqual([
      "The Harbour Guild — met with — Oren Task @3",
      "Harbour Guild — with — Oren Task @4",
      "Harbour Guild — met with — Ilka Velt @3",
    ]);
  });
});
