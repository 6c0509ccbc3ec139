// Answering and declining, independent of the dev set: determinism, declines with verbatim related
// passages, answers from self-written articles (definitions, sentences that go on with “it”), and
// several articles at once.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { createEngine, loadEngine } from "../../src/answer/engine.ts";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.ts";
import { rankSentences, termWeights } from "../../src/answer/rank-sentences.ts";
import { analyseQuestion } from "../../src/question/analyse-question.ts";
import { KnowledgeIndex } from "../../src/search/knowledge-index.ts";
import { tagSentence, usedAsVerb } from "../../src/text/tag-sentence.ts";
import { termKey } from "../../src/text/tokens.ts";
import {
  BRIDGE_ARTICLE,
  SEED_DIR,
  SEED_FILE,
  engineOver,
  expectVerbatimQuote,
  expectWellFormedAnswer,
  tempKnowledge,
  withoutMs,
} from "./helpers.ts";

const QUESTIONS = [
  "Who visited Moscow?",
  "How many hostages were reported?",
  "Who is the spokesperson for the Russian Foreign Ministry?",
  "Where did Mikhail Bogdanov meet Hamas?",
  "When was the article published?",
  "Is Hamas a terrorist organization according to Russia?",
  "Tell me about Abu Marzook",
  "Why did Russia blame America?",
  "who visited Paris?",
  "how many hostages were released?",
  "",
];

describe("the seed article", () => {
  const engine = loadEngine(SEED_DIR);

  it("gives the same answer to the same question, every time and on a fresh engine", () => {
    const again = createEngine(loadKnowledge(SEED_DIR));
    for (const q of QUESTIONS) {
      const first = withoutMs(engine.ask(q));
      for (let i = 0; i < 3; i++) expect(withoutMs(engine.ask(q)), q).toEqual(first);
      expect(withoutMs(again.ask(q)), q).toEqual(first);
    }
    // Asking other things in between does not change an answer.
    const before = withoutMs(engine.ask("Who visited Moscow?"));
    for (const q of [...QUESTIONS].reverse()) engine.ask(q);
    expect(withoutMs(engine.ask("Who visited Moscow?"))).toEqual(before);
  });

  it("every answer is well formed with verbatim quotes", () => {
    for (const q of QUESTIONS) expectWellFormedAnswer(engine.ask(q), engine.articles, q);
  });

  it("declines a place the article does not name (who visited Paris?), offering only verbatim related passages", () => {
    const a = engine.ask("who visited Paris?");
    expectWellFormedAnswer(a, engine.articles);
    expect(a.answered).toBe(false);
    expect(a.quotes).toEqual([]);
    expect(a.answer).toMatch(/doesn.t|does not|no /i);
    expect(a.answer).not.toMatch(/Hamas/);
    for (const r of a.related) expectVerbatimQuote(r, engine.articles, "related");
  });

  it.each([
    "how many Americans were killed?",
    "how many hostages were released?",
    "Who visited Berlin?",
    "What is the capital of Australia?",
  ])("declines what the article never says: %s", (q) => {
    const a = engine.ask(q);
    expectWellFormedAnswer(a, engine.articles, q);
    expect(a.answered, `${q} → ${a.answer}`).toBe(false);
  });

  it("answers yes/no from the clause that holds the question, not from a negation elsewhere in the sentence", () => {
    // "Russia, which does not consider Hamas a terrorist organization, has urged the Islamist group to release all hostages"
    const urged = engine.ask("Did Russia urge Hamas to release the hostages?");
    expect(urged.answered, urged.answer).toBe(true);
    expect(urged.answer).toMatch(/^Yes — has urged the Islamist group/);
    expect(engine.ask("Is Hamas a terrorist organization according to Russia?").answer).toMatch(
      /^No — does not consider/,
    );
  });

  it.each([
    ["Who is Iran's chief nuclear negotiator?", "Ali Bagheri Kani"],
    ["Who is the Russian President?", "Vladimir Putin"],
  ])("%s → the person the article gives that role: %s", (q, expected) => {
    const a = engine.ask(q);
    expect(a.answer).toBe(expected);
    expect(a.quotes[0]!.text).toContain(expected);
  });

  it("counts those who “lost their lives” as dead", () => {
    const a = engine.ask("How many Russians died?");
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toMatch(/^at least 23/);
  });

  it("does not answer yes to something the article only says was urged", () => {
    const a = engine.ask("Did Hamas release the hostages?");
    expect(a.answered, a.answer).toBe(false);
    expect(a.answer).toBe(
      "The article doesn't say that it happened; it says someone “has urged the Islamist group to release all hostages immediately”.",
    );
    expect(a.related[0]!.text).toMatch(/release all hostages immediately/);
  });

  it("answers the headline and the date from the header lines", () => {
    const headline = engine.ask("What's the headline?");
    expect(headline.answered).toBe(true);
    expect(headline.answer).toMatch(/Hamas delegation visits Moscow/);
    const date = engine.ask("When was it published?");
    expect(date.answered).toBe(true);
    expect(date.answer).toMatch(/2023-10-26|October 26, 2023/);
    // As chat asks it, in two words.
    expect(engine.ask("article date?").answer).toMatch(/2023-10-26|October 26, 2023/);
    expect(engine.ask("when was this published").answer).toMatch(/2023-10-26|October 26, 2023/);
  });

  it("tolerates typos and inflections (hostges, visted, zakharova?)", () => {
    expect(engine.ask("how many hostges were reported?").answer).toMatch(/\b224\b/);
    expect(engine.ask("who visted Moscow?").answer).toMatch(/Hamas/);
    const z = engine.ask("zakharova?");
    expect(z.answered).toBe(true);
    expect(z.quotes[0]?.text).toMatch(/Maria Zakharova, the spokesperson/);
  });

  it("gives the attribution when the article attributes the claim", () => {
    const a = engine.ask("How many hostages does Hamas say were killed by Israeli bombings?");
    expect(a.answered).toBe(true);
    expect(a.attribution ?? a.answer).toMatch(/Hamas/);
    const b = engine.ask("How many hostages were reported?");
    expect(b.attribution ?? b.answer).toMatch(/Israeli sources/i);
  });

  it("keeps answers short (12 words or fewer for the direct answers)", () => {
    for (const q of [
      "Who visited Moscow?",
      "How many hostages were reported?",
      "Where did Mikhail Bogdanov meet Hamas?",
      "Who will soon visit Moscow to meet Putin?",
    ]) {
      const a = engine.ask(q);
      expect(a.answer.split(/\s+/).length, `${q} → ${a.answer}`).toBeLessThanOrEqual(12);
    }
  });

  it("search returns verbatim passages", () => {
    const hits = engine.search("kidnapped individuals", 3);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expectVerbatimQuote(h, engine.articles, "search");
    expect(hits[0]!.text).toMatch(/kidnapped individuals/);
  });

  // What was typed → what every suggestion for it must match (a typo is read as the word it misspells).
  it.each([
    ["who", /^Who /],
    ["Moscow", /\bMoscow\b/],
    ["hostges", /\bhostages\b/],
  ])("suggests, for %j, questions about what was typed that the engine answers", (typed, about) => {
    const suggestions = engine.suggest(typed, 5);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    for (const s of suggestions) {
      expect(s).toMatch(about);
      expect(s).toMatch(/\?$/);
      const answer = engine.ask(s);
      expect(answer.answered, `${s} → ${answer.answer}`).toBe(true);
    }
  });

  it("suggests nothing for words the article never uses", () => {
    expect(engine.suggest("zzzz qqqq", 5)).toEqual([]);
  });
});

describe("a second, self-written article", () => {
  const engine = engineOver({ "bridge.md": BRIDGE_ARTICLE });

  // [question, expected answer, the sentence the first quote must contain]
  const cases: [string, RegExp, string][] = [
    ["Who is the mayor of Riverton?", /Jane Okafor/, "Jane Okafor, the mayor of Riverton"],
    ["Who cut the ribbon?", /Jane Okafor/, "cut the ribbon"],
    ["Who designed the bridge?", /Halden Construction/, "Engineers from Halden Construction"],
    ["How many residents attended the event?", /3,000/, "About 3,000 residents"],
    ["How many people attended the event?", /3,000/, "About 3,000 residents"],
    ["How many vehicles a day can the bridge carry?", /20,000/, "20,000 vehicles a day"],
    ["How many years did the ferry service run?", /\b85\b/, "ran for 85 years"],
    ["When did the bridge open?", /Thursday/, "opened to traffic on Thursday"],
    ["When will the ferry service close?", /May/, "will close in May"],
    ["How much did the bridge cost?", /48 million/, "48 million pounds"],
    ["Where did Jane Okafor cut the ribbon?", /opening ceremony/, "at the opening ceremony"],
    // People named by what they are, not by name.
    ["Who attended the event?", /residents/, "About 3,000 residents attended"],
    ["Who urged the council to keep the ferry?", /Local groups/, "Local groups have urged"],
    // The article writes "four years": digits and number words are the same number.
    ["When did the bridge open after 4 years of construction?", /Thursday/, "after four years of construction"],
  ];
  it.each(cases)("%s", (q, expected, source) => {
    const a = engine.ask(q);
    expectWellFormedAnswer(a, engine.articles, q);
    expect(a.answered, `${q} → ${a.answer}`).toBe(true);
    expect(a.answer).toMatch(expected);
    expect(a.quotes[0]!.text).toContain(source);
    expect(a.quotes[0]!.article).toBe("bridge.md");
  });

  it("answers the publication date from front matter", () => {
    const a = engine.ask("When was the article published?");
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/2024-03-14|March 14, 2024/);
  });

  it("attributes the cost to the regional transport authority", () => {
    const a = engine.ask("How much did the bridge cost?");
    expect(a.attribution ?? a.answer).toMatch(/regional transport authority/);
  });

  it("a 'what X' question whose X the article names elsewhere gets no short answer from a sentence without X", () => {
    // "ferry" is in the last paragraph; the sentence about the opening ceremony names no ferry, so
    // no phrase of it can be given as the ferry (it may be shown: encyclopaedias name "a broken
    // arm", not "an injury").
    const a = engine.ask("What ferry did Jane Okafor open at the ceremony?");
    expect(a.outcome, a.answer).not.toBe("answer");
    expect(engine.explain("What ferry did Jane Okafor open at the ceremony?").spanProblem).toMatch(/which “ferry”/);
  });

  it("a 'what X' question whose X stands beside the answer is answered", () => {
    const a = engine.ask("What company designed the bridge?");
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toMatch(/Halden Construction/);
  });

  it("declines a question that asks about the opposite of what the sentence says, and says so", () => {
    const a = engine.ask("When will the new ferry service close?");
    expect(a.answered, a.answer).toBe(false);
    expect(a.answer).toBe("The article says “old”, not “new”.");
    expect(engine.ask("When will the old ferry service close?").answer).toMatch(/May/);
  });

  it.each(["Who didn't attend the event?", "Who did not attend the event?", "If there is no parade, who attends?"])(
    "declines %s: the sentence negates nothing",
    (q) => {
      const a = engine.ask(q);
      expect(a.answered, a.answer).toBe(false);
    },
  );

  it("answers yes/no only when the sentence holds every word of the question", () => {
    const yes = engine.ask("Did Jane Okafor cut the ribbon?");
    expect(yes.answered, yes.answer).toBe(true);
    expect(yes.answer).toMatch(/^Yes/);
    const unsaid = engine.ask("Did Jane Okafor cut the ribbon with golden scissors?");
    expect(unsaid.answered, unsaid.answer).toBe(false);
    expect(unsaid.answer).toMatch(/doesn't say whether/);
  });

  it.each(["Who visited Paris?", "How many soldiers died?", "Who visited Moscow?", "How many hostages were reported?"])(
    "declines %s",
    (q) => {
      const a = engine.ask(q);
      expectWellFormedAnswer(a, engine.articles, q);
      expect(a.answered, `${q} → ${a.answer}`).toBe(false);
    },
  );
});

describe("several articles in one knowledge folder", () => {
  const engine = engineOver({ "bridge.md": BRIDGE_ARTICLE, "article.txt": readFileSync(SEED_FILE, "utf8") });

  it.each([
    ["Who is the mayor of Riverton?", "bridge.md", /Jane Okafor/],
    ["How many residents attended the event?", "bridge.md", /3,000/],
    ["Who visited Moscow?", "article.txt", /Hamas/],
    ["How many hostages were reported?", "article.txt", /224/],
  ])("%s is answered from %s", (q, file, expected) => {
    const a = engine.ask(q);
    expectWellFormedAnswer(a, engine.articles, q);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(expected);
    expect(a.quotes[0]!.article).toBe(file);
  });
});

describe("definitions and sentences that go on with a pronoun", () => {
  const folder = tempKnowledge({
    "museum.md": `# The Harbour Museum

The Harbour Museum is a small maritime museum in Northbay, founded by local sailors. By far the best-known object in its collection is the Saltmarsh Chart, which is not a chart but a woven map. It was commissioned by Edith Rowe in 1912.

The town council commissioned a new wing in 1960. The wing holds ship models and paintings of the harbour.

The Northbay Maritime Archive (NMA) keeps the museum's ship plans and logbooks. Cartography (the study and making of maps) was taught in its reading room until 1950.
`,
  });
  afterAll(folder.cleanup);
  const knowledge = loadKnowledge(folder.dir);
  const engine = createEngine(knowledge, { useFactsFiles: false });

  it("reads a slip as the article's word, but not one English word as another", () => {
    const index = new KnowledgeIndex(knowledge.articles, () => []);
    const keyOf = (word: string) => index.queryTerms([{ lower: word, key: termKey(word), isName: false }])[0]!;
    // "commisioned" is a slip for "commissioned".
    expect(keyOf("commisioned").key).toBe(termKey("commissioned"));
    expect(keyOf("commisioned").known).toBe(true);
    // "reaching" is a word of its own, two letters from "reading": not corrected.
    expect(keyOf("reaching").known).toBe(false);
  });

  it("a sentence opening with “It” covers the words of the sentence before it nearly in full", () => {
    const index = new KnowledgeIndex(knowledge.articles, () => []);
    const q = analyseQuestion("Who commissioned the Saltmarsh Chart?");
    const terms = index.queryTerms(q.terms);
    const ranked = rankSentences(index, q, terms, termWeights(terms));
    const it = ranked.find((r) => r.sentence.text.startsWith("It was commissioned"))!;
    // "commissioned" is here; "Saltmarsh Chart" only in the sentence before, which "It" stands for.
    expect(it.coverage).toBeGreaterThan(0.85);
    expect(ranked[0]!.sentence).toBe(it.sentence);
  });

  it("finds the answer in that sentence, and never gives another", () => {
    const t = engine.explain("Who commissioned the Saltmarsh Chart?");
    expect(t.ranked![0]!.sentence.text).toMatch(/^It was commissioned/);
    expect(t.span).toMatch(/Edith Rowe/);
    const a = engine.ask("Who commissioned the Saltmarsh Chart?");
    // Whether it is said outright depends on the fitted confidence; a wrong answer never.
    expect(["answer", "declined"]).toContain(a.outcome);
    expect(a.outcome === "answer" ? a.answer : "Edith Rowe").toMatch(/Edith Rowe/);
  });

  // [question, the short answer exactly]
  const definitions: [string, string][] = [
    ["What is the Harbour Museum?", "a small maritime museum in Northbay"],
    ["What is NMA?", "The Northbay Maritime Archive"],
    ["What is cartography?", "the study and making of maps"],
  ];
  it.each(definitions)("%s → the article's own definition", (q, expected) => {
    const a = engine.ask(q);
    expectWellFormedAnswer(a, engine.articles, q);
    expect(a.kind).toBe("describe");
    expect(a.answer).toBe(expected);
  });
  it.each([
    ["What kind of map is the Saltmarsh Chart?", "woven map"],
    ["What kind of museum is the Harbour Museum?", "small maritime museum"],
  ])("%s → the words the article puts before the noun", (q, expected) => {
    const a = engine.ask(q);
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toBe(expected);
  });

  it("declines “what is X?” when the article only mentions X, offering the mention as related", () => {
    const a = engine.ask("What are logbooks?");
    expect(a.answered, a.answer).toBe(false);
    expect(a.answer).toBe("The article doesn't say what “logbooks” are.");
    expect(a.related[0]!.text).toMatch(/ship plans and logbooks/);
  });
});

describe("questions the sentence answers only the other way round", () => {
  const engine = engineOver({
    "kings.md": `# Two kings

King Malcolm of Scotland married Edith's sister Margaret in 1070. Their son Duncan was sent to England as a hostage.

The Anglo-Norman language was eventually absorbed into the Anglo-Saxon language of the English.
`,
  });

  it("answers it asked the right way round", () => {
    const a = engine.ask("Who did Malcolm marry?");
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toMatch(/Margaret/);
  });

  it("declines it asked the wrong way round, and says why", () => {
    const a = engine.ask("Who did Edith marry?");
    expect(a.answered, a.answer).toBe(false);
    expect(a.answer).toBe("The article doesn't say: there, “Edith” is not the one who married.");
  });

  it("declines when the thing asked about is the doer there (“who replaced the board?” of “the board replaced …”)", () => {
    const board = engineOver({
      "board.md": "# Board\n\nThe new board replaced the harbour trustees as the port's owner in 2019.\n",
    });
    expect(board.ask("who replaced the harbour trustees").answer).toMatch(/new board/);
    const reversed = board.ask("who replaced the new board");
    expect(reversed.outcome, reversed.answer).toBe("declined");
    expect(reversed.answer).toMatch(/the other way round/);
  });

  it("declines “who did X invite?” when X is the one invited (“X was invited … by Y”)", () => {
    const talks = engineOver({
      "talks.md": "# Talks\n\nThe dockers were invited to the pay talks by the mayor, Ada Brek.\n",
    });
    expect(talks.ask("who invited the dockers").answer).toMatch(/Ada Brek|mayor/);
    const reversed = talks.ask("who did the dockers invite");
    expect(reversed.outcome, reversed.answer).toBe("declined");
  });

  it("gives no short answer made only of the question's own words", () => {
    const right = engine.ask("What was absorbed into the Anglo-Saxon language?");
    expect(right.answered, right.answer).toBe(true);
    expect(right.answer).toMatch(/Anglo-Norman language/);
    // The sentence answers it the other way round, so it may be shown, but no short answer is given.
    const wrong = engine.ask("What was absorbed into the Anglo-Norman language?");
    expect(wrong.outcome, wrong.answer).not.toBe("answer");
    expect(engine.explain("What was absorbed into the Anglo-Norman language?").spanProblem).toBeDefined();
  });
});

describe("questions that ask for the object of a verb", () => {
  const engine = engineOver({
    "strike.md": `# Dock strike

Union leaders, including chairman Tomas Reyes, have called for talks between the port and the drivers, blaming the failure of the pay review for the strike.

Harbour master Lena Ortiz met the drivers' representatives on Monday.
`,
  });

  it("answers with what stands after the asked verb, not a name before it", () => {
    const a = engine.ask("who does the union blame for the strike");
    expect(a.outcome, a.answer).toBe("answer");
    expect(a.answer).toBe("the failure of the pay review");
  });

  it("still answers a person object of the asked verb", () => {
    const a = engine.ask("who did lena ortiz meet");
    expect(a.answer).toMatch(/representatives/);
    expect(a.answer).not.toMatch(/Ortiz/);
  });
});

describe("a name's own apposition is not someone else", () => {
  const engine = engineOver({
    "talks.md":
      "# Talks\n\nThe ministry confirmed the meeting, adding that Portuguese envoy Ilka Velt, Portugal's chief trade negotiator, also held talks with Deputy Minister Tomas Reyes.\n",
  });

  it("answers “who did Velt talk to?” with the other party, not with Velt's title", () => {
    expect(engine.ask("who did velt talk to").answer).toMatch(/Tomas Reyes/);
    expect(engine.ask("who did ilka velt meet").answer).toMatch(/Tomas Reyes/);
  });
});

describe("a name titled with another role", () => {
  const engine = engineOver({
    "rangers.md":
      "# Rangers win\n\nRangers beat Carrowby 2-0 on Saturday to top the league.\n\nStriker Maria Lopez scored in the first half, and captain John Reyes added a second from a free kick.\n",
  });

  it("is not the holder of the role asked (“who is the rangers captain?” is not the striker)", () => {
    expect(engine.ask("who is the rangers captain").answer).not.toMatch(/Lopez/);
    expect(engine.ask("who is the rangers striker").answer).not.toMatch(/Reyes/);
  });
});

describe("a team named with an ordinary word, asked in lower case", () => {
  it("is still a name the sentence must mention (“did city win?”)", () => {
    const match = engineOver({
      "match.md":
        "# Rovers through\n\nRovers beat City 2-0 on Sunday in the quarter-final.\n\nManager Ana Ruiz said her side had earned the win.\n",
    });
    expect(match.ask("did city win").answer).not.toMatch(/^Yes/);
  });
});

describe("a surname that is also an ordinary word, asked in lower case", () => {
  it("is a name when the article only writes it after a courtesy title (“Mr Hale”)", () => {
    const vote = engineOver({
      "vote.md":
        "# Vote count\n\nOutgoing Prime Minister Tom Hale conceded defeat on Monday.\n\nMr Hale said he would stay on as party leader until a successor is chosen.\n",
    });
    // "hale" is an adjective too: read as one, the reply named Hale as his own successor.
    expect(vote.ask("who will replace hale as party leader").answer).not.toMatch(/Hale/);
  });
});

describe("a share written with its sign", () => {
  const firm = engineOver({
    "firm.md":
      "# Mill cuts jobs\n\nThe Brek mill will cut 180 jobs, about 9% of its workforce, the company said.\n\nThe share price was 410p before the news.\n",
  });

  it("is found by 'percent' and answers a 'what %' question with the share, not the count", () => {
    expect(firm.ask("what % of staff r losing their jobs").answer).toMatch(/^(about )?9%/);
  });

  it("counts nothing for 'per' (“the price per share” asks no number of shares)", () => {
    expect(firm.ask("what was the price per share").answer).toMatch(/410p/);
  });
});

describe("a question of what something is called", () => {
  it("does not need the article to say 'called' (“what is the island called?”)", () => {
    const isle = engineOver({
      "isle.md": "# Storm\n\nThe storm hit Orrin Island, the largest island of the group, on Monday.\n",
    });
    expect(isle.ask("what is the largest island called").answer).not.toMatch(/anything about “called”/);
  });
});

describe("a question that asks for a name", () => {
  it("is declined, not shown a passage, when the sentence names none (“what is the driver's name?”)", () => {
    const crash = engineOver({
      "crash.md":
        "# Bus crash\n\nThe driver of the bus was taken to hospital after the crash on the coast road, police said.\n",
    });
    const a = crash.ask("whats the drivers name");
    expect(a.outcome).toBe("declined");
    expect(a.answer).toMatch(/no name/);
  });
});

describe("a deed the sentence tells in the passive, with no doer", () => {
  const painter = engineOver({
    "painter.md":
      "# Ada Brek\n\nIn 1763 Brek was invited to Carrowby, where she spent nine years working for the court.\n\nHer portrait of the queen was praised by the critic Omar Vell.\n",
  });

  it("names no one for who did it (“who invited Brek to Carrowby?”)", () => {
    const a = painter.ask("who invited brek to carrowby");
    expect(a.outcome).toBe("declined");
    expect(a.answer).toMatch(/doesn't say who/);
  });

  it("still names the doer given after 'by'", () => {
    expect(painter.ask("who praised her portrait of the queen").answer).toMatch(/Omar Vell/);
  });
});

describe("a thing the article speaks of but never says which", () => {
  const ferry = engineOver({
    "ferry.md":
      "# Ferry runs aground off Tarn\n\nEleven people were treated for minor injuries, and two were taken to hospital as a precaution.\n\nThe injured captain was later flown to St Aldo's Hospital in Kessick.\n",
  });

  it("declines “which hospital …?” of “taken to hospital as a precaution” (no “a precaution”)", () => {
    const a = ferry.ask("which hospital were the 2 ppl taken to");
    expect(a.outcome).toBe("declined");
    expect(a.answer).toBe("The article doesn't say which hospital.");
  });

  it("still answers it where the article names the hospital", () => {
    expect(ferry.ask("which hospital was the captain flown to").answer).toMatch(/St Aldo's Hospital/);
  });
});

describe("a measure asked by its noun (“what is the height of …?”)", () => {
  const tower = engineOver({
    "tower.md":
      "# The Harrow Tower\n\nThe Harrow Tower is 120 metres tall and was completed in 1931.\n\nThe lake beside it is 40 metres deep at its centre.\n\nHarrow Park, the club's ground, has a capacity of 38,450.\n",
  });

  it("is answered by the measure in its units, though the sentence says “tall”, not “height”", () => {
    expect(tower.ask("what is the height of the tower?").answer).toBe("120 metres");
    expect(tower.ask("whats the depth of the lake").answer).toBe("40 metres");
  });

  it("takes a sum for a cost, though the sentence never says “cost”", () => {
    const club = engineOver({
      "club.md":
        "# Harrow Park\n\nThe club charged an average of $40 for a seat at the 2019 final, played before 38,450 fans.\n",
    });
    expect(club.ask("what was the average cost of a seat at the final?").answer).toBe("$40");
  });

  it("is read in chat as “X capacity?”", () => {
    expect(tower.ask("harrow park capacity").answer).toBe("38,450");
  });
});

describe("a question about a past deed", () => {
  it("takes no word for the present as its time (“Today the line is used …”)", () => {
    const line = engineOver({
      "line.md":
        "# Harlo line\n\nToday the Harlo line is used mostly by electric trains, and steam trains run only on holidays.\n",
    });
    expect(line.ask("when did regular steam trains stop on the harlo line").answer).not.toMatch(/^Today/i);
  });
});

describe("an encyclopaedia entry titled with a name", () => {
  it("is about that name throughout: “the company” is the entry's company (“who is the chief executive of Orrin Foods?”)", () => {
    const entry = engineOver({
      "entry.md":
        "# Orrin Foods\n\nOrrin Foods is a food company based in Carrowby. It was founded in 1921 by the baker Tomas Reyes.\n\nThe company makes bread and biscuits, and employs about 2,000 people.\n\nSince 2019 the chief executive of the company has been Ada Brek, the first woman to lead it.\n",
    });
    // (The rules' pick: how sure the reply is belongs to the fitted models, pinned in decisions.test.ts.)
    expect(entry.explain("who is the chief executive of orrin foods").span).toMatch(/Ada Brek/);
  });
});

describe("harm to people, however it is put", () => {
  it("counts 'hurt' in 'injuries' (“how many people were hurt?”)", () => {
    const crash = engineOver({
      "crash.md":
        "# Coach crash\n\nA coach carrying 40 people to a wedding left the road near Carrowby on Sunday morning.\n\nEleven people were treated for minor injuries, the ambulance service said.\n",
    });
    expect(crash.ask("how many ppl got hurt").answer).toMatch(/^Eleven/);
  });
});

describe("a preposition of the question", () => {
  it("is no word the sentence must hold (“were any Dunmerans among the passengers?”)", () => {
    const ferry = engineOver({
      "ferry.md":
        "# Ferry rescue\n\nRescuers saved 40 passengers from the ferry, including three Dunmeran nationals, the coastguard said.\n\nThe ferry sank in calm weather on Sunday.\n",
    });
    expect(ferry.ask("were any dunmerans among the passengers").answer).toMatch(/^Yes/);
  });
});

describe("a deed only asked for", () => {
  it("names nobody as the doer (“who released the figures?” of “urged the firm to release them”)", () => {
    const ferry = engineOver({
      "ferry.md":
        "# Ferry\n\nThe council urged the ferry company to release the safety figures immediately.\n\nThe company made a loss in 2023.\n",
    });
    const a = ferry.ask("who released the safety figures");
    expect(a.answer).not.toMatch(/company/);
    expect(a.outcome).toBe("declined");
    expect(ferry.ask("who urged the company to release the figures").answer).toBe("The council");
  });
});

describe("another doer of the asked deed", () => {
  it("declines “when did Tomas flee?” asked of “Ada Brek fled … in 1990”", () => {
    const exile = engineOver({
      "exile.md":
        "# Exile\n\nBecause of the war, Ada Brek fled to Lisbon in 1990, when the border closed. Her brother, Tomas Reyes, was a fisherman.\n",
    });
    expect(exile.ask("when did ada brek flee to lisbon").answer).toBe("1990");
    const a = exile.ask("when did tomas reyes flee to lisbon");
    expect(a.outcome).toBe("declined");
    expect(a.answer).toBe("The article doesn't say: there, it is Ada Brek who fled.");
  });
});

describe("two verbs that share one doer", () => {
  const court = engineOver({
    "court.md":
      "# Court\n\nIn 1051 the old king named Oren Task chancellor and made Ilka Vell governor of the port.\n\nOfficials said Ada Brek visited the port and opened the new quay.\n",
  });
  it("never gives the first verb's object as the second verb's doer", () => {
    // "named Oren Task chancellor and made Ilka Vell governor": Oren Task made no one anything.
    const a = court.ask("who made ilka vell governor");
    expect(a.outcome === "answer" ? a.answer : "").not.toMatch(/Oren Task/);
  });
  it("gives no one on the far side of the verb as its doer", () => {
    // The doer before "named" is no name the rules offer; Ilka Vell, after it, is someone else.
    const a = court.ask("who named oren task chancellor");
    expect(a.outcome === "answer" ? a.answer : "").not.toMatch(/Ilka Vell/);
  });
  it("still answers the doer of two joined verbs when it stands before both", () => {
    expect(court.ask("who opened the new quay").answer).toBe("Ada Brek");
  });
});

describe("words that link sentences, and questions that offer answers", () => {
  const gulls = engineOver({
    "gulls.md":
      "# Gulls\n\nBoth harbour gulls and terns have a gland that, in most sea birds, removes salt from the blood. As a result some old guide books class gulls and terns as sea birds.\n\nAlmost all harbour gulls are scavengers – there are no hunters among them and only one kind is partly migratory.\n",
  });
  it("never answers with the noun of a linking phrase (“as a result”)", () => {
    const a = gulls.ask("Gulls and terns are classed as what?");
    expect(a.answer).not.toMatch(/result/);
    expect(a.answer).toBe("sea birds");
  });
  it("shows the passage, not “yes” or “no”, when the question offers answers to choose from", () => {
    const a = gulls.ask("Are harbour gulls scavengers, hunters or migratory?");
    expect(a.outcome, a.answer).toBe("passage");
    expect(a.quotes[0]!.text).toMatch(/scavengers/);
    // Asked plainly, it is still a yes/no question.
    expect(gulls.ask("are harbour gulls scavengers").answer).toMatch(/^Yes/);
  });
});

describe("questions about the future", () => {
  const engine = engineOver({
    "visits.md":
      "# Visits\n\nA trade delegation from Portugal visited Carrowby last week, the council said.\n\nThe harbour master, Ada Brek, will visit Carrowby in May to open the new quay.\n",
  });

  it("ask for the subject after a modal (“who will open …?”)", () => {
    expect(engine.ask("who will open the new quay").answer).toMatch(/Ada Brek/);
  });

  it("are not answered by what was done (“who will visit?” is not who visited)", () => {
    // (The rules' picks, whatever the fitted models make of a two-sentence text.)
    expect(engine.explain("who will visit carrowby").span).toMatch(/Ada Brek/);
    expect(engine.explain("who visited carrowby").span).toMatch(/delegation/);
  });
});

describe("the score of a match", () => {
  const engine = engineOver({
    "final.md":
      "# Cup final\n\nHarbour United beat Carrowby 3-1 in the final on Saturday.\n\nStriker Maria Lopez scored twice in the second half.\n",
  });

  it("is the result as written (“3-1”), never a count of goals", () => {
    expect(engine.ask("what was the score against carrowby").answer).toBe("3-1");
    expect(engine.ask("harbour united carrowby score?").answer).toBe("3-1");
    // The sentence that says "scored twice" gives no score: no short answer from it.
    expect(engine.ask("what was the score").outcome).not.toBe("answer");
  });
});

describe("who said it: the source the sentence gives", () => {
  const engine = engineOver({
    "visit.md":
      "# Visit\n\nA delegation from the Harbour Guild, the union representing dock workers, recently visited Lisbon, according to the ministry spokesperson.\n\nThe guild wants higher pay.\n",
  });

  it("answers “what is the source of …?” with the source the sentence names", () => {
    const storm = engineOver({
      "storm.md":
        "# Storm\n\nAccording to the coastguard, the storm damaged about 40 boats owned by the Harbour Guild in Carrowby.\n\nThe guild has 300 members.\n",
    });
    expect(storm.ask("what is the source of the 40 boats figure").answer).toBe("the coastguard");
    expect(storm.ask("whats the source for the damaged boats").answer).toBe("the coastguard");
  });

  it("answers “who was the source?” with the source, though it names no one (“a source in …”)", () => {
    const storm = engineOver({
      "storm.md":
        "# Storm\n\nThe regional paper, citing a source in the coastguard, reported that 40 boats sank.\n\nThe mayor, Ada Brek, visited the harbour.\n",
    });
    expect(storm.ask("who was the source for the paper").answer).toBe("a source in the coastguard");
  });

  it("answers “who did X cite?” with the one cited, not the one the report is about", () => {
    const visit = engineOver({
      "visit.md":
        "# Delegation visits Arden\n\nThe state news agency Telnor, citing a source in the delegation, reported that senior League member Ada Brek was among the visitors.\n",
    });
    expect(visit.ask("who did telnor cite").answer).toBe("a source in the delegation");
    const named = engineOver({
      "visit.md":
        "# Delegation visits Arden\n\nThe state news agency Telnor, citing a source in the Velt delegation, reported that Ada Brek was among the visitors.\n",
    });
    expect(named.ask("whats telnor's source").answer).toBe("a source in the Velt delegation");
    expect(visit.ask("who was among the visitors").answer).toMatch(/Ada Brek/);
  });

  it("answers “who said …?” with the source after “according to”", () => {
    expect(engine.ask("who said the harbour guild visited").answer).toBe("the ministry spokesperson");
    expect(engine.ask("who said the guild visited lisbon").answer).toBe("the ministry spokesperson");
  });
});

describe("names the passage gives in another way", () => {
  const engine = engineOver({
    "flood.md": `# Flood in Carrowby

Volunteer Ilka Velt ran the shelter at the school.

Heavy rain fell for three days. The river rose two metres overnight and cut the main road.

Velt said 40 families slept there on Tuesday.
`,
  });

  it("counts the headline's names as named in every sentence", () => {
    const a = engine.ask("How far did the river rise in Carrowby?");
    expect(a.outcome, a.answer).not.toBe("declined");
    expect(a.quotes[0]?.text).toBe("The river rose two metres overnight and cut the main road.");
  });

  it("counts a full name as named by its last word", () => {
    const a = engine.ask("How many families did Ilka Velt say slept at the shelter?");
    expect(a.outcome, a.answer).not.toBe("declined");
    expect(a.quotes[0]?.text).toBe("Velt said 40 families slept there on Tuesday.");
  });

  it("still declines a name the passage does not give at all", () => {
    expect(engine.ask("how far did the river rise in Dunmere").outcome).toBe("declined");
  });
});

describe("a question for the holder of a role", () => {
  const engine = engineOver({
    "guild.md": `# Harbour talks

Talks on the strike resumed after the Fishers' Guild walked out. Ada Brek, the ministry's chief negotiator and leader of the talks, met port officials.

The harbour reopened on Friday.
`,
  });

  it("is answered only by a sentence that names what the role belongs to", () => {
    expect(engine.ask("who is the leader of the talks").answer).toMatch(/Ada Brek/);
    // The Guild is named only in the sentence before: nothing says who leads it.
    const a = engine.ask("who is the leader of the fishers guild");
    expect(a.outcome, a.answer).toBe("declined");
    expect(engine.explain("who is the leader of the fishers guild").problem).toMatch(/doesn't mention “Fishers”/);
  });

  it("answers any who-question only from a sentence that names the question's names", () => {
    // Osei plays for Rovers: the sentence before, which names Harlow City, does not make him theirs.
    const match = engineOver({
      "match.md":
        "# Cup tie\n\nRovers beat Harlow City 3-1 on Sunday at the new stadium. Striker Leah Osei scored twice in the second half.\n\nThe stadium was full.\n",
    });
    const a = match.ask("who scored in the second half for Harlow City");
    expect(a.outcome, a.answer).toBe("declined");
    expect(match.ask("who scored twice in the second half").answer).toMatch(/Leah Osei/);
  });

  it("is not answered by a role whose asked word only says which (“chief negotiator” for “leader”)", () => {
    const envoys = engineOver({
      "envoys.md":
        "# Envoys meet\n\nTarnish Deputy Minister Ola Venn, Tarnby's chief negotiator, held talks with port officials.\n\nThe talks ended on Friday.\n",
    });
    expect(envoys.ask("who is the chief of tarnby").answer).not.toMatch(/Ola Venn/);
    expect(envoys.ask("who is tarnby's chief negotiator").answer).toMatch(/Ola Venn/);
  });

  it("takes no capitalised first word of a sentence for a name (“Talks resumed …”)", () => {
    const a = engine.ask("who walked out");
    expect(a.answer).not.toMatch(/^Talks$/);
  });
});

describe("who did something: the sentence must say that someone did it", () => {
  const engine = engineOver({
    "vote.md": `# Guild vote

The Harbour Guild won Monday's vote on the new quay by 40 votes, the port authority announced on Tuesday.

The guild, which Ada Brek has chaired since 2019, has 300 members.
`,
  });

  it("answers with the subject of the asked verb", () => {
    expect(engine.ask("who announced the result of the vote").answer).toBe("the port authority");
  });

  it("reads the doer after “by” when the verb is a bare participle (“the raids launched by rebels”)", () => {
    const raids = engineOver({
      "raids.md": "# Raids\n\nAt least 12 soldiers died in the raids launched by northern rebels last week.\n",
    });
    expect(raids.ask("who launched the raids").answer).toBe("northern rebels");
  });

  it("answers a question in the passive with the object of an active sentence", () => {
    const talks = engineOver({
      "talks.md": "# Talks\n\nUnion leaders met the mayor in Carrowby to discuss the harbour fees.\n",
    });
    expect(talks.ask("what was discussed in carrowby").answer).toBe("the harbour fees");
    const strike = engineOver({
      "strike.md":
        "# Strike\n\nGuild members, including chairman Tomas Reyes, have called for talks between the port and the Harbour Guild, blaming the failure of the pay review for the strike.\n",
    });
    expect(strike.ask("who was blamed for the strike").answer).toBe("the failure of the pay review");
    expect(strike.ask("who is to blame for the strike").answer).toBe("the failure of the pay review");
    // Who called for talks is the group; the name after "including" is one of them.
    expect(strike.ask("who called for talks").answer).toBe("Guild members");
  });

  it("gives no name from a sentence that has the asked word only as a noun", () => {
    const match = engineOver({
      "match.md": "# Cup tie\n\nManager Ana Ruiz said her side had earned the win.\n",
    });
    expect(match.ask("who won").outcome).not.toBe("answer");
  });

  it("takes the doer the noun of the asked deed names (“coach Ada Vell”, “investigation by the board”)", () => {
    const news = engineOver({
      "news.md":
        "# Derailment\n\nThe derailment near Holt is under investigation by the Rail Safety Board, which has sent inspectors.\n\nHarbour Rovers coach Ada Vell said her side had been unlucky.\n\nThe mill's founder, Tomas Brek, opened it in 1881.\n\nAfter the attack Valdoria said it would respond.\n",
    });
    expect(news.ask("whos investigating the derailment").answer).toBe("the Rail Safety Board");
    expect(news.ask("who coaches harbour rovers").answer).toBe("Ada Vell");
    expect(news.ask("who founded the mill").answer).toBe("Tomas Brek");
    // "Ada Vell was the surprise winner": the agent noun of an irregular verb, said of the name.
    const cup = engineOver({
      "cup.md":
        "# Cup\n\nTomas Brek was the surprise winner of the Harbour Cup on Sunday.\n\nThe race was held in fog.\n",
    });
    expect(cup.ask("who won the harbour cup").answer).toBe("Tomas Brek");
    // The name after an action noun is not its doer: "after the attack Valdoria said …".
    expect(news.ask("who attacked").outcome).not.toBe("answer");
  });

  it("answers who holds a role with the name the role stands before as a title (“Chief Inspector Ada Vell”)", () => {
    const theft = engineOver({
      "theft.md":
        "# Theft\n\nThe thieves ignored several more valuable works in the same gallery, Chief Inspector Ada Vell said.\n\nThe mayor met the gallery's owner on Monday.\n",
    });
    expect(theft.ask("who is the chief inspector").answer).toBe("Chief Inspector Ada Vell");
    expect(theft.ask("name of the chief inspector").answer).toBe("Chief Inspector Ada Vell");
  });

  it("finds the doer of a passive after a long phrase, and the thing in the sentence a pronoun points back to", () => {
    const sale = engineOver({
      "sale.md":
        "# Sale\n\nThe painting was shown in London in 1862.\n\nIt was bought on the opening day of the exhibition by the merchant Tomas Brek for 350 guineas.\n",
    });
    expect(sale.ask("who bought it").answer).toBe("the merchant Tomas Brek");
    expect(sale.ask("who bought the painting").answer).not.toMatch(/mention/);
    // A pronoun that does the deed points back to the doer, not to the thing.
    const brothers = engineOver({
      "brothers.md":
        "# Brothers\n\nThe Brek brothers held land on the coast.\n\nThey considered the town of Holt their most important holding.\n",
    });
    expect(brothers.ask("who considered their land on the coast their most important holding").outcome).not.toBe(
      "answer",
    );
  });

  it("reads the asked verb after an auxiliary (“who is running …?”)", () => {
    const drive = engineOver({
      "drive.md":
        "# Drive\n\nA two-week vaccination drive started on Monday in the districts of Ikorodu and Badagry.\n",
    });
    expect(drive.ask("who is running the vaccination drive").outcome).not.toBe("answer");
  });

  it("answers with a country or city that acts as the subject (“Portugal won the cup”)", () => {
    const cup = engineOver({
      "cup.md":
        "# Cup final\n\nPortugal won the Sorel Cup for the third time when Ilka Marsh beat Tomas Reyes in the last match.\n\nThe final was played in Lisbon before 9,000 fans.\n",
    });
    expect(cup.ask("who won the sorel cup").answer).toBe("Portugal");
    // A place after a preposition is only where it happened.
    expect(cup.ask("who played the final").answer).not.toBe("Lisbon");
  });

  it("gives no name from a sentence about another thing (“who won the relay” asked of “won the cup”)", () => {
    const cup = engineOver({
      "cup.md":
        "# Cup final\n\nValdoria won the Sorel Cup for the third time on Sunday.\n\nThe relay, held a day earlier, ended in a protest over a false start.\n",
    });
    expect(cup.ask("who won the sorel cup").answer).toBe("Valdoria");
    expect(cup.ask("who won the relay").outcome).not.toBe("answer");
  });

  it("gives no name from a sentence without the asked verb", () => {
    const a = engine.ask("who leads the harbour guild");
    expect(a.answer).not.toMatch(/port authority|Harbour Guild/);
    expect(a.outcome).not.toBe("answer");
  });
});

describe("relatives are other people", () => {
  const engine = engineOver({
    "brek.md":
      "# Engineer\n\nAda Brek returned to Carrowby in 1990 after twenty years abroad.\n\nHer firm built the new harbour bridge, which opened in 1998.\n\nThe Brek family has farmed near the town since 1870. Her son Ilka runs the farm today.\n",
  });

  it("answers about the person named", () => {
    expect(engine.ask("when did ada brek return to carrowby").answer).toBe("1990");
  });

  it("declines about a relative the sentence does not mention (“ada brek's son”)", () => {
    const a = engine.ask("when did ada brek's son return to carrowby");
    expect(a.outcome, a.answer).toBe("declined");
    const father = engine.ask("when did ada brek's father return to carrowby");
    expect(father.outcome, father.answer).toBe("declined");
  });

  it("answers for a relative asked for (“who is X's husband?” of “… married X”)", () => {
    const wed = engineOver({
      "wed.md": "# Wedding\n\nTomas Reyes married the engineer Ada Brek in Carrowby in 1985.\n",
    });
    expect(wed.ask("who is ada brek's husband").answer).toMatch(/Tomas Reyes/);
  });
});

describe("amounts asked in chat", () => {
  const engine = engineOver({
    "poll.md": `# Harbour poll

The Harbour Guild won 62 percent of the vote in the 40-seat council.

The guild took 25 seats, its best result since 1998.
`,
  });

  it("answers a percent with the number that carries the unit", () => {
    expect(engine.ask("what percent did the guild get").answer).toBe("62 percent");
    expect(engine.ask("what percentage of the vote did the guild win").answer).toBe("62 percent");
  });

  it("counts seats won neither by the size of the council (“40-seat”) nor by a share of the vote", () => {
    const a = engine.ask("how many seats did the guild win");
    expect(a.answer).not.toMatch(/^(40|62 percent)/);
    expect(engine.ask("how many seats does the council have").answer).toBe("40");
  });

  it("counts the ones the question names: “how many survivors are Dunmeran?”", () => {
    const rescue = engineOver({
      "rescue.md": "# Rescue\n\nRescuers found at least 40 survivors, including three Dunmeran sailors.\n",
    });
    expect(rescue.ask("how many survivors are dunmeran").answer).toMatch(/^three/);
    expect(rescue.ask("how many survivors were found").answer).toMatch(/^at least 40/);
  });

  it("gives no count of all for the ones a people word names elsewhere (“Norwegian officials said … 40”)", () => {
    const rescue = engineOver({
      "rescue.md":
        "# Rescue\n\nNorwegian officials said rescuers had found at least 40 survivors, including three Chilean sailors.\n",
    });
    expect(rescue.ask("how many survivors are norwegian").answer).not.toMatch(/40/);
    expect(rescue.ask("how many survivors are chilean").answer).toMatch(/^three/);
  });

  it("shows the passage for a count of the worst hurt only (“how many were hurt?” of “four … serious injuries”)", () => {
    const crash = engineOver({
      "crash.md": "# Crash\n\nFour people suffered serious injuries when the bus left the road near Tarnby.\n",
    });
    expect(crash.ask("how many people were hurt").outcome).toBe("passage");
    expect(crash.ask("how many people were seriously hurt").answer).toMatch(/^Four/);
  });

  it("shows the passage for a count of some people only (“how many died?” of “23 Chilean citizens died”)", () => {
    const raid = engineOver({
      "raid.md": "# Raid\n\nAt least 23 Chilean citizens died in the raids on the port last week.\n",
    });
    expect(raid.ask("how many people died").outcome).toBe("passage");
    expect(raid.ask("how many chileans died").answer).toMatch(/23/);
  });

  it("does not count the part after “including” as the whole (“how many people are held?”)", () => {
    const held = engineOver({
      "held.md":
        "# Siege\n\nThe militia is holding at least 120 kidnapped individuals, including three Dunmeran citizens.\n",
    });
    expect(held.ask("how many people is the militia holding").answer).toBe("at least 120");
    expect(held.ask("how many ppl is the militia holding").answer).toBe("at least 120");
    expect(held.ask("how many dunmeran citizens are held").answer).toBe("three");
  });

  it("counts the event asked about: “how many children died?” is no count of children vaccinated", () => {
    const fever = engineOver({
      "fever.md":
        "# Fever\n\nThe clinic has recorded 80 cases since May, including three deaths.\n\nMost cases were in the hill villages.\n\nOfficials aim to vaccinate 40,000 children this summer.\n",
    });
    expect(fever.ask("how many kids died").answer).not.toMatch(/40,000/);
    expect(fever.ask("how many children will be vaccinated").answer).toBe("40,000");
  });

  it("does not require a light verb (“get”) to be in the article", () => {
    const a = engine.ask("how many seats did the guild get");
    expect(a.outcome, a.answer).toBe("answer");
    expect(a.answer).toBe("25");
  });
});

describe("what someone did", () => {
  const engine = engineOver({
    "council.md": `# Budget vote

The town council quickly approved the new budget on Monday.

Shopkeepers had asked for lower fees.
`,
  });

  it("is the verb phrase after the one asked about", () => {
    expect(engine.ask("what did the town council do").answer).toBe("quickly approved the new budget on Monday");
  });
});

describe("a what-question with no asked-about noun", () => {
  const engine = engineOver({
    "mill.md": `# Mill talks

Envoy Ilka Velt met union leaders in Carrowby to discuss the future of the mill.

The mill employs 300 people.
`,
  });

  it("is answered by what was spoken of, not by the place where it was", () => {
    expect(engine.ask("what did velt talk about with the union").answer).toBe("the future of the mill");
    expect(engine.ask("where did velt meet the union leaders").answer).toBe("Carrowby");
  });
});

describe("yes/no questions about claims and plans", () => {
  const engine = engineOver({
    "harbour.md": `# Storm at the harbour

However, the Fishers' Guild claims that around 30 boats were damaged by the storm. The claim has yet to be verified by the port authority.

Mayor Ana Ruiz will visit the harbour on Friday.

According to port staff, the ferry carried 120 passengers through the storm.
`,
  });

  it("does not say yes when the name asked about is only who makes the claim", () => {
    const a = engine.ask("did the fishers guild damage the boats");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/only what the Fishers' Guild claims/);
  });

  it("answers No to “has anyone confirmed it?” of a claim not yet verified", () => {
    const a = engine.ask("has any1 verified the claim");
    expect(a.answer).toMatch(/^No — The claim has yet to be verified/);
  });

  it("shows an unverified claim with its caveat instead of a yes", () => {
    const a = engine.ask("were 30 boats damaged");
    expect(a.outcome, a.answer).toBe("passage");
    expect(a.quotes.map((q) => q.text)).toEqual([
      "However, the Fishers' Guild claims that around 30 boats were damaged by the storm.",
      "The claim has yet to be verified by the port authority.",
    ]);
  });

  it("does not say something happened when the article says it will", () => {
    const past = engine.ask("was ana ruiz at the harbour");
    expect(past.outcome, past.answer).toBe("declined");
    expect(past.answer).toMatch(/only that it will: “Mayor Ana Ruiz will visit the harbour on Friday”/);
    const future = engine.ask("will ana ruiz visit the harbour");
    expect(future.outcome, future.answer).toBe("answer");
    expect(future.answer).toMatch(/^Yes/);
  });

  it("does not say yes to what would be (“they would need seven more seats to win a majority”)", () => {
    const vote = engineOver({
      "vote.md":
        "# Count ends\n\nThe Harbour Party would need at least six more seats to command a majority. Its leader, Ada Brek, said she would appeal against two results.\n",
    });
    const a = vote.ask("did the harbour party get a majority");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/only what would be/);
    // (Asked of a plan, or of what would be, the words answer.)
    expect(vote.ask("is ada brek appealing").answer).toMatch(/^Yes/);
    expect(vote.ask("would the harbour party need more seats for a majority").answer).toMatch(/^Yes/);
  });

  it("does not say yes to what is only commonly said (“often blamed for …,”)", () => {
    const moor = engineOver({
      "moor.md":
        "# Moorland birds\n\nDeer browsing, often blamed for the loss of moorland birds, had no measurable effect, the study found. Crows were blamed for most failed nests.\n",
    });
    const a = moor.ask("are deer to blame");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/only what is commonly said/);
    expect(moor.ask("were crows blamed for failed nests").answer).toMatch(/^Yes/);
  });

  it("does not say yes to a thing only called for", () => {
    const strike = engineOver({ "port.md": "# Port\n\nUnion leaders have called for a strike at the port.\n" });
    const a = strike.ask("is there a strike at the port");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/doesn't say that it happened/);
    expect(strike.ask("did the union leaders call for a strike").answer).toMatch(/^Yes/);
  });

  it("does not affirm “the first … to” from a sentence that never says first", () => {
    const probe = engineOver({
      "probe.md": "# Probe\n\nThe probe Vela-3 reached orbit around Jupiter on Wednesday.\n",
    });
    expect(probe.ask("is it the first probe to reach jupiter").outcome).toBe("declined");
    expect(probe.ask("did the probe reach jupiter").answer).toMatch(/^Yes/);
  });

  it("says who a yes comes from", () => {
    const a = engine.ask("did the ferry carry 120 passengers");
    expect(a.answer).toBe("Yes — the ferry carried 120 passengers through the storm, according to port staff");
  });
});

describe("yes/no questions about a state (“is the deal off?”)", () => {
  it("gives no “yes” unless the sentence says the state asked about", () => {
    const deal = engineOver({
      "deal.md":
        "# Ferry deal\n\nThe ferry deal, which still needs approval from the council, is expected to close in the spring.\n",
    });
    for (const q of ["is the ferry deal off", "is the ferry deal done", "is the ferry deal over"]) {
      const a = deal.ask(q);
      expect(a.answer, q).not.toMatch(/^Yes/);
    }
    const strike = engineOver({
      "strike.md": "# Strike\n\nThe dock strike is over, the union said on Friday.\n",
    });
    expect(strike.ask("is the dock strike over").answer).toMatch(/^Yes/);
  });
});

describe("where someone is from", () => {
  const engine = engineOver({
    "visit.md":
      "# Visit\n\nAda Brek, a fisherman from Carrowby, visited Lisbon on Monday.\n\nThe president of the guild, Tomas Reyes, will visit Lisbon in May.\n",
  });

  it("is not where someone went (“where did she go?” of “a fisherman from Carrowby, visited Lisbon”)", () => {
    expect(engine.ask("where did ada brek go").answer).toBe("Lisbon");
    expect(engine.ask("where did ada brek travel").answer).toBe("Lisbon");
  });

  it("is the place after “from”, never where the person went", () => {
    expect(engine.ask("where is ada brek from").answer).toBe("Carrowby");
    const a = engine.ask("where is tomas reyes from");
    expect(a.answer).not.toMatch(/Lisbon/);
    expect(a.outcome).toBe("declined");
  });
});

describe("a role several people hold", () => {
  it("is answered with all of them, each quoted, not with the first", () => {
    const council = engineOver({
      "council.md":
        "# Council\n\nDeputy Mayor Ada Brek opened the new quay on Monday.\n\nThe ferry plan was drawn up by Deputy Mayor Tomas Reyes, who also chairs the harbour board.\n",
    });
    const a = council.ask("who is the deputy mayor");
    expect(a.answer).toBe("Ada Brek; Tomas Reyes");
    expect(a.quotes).toHaveLength(2);
    // Only deputies are named: the mayor is not, and the reply names whom the article gives.
    const mayor = council.ask("who is the mayor");
    expect(mayor.outcome).toBe("declined");
    expect(mayor.answer).toMatch(/^The article doesn't say: it names Ada Brek \(Deputy Mayor\)/);
  });

  it("is not a role with a word before it the articles never use (“prime minister” of a housing minister)", () => {
    const fares = engineOver({
      "fares.md":
        "# Fares\n\nHousing Minister Oren Task, who drafted the Tarnby fares bill, defended it on the radio on Sunday.\n\nThe bill passed by four votes.\n",
    });
    expect(fares.ask("who is the housing minister").answer).toMatch(/Oren Task/);
    expect(fares.ask("who is the present housing minister").answer).toMatch(/Oren Task/);
    // Asked with the article's capitals and a possessive, it is still a role asked.
    expect(fares.ask("who is Tarnby's Housing Minister?").outcome).toBe("answer");
    const a = fares.ask("whos the prime minister");
    expect(a.outcome).toBe("declined");
    expect(a.answer).toBe("The article doesn't mention a prime minister.");
    // Only a word that makes another role counts: a museum's director may be the gallery's.
    const gallery = engineOver({
      "gallery.md": "# Theft\n\nGallery director Ada Brek said the stolen painting was insured.\n",
    });
    expect(gallery.ask("whos the museum director").answer).not.toMatch(/doesn't mention/);
  });
});

describe("what someone confirmed", () => {
  it("is the verb's object, not the that-clause of the next verb (“…, adding that …”)", () => {
    const closure = engineOver({
      "closure.md":
        "# Closure\n\nThe mayor, Ada Brek, confirmed the closure, adding that the ferry would still run on Sundays.\n",
    });
    expect(closure.ask("what did the mayor confirm").answer).toBe("the closure");
  });
});

describe("“is it true that …?”", () => {
  it("is the question without its opening: “true” need not stand in the sentence", () => {
    const bridge = engineOver({
      "bridge.md":
        "# Bridge\n\nThe old bridge over the Sorel closed on Monday after a crack was found, the council said.\n",
    });
    expect(bridge.ask("is it true that the old bridge closed").answer).toMatch(/^Yes/);
    expect(bridge.ask("is it true that the old bridge reopened").answer).not.toMatch(/^Yes/);
  });
});

describe("whether a claim is confirmed", () => {
  it("is answered by the next sentence that says it is not yet verified", () => {
    const storm = engineOver({
      "storm.md":
        "# Storm\n\nThe ferry company claims that 40 boats sank in the harbour during the storm. The figure is yet to be verified by the coastguard.\n",
    });
    for (const q of [
      "is the 40 boats claim confirmed",
      "has the figure been confirmed",
      "is the claim about 40 boats verified",
    ]) {
      const a = storm.ask(q);
      expect(a.answer, q).toMatch(/^No — The figure is yet to be verified/);
    }
  });
});

describe("a “not” inside a who-clause is about that clause", () => {
  it("answers “yes” to what the main clause says (“most cases were among children who had not …”)", () => {
    const flu = engineOver({
      "flu.md":
        "# Flu\n\nMost of the patients were pensioners who had not been vaccinated this winter.\n\nThe clinic opened a second ward.\n",
    });
    expect(flu.ask("were most patients pensioners").answer).toMatch(/^Yes/);
  });
});

describe("a name written as two words in the question and one in the article", () => {
  const engine = engineOver({
    "networks.md":
      "# Networks\n\nAppleTalk was a suite of networking protocols developed in 1985 for Macintosh computers.\n",
  });

  it("joins the two words: “Apple Talk” finds AppleTalk", () => {
    const a = engine.ask("When was Apple Talk developed?");
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toMatch(/1985/);
  });
});

describe("ranking by the passage, not only the sentence", () => {
  const engine = engineOver({
    "ferries.md": `# Ferries

Storm warnings were issued for the harbour on Sunday. The ferry was cancelled on Monday. The storm damaged the harbour pier.

The ferry was cancelled on Friday after a strike. Tickets were refunded to passengers.
`,
  });

  it("answers from the sentence whose neighbours speak of the rest of the question", () => {
    const t = engine.explain("When was the ferry cancelled during the storm warnings?");
    expect(t.ranked![0]!.sentence.text).toBe("The ferry was cancelled on Monday.");
    expect(t.span).toBe("Monday");
  });
});

describe("what someone decided, said or found", () => {
  const engine = engineOver({
    "council.md":
      "# Council\n\nIn 2019 the mayor decided that the old ferry would stay in service as a tourist attraction.\n",
  });

  it("answers with the whole that-clause, not one noun of it", () => {
    const a = engine.ask("What did the mayor decide?");
    expect(a.answered, a.answer).toBe(true);
    expect(a.answer).toBe("that the old ferry would stay in service as a tourist attraction");
  });
});

describe("what someone said, in quotation marks", () => {
  it("is the quoted words, whatever verb the sentence uses (“called the storm …”)", () => {
    const storm = engineOver({
      "storm.md":
        '# Storm\n\nAda Brek, the mayor of Carrowby, called the storm "the worst in living memory".\n\nThe ferry did not sail for three days.\n',
    });
    expect(storm.ask("what did ada brek say").answer).toBe("the worst in living memory");
  });
});

describe("a number inside a date", () => {
  const engine = engineOver({
    "writer.md":
      "# A writer\n\nBorn in Carrowby on 5 April 1920, Ilka Velt grew up by the harbour.\n\nShe wrote 11 novels.\n",
  });

  it("is not a count: the day of the month does not answer how many", () => {
    const t = engine.explain("how many houses did Ilka Velt have");
    expect(t.ranked![0]!.sentence.text).toMatch(/^Born in Carrowby/);
    expect(t.span).toBeUndefined();
    expect(engine.ask("how many houses did Ilka Velt have").outcome).toBe("declined");
  });

  it("while a plain number still counts", () => {
    expect(engine.ask("how many novels did she write?").answer).toBe("11");
  });
});

describe("an item of a list is not an apposition", () => {
  const engine = engineOver({
    "port.md":
      "# Port talks\n\nThe mayor met key players in the dispute, including Carrowby, Dunmere, the port authority, and the council.\n\nVelt, the shipping firm based in Carrowby, stayed away.\n",
  });

  it("does not define a listed name by the next item", () => {
    const a = engine.ask("tell me about Dunmere");
    expect(a.answer).not.toMatch(/port authority/);
    expect(a.quotes[0]?.text).toMatch(/including Carrowby, Dunmere/);
  });

  it("still reads a real apposition", () => {
    expect(engine.ask("tell me about Velt").answer).toBe("the shipping firm based in Carrowby");
  });
});

describe("people counted as individuals", () => {
  const engine = engineOver({
    "camp.md":
      "# Camp\n\nThe militia is holding at least 310 detained individuals in the hills, including four Dunmeran citizens.\n",
  });

  it("answers how many people with the count of individuals", () => {
    expect(engine.ask("How many people is the militia holding?").answer).toMatch(/^at least 310/);
  });
});

describe("who and what a short answer can be", () => {
  const talks = engineOver({
    "talks.md":
      "# Strike talks\n\nDock workers in Portvale walked out on Monday. The council said that union leader Tomas Reyes will meet Mayor Ilka Velt on Friday to discuss the strike.\n",
  });
  const flood = engineOver({
    "flood.md":
      "# Flood\n\nThe river burst its banks in Portvale on Monday. According to the council, volunteers are filling at least 300 sandbags a day. The army is sending 40 trucks to help.\n",
  });

  it("does not answer “who is Velt meeting?” with Velt", () => {
    const a = talks.ask("who is velt meeting");
    expect(a.outcome, a.answer).toBe("answer");
    expect(a.answer).toMatch(/Tomas Reyes/);
    expect(talks.ask("who is reyes meeting").answer).toMatch(/Ilka Velt/);
  });

  it("answers “what is X doing?” with the deed in progress, helping verb and all", () => {
    expect(flood.ask("what is the army doing").answer).toMatch(/^is sending 40 trucks/);
  });

  it("gives no deed cut off inside its that-clause (“assured that the head of the guild,”)", () => {
    const harbour = engineOver({
      "harbour.md":
        "# Harbour dispute\n\nIn a statement on Monday, the council assured that the head of the fishermen's guild, Oren Task, will soon visit the port.\n",
    });
    expect(harbour.ask("what is the council doing").answer).not.toMatch(/^assured that the head/);
  });

  it("never answers “what is X doing?” with a bare number", () => {
    expect(flood.ask("what are the volunteers doing to help").answer).not.toMatch(/^(at least )?300$/);
  });

  it("takes the kind asked for in a name as no repetition of the question (“what company …?”)", () => {
    const deal = engineOver({
      "deal.md": "# Deal\n\nThe Portvale Company said it had signed a deal with the Harbour Guild on Monday.\n",
    });
    expect(deal.ask("what company signed a deal").answer).toMatch(/Portvale Company/);
  });

  it("counts the part a how-many question names by its very noun (“how many deaths?”)", () => {
    const cholera = engineOver({
      "cholera.md":
        "# Cholera\n\nHealth officials in Portvale have recorded 120 suspected cholera cases since May, including 9 deaths.\n",
    });
    expect(cholera.ask("how many cholera deaths").answer).toMatch(/^9\b/);
    expect(cholera.ask("how many cholera cases").answer).toMatch(/^120\b/);
  });

  it("reads “a claim Kestrel Mills denied” as the claim denied, not the one who denied", () => {
    const mill = engineOver({
      "mill.md": "# Mill\n\nUnions warned that 300 jobs could go, a claim Kestrel Mills denied.\n",
    });
    expect(mill.ask("who denied the claim").answer).toMatch(/Kestrel Mills/);
  });

  const strike = engineOver({
    "strike.md":
      "# Talks\n\nIn a statement, the council said that the head of the dockers union, Tomas Reyes, will soon travel to Portvale to discuss the strike with Mayor Ilka Velt.\n\nThe union has urged the port to reopen the quay. The Fishers Guild claims that 30 boats were damaged. The claim has yet to be verified.\n",
  });

  it("reads “who will Reyes see?” as asking whom he sees, a verb the article does not use: the passage, no short answer", () => {
    const a = strike.ask("who will reyes see");
    expect(a.outcome, a.answer).toBe("passage");
    expect(a.quotes[0]?.text).toMatch(/discuss the strike with Mayor Ilka Velt/);
    expect(strike.ask("who will reyes talk to").answer).toMatch(/Ilka Velt/);
  });

  it("says yes to whether someone asked for a thing, though the thing itself is not done", () => {
    expect(strike.ask("has the union asked the port to reopen the quay").answer).toMatch(/^Yes/);
    expect(strike.ask("did the port reopen the quay").outcome).toBe("declined");
  });

  it("names the claimant once, and as sure: who claims is not what is claimed", () => {
    expect(strike.ask("who claims 30 boats were damaged").answer).toBe("The Fishers Guild");
    expect(strike.ask("how many boats were damaged").answer).toBe("30, the Fishers Guild claims (not yet verified)");
  });

  it("does not affirm what someone only hopes for", () => {
    const hope = engineOver({ "farm.md": "# Drought\n\nAfter a dry summer, the villagers are hoping for rain.\n" });
    expect(hope.ask("is there rain").outcome).toBe("declined");
  });
});

describe("a fresh news report asked in chat", () => {
  const fire = engineOver({
    "fire.md": `# Fire at Kestrel Mills plant forces 2,000 to evacuate

Brenford – A fire broke out at the Kestrel Mills chemical plant in Brenford early on Saturday, forcing about 2,000 residents to leave their homes, the county fire service said.

Three workers were taken to hospital with burns. No deaths have been reported.

Fire chief Dana Whitlock said 60 firefighters had brought the blaze under control by Saturday evening. She said the cause of the fire was not yet known, but an investigation had been opened.

Kestrel Mills, which employs 450 people at the site, said it was cooperating fully with the authorities.

Environmental groups have warned that toxic smoke may have polluted the nearby Selby River, a claim the company rejected.
`,
  });

  it("matches a number typed without its thousands separator, and names a source written in lower case", () => {
    expect(fire.ask("who said 2000 had to leave").answer).toBe("the county fire service");
  });

  it("reads “anyone” as no word the article must hold (“did anyone die?”)", () => {
    expect(fire.ask("did anyone die").answer).toMatch(/^No — No deaths have been reported/);
  });

  it("reads what someone said without “that” as what they said", () => {
    expect(fire.ask("what did the fire chief say").answer).toMatch(/^60 firefighters had brought the blaze/);
  });

  it("declines with the article's own words when it says nobody knows", () => {
    const a = fire.ask("what caused the fire");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/not known: “She said the cause of the fire was not yet known”/);
  });

  it("shows the passage, not a yes, when the article says only that it may be so", () => {
    const a = fire.ask("is the river polluted");
    expect(a.outcome, a.answer).toBe("passage");
    expect(a.answer).toMatch(/only that it may be so/);
  });

  it("reads “which employs 450 people” as a verb, not a plural noun", () => {
    const words = tagSentence("Kestrel Mills, which employs 450 people at the site, said it was cooperating.");
    expect(words.find((w) => w.lower === "employs")!.tags.has("Verb")).toBe(true);
    // (A plural after "which" that opens no clause stays a noun: "which countries".)
    const asked = tagSentence("which countries border the lake?");
    expect(asked.find((w) => w.lower === "countries")!.tags.has("Verb")).toBe(false);
    expect(fire.ask("how many people does kestrel mills employ").answer).toMatch(/^450/);
  });
});

describe("what a year-question takes", () => {
  it("answers “what year …?” with a year, not with the month beside it", () => {
    const depot = engineOver({
      "depot.md": "# Depot\n\nThe new bus depot in Carrowby was officially opened in March 2019 by the mayor.\n",
    });
    expect(depot.ask("what year was the bus depot opened").answer).toMatch(/2019/);
  });
});

describe("a fresh court report asked in chat", () => {
  const court = engineOver({
    "court.md": `# Court blocks Harwick airport expansion

Harwick – The High Court on Tuesday blocked plans to build a second runway at Harwick airport, ruling that the government had failed to assess the impact on local air quality.

The expansion would have added 40,000 flights a year.

Campaigners celebrated outside the court.
`,
  });

  it("gives the grounds of a ruling as its reason, not what the blocked plans were", () => {
    expect(court.ask("why was the runway blocked").answer).toMatch(/^the government had failed to assess/);
  });

  it("counts nothing with an ordinal: “a second runway” is no number of runways", () => {
    expect(court.ask("how many runways does harwick have").answer).not.toMatch(/second/);
  });

  it("counts the noun asked, whatever adjective comes with it (“extra flights”)", () => {
    expect(court.ask("how many extra flights").answer).toMatch(/^40,000/);
  });

  it("reads “outside the court” as a place, though the tagger calls “outside” an adjective", () => {
    expect(court.ask("where did campaigners celebrate").answer).toBe("outside the court");
  });
});

describe("a fresh economy report asked in chat", () => {
  const rates = engineOver({
    "rates.md": `# Central bank raises rates again

The Bank of Dunmore raised its main interest rate to 4.5% on Thursday.

Inflation fell slightly to 6.8% in October, but remains more than three times the bank's 2% target, figures from the statistics office showed.

Seven of the nine members of the rate-setting committee voted for the rise, while two wanted to hold rates.
`,
  });

  it("takes no subject from the clause before one that has its own (“…, while two wanted …”)", () => {
    const a = rates.ask("who wanted to hold rates");
    expect(a.answer).not.toMatch(/Seven|members/);
    expect(rates.ask("who voted for the rise").answer).toMatch(/members of the rate-setting committee/);
  });

  it("takes no object from a later clause with its own subject (“…, and the mayor thanked …”)", () => {
    const port = engineOver({
      "port.md": "# Port\n\nThe harbour board met on Monday, and the mayor then thanked the dockers union.\n",
    });
    expect(port.ask("who did the harbour board meet").answer).not.toMatch(/mayor|union/);
    expect(port.ask("who did the mayor thank").answer).toMatch(/the dockers union/);
  });

  it("counts those who did it, not the whole they are part of (“seven of the nine”)", () => {
    expect(rates.ask("how many voted for the rise").answer).toMatch(/^Seven\b/);
    expect(rates.ask("how many wanted to hold rates").answer).toMatch(/^two\b/);
  });

  it("does not say yes to what will happen from what did", () => {
    const a = rates.ask("will rates rise again");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/only what happened/);
  });

  it("gives the value written before the noun asked (“what is the target?” → 2%)", () => {
    expect(rates.ask("whats the target").answer).toBe("2%");
    expect(rates.ask("what is the inflation target").answer).toBe("2%");
  });
});

describe("a fresh crime report asked in chat", () => {
  const raid = engineOver({
    "raid.md": `# Thieves take gold mask from Dunmore gallery

Police are hunting a gang who broke into the Dunmore Gallery early on Sunday and stole a gold mask worth at least £2m.

Two security guards were on duty at the time. One of them, a 61-year-old man, was treated in hospital after being pushed to the ground. The other was not hurt.

A similar method was used in a raid on a coin dealer in Ashby last year, but detectives said it was too early to say whether the two crimes were linked.

Experts fear the gold could be melted down and sold, which would make the mask impossible to recover.
`,
  });

  it("answers “how old” with an age, never with another number of the sentence", () => {
    expect(raid.ask("how old was the man who was pushed").answer).toBe("61");
    expect(raid.ask("what age was the man who was pushed").answer).toBe("61");
    const guard = raid.ask("how old is the guard");
    expect(guard.answer).not.toMatch(/^Two\b/);
  });

  it("does not answer No about anyone from a denial about one of them", () => {
    const a = raid.ask("was anyone hurt");
    expect(a.answer).not.toMatch(/^No\b/);
  });

  it("says a link is not known when the article says it is too early to say", () => {
    const a = raid.ask("were the two crimes linked");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/not known: .*too early to say/);
  });

  it("gives what experts fear as the clause after the verb", () => {
    expect(raid.ask("what do experts fear").answer).toBe("the gold could be melted down and sold");
  });
});

describe("a fresh encyclopaedia article asked in chat", () => {
  const life = engineOver({
    "vorne.md": `# Ilse Vorne

Ilse Vorne (3 May 1879 – 18 October 1950) was a composer and pianist, best known for her songs.

Vorne was born in the port town of Kelmar, the youngest of four children. She studied composition under Arvid Lenz.

In 1909 she married the cellist Jonas Brede, with whom she toured for several years. Her first song cycle, Sea Letters, was published in 1907.

From 1928 to 1944 Vorne taught at the Kelmar Conservatory. She died in Kelmar in 1950, aged 71.

Harbour Lights, her only opera, premiered in 1924. A hall in Kelmar was named after her in 1979, on the centenary of her birth.
`,
  });

  it("reads birth and death dates given in brackets after the name", () => {
    expect(life.ask("when was she born").answer).toBe("3 May 1879");
    expect(life.ask("whens her birthday").answer).toBe("3 May 1879");
    expect(life.ask("when did ilse vorne die").answer).toBe("18 October 1950");
  });

  it("does not say Yes to “was she a cellist?” from someone else's title", () => {
    const a = life.ask("was she a cellist");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/the cellist it names is Jonas Brede/);
    // The month "May" in her dates is no "may be": a plain Yes.
    expect(life.ask("was she a pianist").answer).toMatch(/^Yes\b/);
  });

  it("takes no year into a name (“From 1928 to 1944 Vorne taught …”)", () => {
    expect(life.ask("who taught at the kelmar conservatory").answer).toBe("Vorne");
  });

  it("answers “what is X called?” with a name or not at all", () => {
    // The article names no hall; "the centenary" of the sentence that has one is no name.
    const hall = life.ask("what was the hall called");
    expect(hall.answer).not.toMatch(/centenary/);
    // Nor is the passage about the hall one that holds the opera's name.
    const opera = life.ask("whats her opera called");
    if (opera.outcome !== "declined") expect(opera.quotes[0]?.text).toMatch(/Harbour Lights/);
  });

  it("reads “his/her wife” as whom the entry says they married, and “she” as the person it is about", () => {
    expect(life.ask("whos her husband").answer).toMatch(/Jonas Brede/);
    // "In 1909 she married …" names no Vorne, but the entry is about her.
    expect(life.ask("who did vorne marry").answer).toMatch(/Jonas Brede/);
  });

  it("reads “what does X do?” of a name as asking who X is", () => {
    const a = life.ask("what does jonas brede do");
    expect(a.readAs).toBe("who is Jonas Brede?");
    expect(a.quotes[0]?.text).toMatch(/the cellist Jonas Brede/);
  });

  it("reads a question about “her” alone as about the entry's subject", () => {
    const a = life.ask("who was she");
    expect(a.outcome, a.answer).not.toBe("declined");
    expect(a.quotes[0]?.text).toMatch(/^Ilse Vorne \(3 May 1879/);
  });

  it("keeps “her” for whoever the previous question meant by “she”", () => {
    const first = life.ask("who did she marry");
    expect(first.answer).toMatch(/Jonas Brede/);
    const next = life.ask("what was her first song cycle", {
      previous: "who did she marry",
      previousAnswer: first.answer,
    });
    expect(next.readAs ?? "").not.toMatch(/Brede/);
    expect(next.answer).toBe("Sea Letters");
  });
});

describe("a fresh rail report asked in chat", () => {
  const rail = engineOver({
    "rail.md": `# Commuter train derails near Holt Junction

A commuter train derailed near Holt Junction on Monday morning with around 160 passengers on board.

The driver, who has not been named, is helping investigators. Services between Holt and Marby will not run until Thursday.

The line runs for 42 kilometres along the coast. In 1911 the first station was built at Holt.
`,
  });

  it("answers “how fast/far” only with a measure in its units", () => {
    expect(rail.ask("how fast was the train going").answer).not.toMatch(/160/);
    expect(rail.ask("how long is the line").answer).toMatch(/42 kilometres/);
  });

  it("declines a passive question whose action the article never names (“where is it headquartered?”)", () => {
    const a = rail.ask("where is holt railways headquartered");
    expect(a.outcome, a.answer).toBe("declined");
    expect(a.answer).toMatch(/headquartered/);
    // "located", "held" only say where a thing is or took place: no such decline.
    expect(rail.ask("where is holt junction located").answer).not.toMatch(/located/);
    expect(rail.ask("where was the derailment held").answer).not.toMatch(/held/);
  });

  it("takes no count for a year (“around 160 passengers” is no date)", () => {
    expect(rail.ask("when was the track last inspected").answer).not.toMatch(/160/);
  });

  it("answers “what is the driver's name?” with a name or not at all", () => {
    expect(rail.ask("whats the drivers name").answer).not.toMatch(/investigators/);
  });

  it("gives no year for “where” (“In 1911 the first station was built”)", () => {
    expect(rail.ask("where was the first station built").answer).not.toMatch(/1911/);
  });
});

describe("a fresh cup final asked in chat", () => {
  const final = engineOver({
    "final.md": `# Ravenmoor win the Tallis Cup

Ravenmoor beat Port Edda 3-2 in the Tallis Cup final on Saturday. It is the club's fifth Tallis Cup.

Ravenmoor captain Niko Esk was carried off in the 38th minute with a suspected broken ankle.

Port Edda's manager, Agnes Krell, said her side had been unlucky.
`,
  });

  it("does not count times with a score", () => {
    expect(final.ask("how many times have ravenmoor won the cup").answer).not.toMatch(/3-2/);
  });

  it("does not answer “how long” with a point in time", () => {
    expect(final.ask("how long will esk be out for").answer).not.toMatch(/38th minute/);
  });

  it("does not answer “who” with a bare possessor (“Port Edda's manager”)", () => {
    const a = final.ask("who is port edda's coach");
    expect(a.answer).not.toMatch(/^Port Edda['’]s$/);
  });
});

describe("a rank word makes another role", () => {
  const vote = engineOver({
    "vote.md": `# Tull elects a new mayor

Former teacher Ada Vell won Sunday's runoff against deputy mayor Oren Task, who conceded before midnight.
`,
  });
  // The role facts read "Tomas Brell — is — deputy mayor" from this one.
  const runoff = engineOver({
    "runoff.md": `# Vell wins Tull mayoral race

Ada Vell, who ran for the Green List, won Sunday's runoff with 54.3 percent of the vote against 45.7 percent for deputy mayor Tomas Brell.

Brell conceded shortly before midnight.
`,
  });

  it("does not name the deputy mayor from the role facts either", () => {
    expect(runoff.ask("who is the mayor").answer).not.toMatch(/Brell/);
    expect(runoff.ask("who is the deputy mayor").answer).toMatch(/Tomas Brell/);
  });

  it("does not give the deputy mayor for the mayor", () => {
    expect(vote.ask("who was the outgoing mayor").answer).not.toMatch(/Oren Task/);
    expect(vote.ask("who is the mayor").answer).not.toMatch(/Oren Task/);
    expect(vote.ask("who is the deputy mayor").answer).toMatch(/Oren Task/);
  });
});

describe("a name only in a “while” clause", () => {
  const talks = engineOver({
    "talks.md": "# Talks\n\nDunmere officials meet with guild members while tensions rise between Velt and Tull.\n",
  });

  it("does not say yes about a name the deciding clause lacks", () => {
    const a = talks.ask("does dunmere talk to velt");
    expect(a.answer).not.toMatch(/^Yes/);
    expect(talks.ask("do dunmere officials meet guild members").answer).toMatch(/^Yes/);
  });
});

describe("a why-question without a cause in the sentence", () => {
  const engine = engineOver({
    "tower.md": [
      "# Harrowby Tower",
      "",
      "Harrowby Tower is a stone tower on a ridge above the village of Lenn.",
      "",
      "It was raised by Baron Osric Dale, whose family held it for two centuries.",
      "",
      "In 1750 the last Dale heir sold the estate to a wool merchant, who took much of the stone to build warehouses in the port.",
      "",
    ].join("\n"),
  });

  it("gives no short answer (“warehouses”), at most the passage", () => {
    const reply = engine.ask("why was it built");
    expect(reply.outcome).not.toBe("answer");
    expect(reply.answer).not.toMatch(/warehouses/);
  });
});

describe("an age given without the word", () => {
  const engine = engineOver({
    "mayor.md": [
      "# Brek wins Carrow mayoral race",
      "",
      "Voters in Carrow have elected former nurse Ada Brek as the town's next mayor.",
      "",
      "Brek, who ran for the Harbour Party, won with 54 percent of the vote.",
      "",
      "Speaking to a crowd in the square, Brek, 52, promised to build 4,000 homes within four years and to make the buses free for residents under 18.",
      "",
      "Brek will be sworn in on 1 March.",
      "",
      "In the junior final, Ilka Tull beat the top seed in three sets. The 19-year-old from Lenn had never won a title before.",
      "",
      "Tull said she would give the prize money to her club.",
      "",
      "Her team-mate Ona Vell made her debut for Lenn at 15.",
      "",
    ].join("\n"),
  });

  it("finds “Brek, 52,” and “the 19-year-old” for “how old …?”", () => {
    expect(engine.ask("how old is brek").answer).toBe("52");
    expect(engine.ask("how old is tull").answer).toBe("19");
    // ("At 15" is no age the index knows as one: the reply still gives it, and never says "age" is not counted.)
    expect(engine.ask("how old was vell when she made her debut").answer).toBe("15");
  });
});

describe("a verb the tagger does not see as one", () => {
  const engine = engineOver({
    "port.md": [
      "# Dock union meets the mayor",
      "",
      "Carrowby – A delegation from Dockmen United, the workers' group controlling the harbour, met the mayor on Monday.",
      "",
      "In a statement, the council said that the head of the regional assembly, Ilka Vell, will soon visit Carrowby.",
      "",
      "The talks were described as frank.",
      "",
    ].join("\n"),
  });

  it("reads “will soon visit” as the verb “who is gonna visit …?” asks about", () => {
    expect(engine.ask("who is gonna visit carrowby soon").answer).toBe("Ilka Vell");
  });

  it("tells a verb after a modal or a participle after a noun from a gerund", () => {
    const at = (s: string, word: string) => {
      const terms = tagSentence(s);
      return usedAsVerb(
        terms,
        terms.findIndex((t) => t.lower === word),
      );
    };
    expect(at("She will soon visit the port.", "visit")).toBe(true);
    expect(
      at(
        "A delegation from Brek, the Lenn militant group controlling Carrow, recently visited the capital.",
        "controlling",
      ),
    ).toBe(true);
    expect(at("The killing of the king shocked the court.", "killing")).toBe(false);
    expect(at("Duke Ivo conquered Carrow killing King Odo.", "killing")).toBe(false);
  });
});

describe("a yes/no question about a denial", () => {
  const engine = engineOver({
    "report.md": [
      "# Firm rejects claim",
      "",
      "A newspaper said the firm had sold the mill to a rival.",
      "",
      "But the firm flatly denied the report on Tuesday.",
      "",
      "Its owner, Ada Brek, declined to comment.",
      "",
    ].join("\n"),
  });

  it("answers yes when the sentence makes the denial asked about", () => {
    expect(engine.ask("did the firm deny the report").answer).toMatch(/^Yes/);
  });

  it("gives no yes for “declined to comment”", () => {
    expect(engine.ask("did ada brek comment on it").answer).not.toMatch(/^Yes/);
  });
});

describe("a name that only says which event, as the headline does", () => {
  const engine = engineOver({
    "visit.md": [
      "# Carrow delegation visits Lenn",
      "",
      "A delegation from Carrow recently visited Lenn, the capital of the Vale.",
      "",
      "The talks were held in the old town hall over two days.",
      "",
      "Observers said the mood was calm.",
      "",
      "Ada Brek, the spokesperson for the Vale's foreign office, confirmed the visit on Monday.",
      "",
      "Trade was not discussed, officials said.",
      "",
    ].join("\n"),
  });

  it("answers “who confirmed the Carrow visit?” from “… confirmed the visit”", () => {
    // (The rules' pick, whatever the fitted models make of a five-sentence text.)
    expect(engine.explain("who confirmed the carrow visit").span).toBe("Ada Brek");
  });
});

describe("an amount that fell, told by someone", () => {
  const engine = engineOver({
    "ban.md": [
      "# Smoking ban",
      "",
      "The health minister spoke in Lenn on Monday.",
      "",
      "He said cigarette sales had fallen 16% in Carrow after its ban.",
      "",
    ].join("\n"),
  });

  it("meets “drop” in “fallen”, and gives the source beside the answer, not in it", () => {
    const a = engine.ask("how much did cigarette sales drop in carrow");
    expect(a.answer).toBe("16%");
    expect(a.attribution).toMatch(/^he said$/i);
  });
});

describe("how sure the engine is of a news story's lead", () => {
  // A headline restates the lead; the two saying the same is no doubt about which sentence answers.
  const engine = engineOver({
    "mill.md":
      "# Tarrow mill hires 40 apprentices\n\nThe Tarrow mill hired 40 apprentices this autumn. They will learn weaving from the master weaver Ilse Varn.\n\nThe mill was founded in 1887.\n",
  });

  it("weighs the best sentence against the body's other sentences, not against the headline", () => {
    const trace = engine.explain("how many apprentices did the mill hire");
    const [best, ...others] = trace.ranked!;
    expect(best!.sentence.part).toBe("body");
    const headline = others.find((r) => r.sentence.part !== "body")!;
    // (Nor against a plan, "They will learn …": the question asks about a deed done.)
    const rival = others.find((r) => r.sentence.part === "body" && !/\bwill\b/.test(r.sentence.text))!;
    // (The headline stands between them, as close to the lead as its words make it.)
    expect(headline.score).toBeGreaterThan(rival.score);
    expect(trace.confidence!.margin).toBeCloseTo(best!.score - rival.score, 6);
  });
});

describe("“what is X doing to …?” asks the deed done for that end", () => {
  const engine = engineOver({
    "cuts.md":
      "# Council cuts\n\nThe council is closing two libraries to cut costs, the mayor said. Carrowby is raising parking fees to pay for the new bridge.\n\nAs tensions rise, the guild stands as a go-between, advocating for talks and exerting pressure to end the strike. Exploration is still continuing to find more clay.\n",
  });

  it.each([
    ["what is the council doing to cut costs", "closing two libraries"],
    ["what r they doing to end the strike", "advocating for talks and exerting pressure"],
    ["what is carrowby doing to pay for the bridge", "raising parking fees"],
  ])("%s → %s, not what the end acts on", (q, deed) => {
    expect(engine.ask(q).answer).toBe(deed);
  });

  it("gives no bare verb of going on as the deed", () => {
    expect(engine.ask("what is being done to find more clay").answer).not.toBe("continuing");
  });
});

describe("“who” after “X of Y” is said of Y", () => {
  const engine = engineOver({
    "court.md":
      '# Former mayor jailed\n\nJudge Mira Halloran said that Oren Dale had "betrayed the trust of the people who elected him".\n',
  });

  it("answers “who elected X?” with the people, not their trust", () => {
    expect(engine.ask("who elected dale").answer).toBe("the people");
  });
});

describe("a figure set against another (“compared with …”)", () => {
  const engine = engineOver({
    "trial.md":
      "# Cattle vaccine trial\n\nAmong treated cows, 12 fell ill during the trial, compared with 30 in the untreated herd. Profits rose to 90 million, up from 70 million last year.\n",
  });

  it.each([
    ["how many treated cows fell ill", "12"],
    ["how many fell ill in the untreated herd", "30"],
  ])("%s → %s", (q, figure) => {
    expect(engine.ask(q).answer).toBe(figure);
  });

  it("does not affirm the other group's figure as the asked group's", () => {
    const reply = engine.ask("did 30 treated cows fall ill");
    expect(reply.answer).not.toMatch(/^Yes/);
    expect(reply.outcome).toBe("passage");
  });

  it("still affirms the figure of the group it belongs to", () => {
    expect(engine.ask("did 12 treated cows fall ill").answer).toMatch(/^Yes/);
  });
});

describe("a share written “one X in five”", () => {
  const engine = engineOver({
    "strike.md": "# Rail strike\n\nOnly one train in five is expected to run during the strike, the operator said.\n",
  });

  it("is not answered by the five it is a share of", () => {
    expect(engine.ask("how many trains will run").answer).not.toMatch(/^five$/i);
  });
});

describe("an amount that moved: the change or the level", () => {
  const engine = engineOver({
    "results.md":
      "# Grocer's profit falls\n\nThe grocer Tamsby reported an 8% fall in annual profit on Thursday.\n\nProfit fell to £41m in the year to March. Sales rose 3% to £9.8bn, helped by price rises.\n",
  });

  it.each([
    ["how much did sales rise", "3%"],
    ["how much were sales", "£9.8bn"],
    ["how much did profit fall", "8%"],
  ])("%s → %s", (q, amount) => {
    expect(engine.ask(q).answer).toBe(amount);
  });

  it("the level before is asked with “before”, and is no answer otherwise", () => {
    const council = engineOver({
      "council.md": "# Council vote\n\nThe Reds, which had run the council since 1996, fell to 15 seats from 31.\n",
    });
    expect(council.ask("how many did the reds have before").answer).toBe("31");
    expect(council.ask("how many seats did the reds fall to").answer).toBe("15");
  });
});

describe("“which N?” of a name written before the noun", () => {
  const engine = engineOver({
    "closures.md":
      "# Grocer to shut stores\n\nThe grocer will close 14 stores. The Carrow Dockers union said it would fight the closures. The name comes from the Welsh word for a market.\n",
  });

  it("answers with the name and its noun", () => {
    expect(engine.ask("which union").answer).toBe("Carrow Dockers union");
  });

  it("answers “whose N?” with the name alone", () => {
    const fire = engineOver({
      "fire.md": "# Plant fire\n\nA fire at the Orlen Chemicals plant near Dunmere forced 1,200 residents to leave.\n",
    });
    expect(fire.ask("whose plant was it").answer).toBe("Orlen Chemicals");
  });

  it("does not give a people's adjective as the name", () => {
    expect(engine.ask("what word does the name come from").answer).not.toMatch(/^Welsh word$/);
  });
  it("takes a name the noun ends, capitalised, when the question writes the noun in lower case", () => {
    const town = engineOver({
      "town.md":
        "# Carrowby\n\nSince 2019 the mayor has been Ada Brek of the Harbour Party, the first woman to hold the office.\n",
    });
    expect(town.ask("what party is the mayor from").answer).toBe("Harbour Party");
  });

  it("takes only the word asked itself capitalised, not another of its group (“countries” is no “National”)", () => {
    const talks = engineOver({
      "talks.md": "# Talks\n\nKarsk assured that the head of the Velmoran National Council will visit soon.\n",
    });
    expect(talks.ask("which countries does karsk have ties with").answer).not.toMatch(/National/);
  });

  it("counts times with “twice”", () => {
    const town = engineOver({
      "town.md": "# Carrowby\n\nDuring the war the town was besieged twice, in 1703 and in 1710.\n",
    });
    expect(town.ask("how many times was the town besieged").answer).toBe("twice");
  });
});

describe("a title written right before the name", () => {
  const engine = engineOver({
    "deal.md":
      "# Dairy deal agreed\n\nTamsby Dairies chief executive Ada Brek said the deal would secure the future of its 4,500 staff.\n",
  });

  it.each(["who is the ceo", "who is the chief executive"])("%s → the titled name, not the firm's", (q) => {
    expect(engine.ask(q).answer).toBe("Ada Brek");
  });
});

describe("a count whose verb and noun are left out (“… six seats and independents two”)", () => {
  const engine = engineOver({
    "council.md": "# Council vote\n\nThe Liberals won six seats and independents two. Turnout was 38%.\n",
  });

  it.each([
    ["how many seats did independents win", "two"],
    ["how many seats did the liberals win", "six"],
  ])("%s → %s", (q, count) => {
    expect(engine.ask(q).answer).toBe(count);
  });
});

describe("“where did she …?” of a sentence without the deed", () => {
  const entry = engineOver({
    "brek.md":
      "# Ada Brek\n\nAda Brek (3 May 1891 – 2 June 1967) was a chemist who found a way of extracting iron from clay.\n\nAda Brek was born in Carrowby, a fishing village.\n",
  });

  it("takes no place of another deed (“from clay”) for where she died", () => {
    expect(entry.ask("where did ada brek die").answer).not.toBe("clay");
    expect(entry.ask("where did she die").answer).not.toBe("clay");
  });

  it("still takes the place of the deed asked", () => {
    expect(entry.ask("where was ada brek born").answer).toBe("Carrowby");
  });
});

describe("what a “which” clause acts on", () => {
  const mill = engineOver({
    "mill.md":
      "# Mill\n\nThe new furnace was cheaper to run because it did not need coal, which the town had to import from the south.\n\nThe mill sold the iron that the railway company bought.\n\nIt was here that the ferry reached the open sea.\n",
  });

  it("is the phrase before it, when the clause's subject is the question's", () => {
    expect(mill.ask("what did the town have to import").answer).toBe("coal");
    expect(mill.ask("what did the railway company buy").answer).toBe("the iron");
  });

  it("is not “here” of “it was here that …”", () => {
    expect(mill.ask("what did the ferry reach").answer).not.toBe("here");
  });
});

describe("a family counted by birth order", () => {
  const life = engineOver({
    "vell.md":
      "# Ilka Vell\n\nIlka Vell was born in Carrowby, the youngest of six children of a baker.\n\nIn 1921 she married Oren Task; they had three children.\n",
  });

  it("does not answer how many children she had with the family she was born into", () => {
    expect(life.ask("how many kids did she have").answer).not.toBe("six");
    expect(life.ask("how many children did ilka vell have").answer).not.toBe("six");
    expect(life.ask("how many children did she have").answer).toBe("three");
  });
});

describe("kin the article mentions but does not name", () => {
  const life = engineOver({
    "vell.md":
      "# Ilka Vell\n\nHer father taught her mathematics at home, and at sixteen she won a scholarship to the Royal Technical School in Dunmere, where she was one of only three women among 400 students.\n\nIn 1921 she married the physician Oren Task.\n",
  });

  it("says the article doesn't name her father, rather than give a school", () => {
    expect(life.ask("who was her father").answer).toBe("The article doesn't name her father.");
  });

  it("still names kin it names", () => {
    expect(life.ask("who was her husband").answer).toMatch(/Oren Task/);
  });
});

describe("yes/no: what cannot be, is forbidden or is set aside", () => {
  const plant = engineOver({
    "fern.md":
      "# Marsh fern\n\nThe marsh fern needs constant shade, and it cannot survive frost.\n\nThe fern spreads by spores rather than seeds.\n\nPicking the fern from the wild has been banned since 2006.\n",
  });

  it("answers no when the sentence says it cannot", () => {
    expect(plant.ask("can the fern survive frost").answer).toMatch(/^No\b/);
  });

  it("answers no for what “rather than” sets aside, yes for what it keeps", () => {
    expect(plant.ask("does the fern have seeds").answer).toMatch(/^No\b/);
    expect(plant.ask("does the fern spread by spores").answer).toMatch(/^Yes\b/);
  });

  it("answers no to “can you …” of a banned deed, yes to “is it banned?”", () => {
    expect(plant.ask("can you pick the fern from the wild").answer).toMatch(/^No\b/);
    expect(plant.ask("is picking the fern banned").answer).toMatch(/^Yes\b/);
  });
});

describe("a run of sentences that open with a pronoun", () => {
  const engine = engineOver({
    "potter.md":
      "# Potter dies at 90\n\nThe potter Ada Brek died in Carrow in March 2024, her family said. She opened her first studio in 1960. She later taught at the art school, where she met the painter Oren Task. She married him in 1972.\n",
  });

  it("is about the one named before the run, not only the sentence right before", () => {
    // "She married him in 1972" is about Ada Brek, two pronouns back: the sentence that names her
    // without marrying anyone is no answer to when or whom she married.
    for (const question of ["when did ada brek get married", "who did ada brek marry"]) {
      const reply = engine.ask(question);
      expect(reply.quotes[0]?.text ?? "").not.toMatch(/died in Carrow/);
      expect(reply.answer).not.toMatch(/March 2024|family/);
    }
  });
});

describe("a yes/no question's own verb", () => {
  const engine = engineOver({
    "ban.md":
      "# Smoking ban\n\nThe council will ban smoking in parks from May, and no one will be held back by the cost.\n\nAda Brek, the opposition leader, welcomed the ban on smoking in parks.\n",
  });

  it("is what ranks a sentence for it: “does Brek back the ban?” is not about banning, nor “held back”", () => {
    const reply = engine.ask("does brek back the smoking ban");
    expect(reply.quotes[0]?.text ?? reply.related?.[0]?.text).toMatch(/Ada Brek/);
  });
});

describe("a who-question whose deed the best sentence says in other words", () => {
  const engine = engineOver({
    "mill.md":
      "# Tarnby\n\nTarnby is a market town on the river Carrow, known for its textile industry.\n\nThe first cotton mill in Tarnby was founded in 1874 by the industrialist Ada Brek, who also built houses for its workers.\n\nThe town has a population of about 12,000.\n",
  });

  it("shows the passage when the sentence is sure to be the one (“who opened the mill?” of “founded … by”)", () => {
    const reply = engine.ask("who opened the cotton mill");
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]!.text).toMatch(/founded in 1874 by the industrialist Ada Brek/);
  });

  it("and still declines when the article has no such deed (“who designed the town hall?”)", () => {
    expect(engine.ask("who designed the town hall").outcome).toBe("declined");
  });
});

describe("a yes/no question about a plan", () => {
  const engine = engineOver({
    "trial.md":
      "# Brek convicted\n\nAda Brek, 58, was found guilty of fraud at Carrow Crown Court on Monday.\n\nHer lawyer said Brek intended to appeal against her conviction.\n",
  });

  it("shows the sentence that tells the plan (“is she going to appeal?” of “intended to appeal”)", () => {
    const reply = engine.ask("is brek going to appeal");
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]!.text).toMatch(/intended to appeal/);
  });

  it("and does not affirm that it happened (“did she appeal?”)", () => {
    expect(engine.ask("did brek appeal").answer).not.toMatch(/^Yes/);
  });
});

describe("an opinion asked", () => {
  const engine = engineOver({
    "plan.md":
      "# Harbour plan\n\nThe council, which does not consider the harbour plan affordable, has urged the builder to redraw it.\n\nThe builder said it would reply in May.\n",
  });

  it("shows the passage, not a phrase of it (“what does the council think of the plan?”)", () => {
    const reply = engine.ask("what does the council think of the harbour plan");
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]!.text).toMatch(/does not consider the harbour plan affordable/);
  });
});

describe("a life story's parents", () => {
  const engine = engineOver({
    "brek.md":
      "# Ada Brek\n\nAda Brek (1871–1950) was a Tarnby painter.\n\nShe was born in Carrow, the eldest of three children of a lock-keeper, and trained in Tarnby.\n\nIn 1899 she married Oren Task, the son of Ilka Task, a wool merchant.\n",
    "velt.md":
      "# Ilse Velt\n\nIlse Velt was born in Harrow in 1938, the daughter of a dock worker and a seamstress, and left school at 15.\n",
  });

  it("gives the work after “children of” (“what did Ada Brek's father do?”)", () => {
    const reply = engine.ask("what did ada brek's father do for a living");
    expect(reply.answer).toBe("a lock-keeper");
    expect(reply.quotes[0]!.text).toMatch(/children of a lock-keeper/);
  });

  it("reads “her dad” in a story of one person only", () => {
    const one = engineOver({
      "velt.md": "# Ilse Velt\n\nIlse Velt was born in Harrow, the only child of a lock-keeper.\n",
    });
    expect(one.ask("wat was her dads job").answer).toBe("a lock-keeper");
    // (Of two stories, whose?)
    expect(engine.ask("wat was her dads job").answer).not.toMatch(/lock-keeper|dock worker/);
  });

  it("takes a son's phrase for “his” only, with the name when “who” is asked", () => {
    expect(engine.ask("who was oren task's father").answer).toBe("Ilka Task, a wool merchant");
  });

  it("shows the passage when one parent is asked of a phrase that names both", () => {
    const reply = engine.ask("what did ilse velt's dad do");
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]!.text).toMatch(/a dock worker and a seamstress/);
    expect(engine.ask("what did ilse velt's parents do for work").answer).toBe("a dock worker and a seamstress");
  });

  it("gives no mother's work from a phrase that names one parent", () => {
    expect(engine.ask("what did ada brek's mother do").answer).not.toMatch(/lock-keeper/);
  });
});

describe("a headline that says what the story's lead says", () => {
  const engine = engineOver({
    "fine.md": `# Court fines Oldmere Dyeworks 3.4 million over canal spill

A district court on Tuesday ordered Oldmere Dyeworks to pay a fine of 3.4 million after finding that the firm had let dye waste into the Brannock canal for two years.

The firm employs about 600 people at its works in Tolby, a spokesman said.
`,
  });

  it("is no rival to it: the two agreeing leave no doubt, and the story's sentence is quoted", () => {
    const a = engine.ask("How large was the penalty imposed on Oldmere Dyeworks?");
    expect(a.outcome, a.answer).toBe("answer");
    expect(a.answer).toMatch(/3\.4 million/);
    expect(a.quotes[0]!.text).toMatch(/^A district court on Tuesday/);
  });

  it("agrees when one writes the count in words and the other in figures", () => {
    const cave = engineOver({
      "cave.md": `# Eleven cavers rescued after two days underground at Hollin Gill

Rescue teams on Monday brought 11 cavers out alive from a flooded cave system near Hollin Gill.

A team of 40 volunteers pumped water from the lower passages, the leader of the rescue said.
`,
    });
    const a = cave.ask("how many cavers were rescued");
    expect(a.outcome, a.answer).toBe("answer");
    expect(a.answer).toMatch(/\b11\b/);
  });
});

describe("the doer of a clause in the passive", () => {
  const engine = engineOver({
    "mill.md": `# Tolby mill

The Tolby mill, which is owned by Harl Foods, employs about 200 people on the river.

At the fair, the miller Oren Task dropped the silver cup when he was pushed by Ada Brek.
`,
  });

  it("is the one after “by” (“who owns the mill?” of “the mill, which is owned by Harl Foods”)", () => {
    expect(engine.ask("who owns the mill").answer).toMatch(/Harl Foods/);
    expect(engine.ask("Which company owns the Tolby mill?").answer).toMatch(/Harl Foods/);
  });

  it("is not the doer of another verb in the sentence", () => {
    const a = engine.ask("who dropped the silver cup");
    expect(a.answer).not.toMatch(/Ada Brek/);
  });
});
