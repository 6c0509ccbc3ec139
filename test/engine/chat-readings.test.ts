// Readings that chat questions about news lean on: a quantifier before the subject ("did any
// norwegians drown?") and a people's name typed in lower case and the plural. Made-up questions.
import { describe, expect, it } from "vitest";
import { analyseQuestion } from "../../src/question/analyse-question.ts";
import { type ArticleWords, fitToArticles, ROLE_OF_VERB, synonymReading } from "../../src/question/fit-to-articles.ts";
import { engineOver } from "./helpers.ts";
import { isVerb, tagSentence } from "../../src/text/tag-sentence.ts";
import { termKey, tokenize } from "../../src/text/tokens.ts";
import { lemmaOf, synonymsOf, verbLemma, verbSynonyms } from "../../src/text/wordnet.ts";

describe("chat readings", () => {
  it.each([
    ["did any norwegians drown", "drown"],
    ["did any canadians vote", "vote"],
    ["did all the nets sink", "sink"],
  ])("%s: the verb after a quantified subject is the one asked", (question, verb) => {
    expect(analyseQuestion(question).askedVerb).toBe(verb);
  });

  it.each([
    ["how much does the mayor want to raise the fee", "raise"],
    ["what did the guild hope to build", "build"],
  ])("%s: the verb after a verb of wanting and “to” is the one asked", (question, verb) => {
    expect(analyseQuestion(question).askedVerb).toBe(verb);
  });

  it("reads a people's name typed in lower case and the plural as a name", () => {
    const words: ArticleWords = {
      usesWord: () => false,
      usesKey: () => false,
      capitalisedForm: () => undefined,
      capitalisedName: () => undefined,
      hyphenatedForm: () => undefined,
    };
    expect(fitToArticles("how many norwegians were rescued?", words)).toBe("how many Norwegians were rescued?");
  });
});

describe("a count of a people", () => {
  const engine = engineOver({
    "convoy.md": `# Convoy hit by storm\n\nTwelve Norwegian sailors were rescued on Friday.\n\nTwo ships were lost off the Norwegian coast, the coastguard said.\n`,
  });

  it("is answered by a number of them", () => {
    expect(engine.ask("how many norwegians were rescued").answer).toMatch(/^Twelve\b/);
  });

  it("is not answered by a number of something else beside their name", () => {
    const reply = engine.ask("how many norwegians were lost");
    expect(reply.outcome).toBe("declined");
    expect(reply.answer).toMatch(/number of “Norwegians”/);
  });
});

describe("a decline never names a place as the one who did it", () => {
  const engine = engineOver({
    "convoy.md": `# Convoy news\n\nCaptain Oren Dale led the convoy north. Sailors held in the Carrow Strip died in 1012.\n\nThe convoy reached Kelby in March.\n`,
  });

  it("says someone else did it, not the name after “in the”", () => {
    const reply = engine.ask("when did Oren Dale die");
    expect(reply.outcome).toBe("declined");
    expect(reply.answer).not.toMatch(/Carrow Strip who/);
    expect(reply.answer).toMatch(/someone else/);
  });
});

describe("“lost their lives” as the verb of a death", () => {
  const engine = engineOver({
    "glacier.md": `# Storm season on the coast\n\nThe Norwegian coastguard said the storm had passed. Norwegian ministers met in the capital to discuss the damage.\n\nRescuers said eleven hikers died in the avalanche above the village.\n\nSeparately, at least nine Norwegian climbers have lost their lives on the glacier this year. A Norwegian guide led the search.\n`,
  });

  it("answers “were any X killed?” from the sentence where they lost their lives", () => {
    const reply = engine.ask("were any norwegians killed");
    expect(reply.outcome).toBe("answer");
    expect(reply.answer).toMatch(/^Yes\b/);
    expect(reply.quotes[0]!.text).toMatch(/lost their lives/);
  });
});

describe("“think” as the news' “consider”", () => {
  const engine = engineOver({
    "pier.md": `# Pier to reopen\n\nThe harbour board, which does not consider the old pier safe, has asked engineers to inspect it again.\n\nThe pier was closed in May after a storm damaged its supports.\n`,
  });

  it("answers “does X think Y is Z?” from the sentence that says X considers it so", () => {
    const reply = engine.ask("does the harbour board think the pier is safe");
    expect(reply.outcome).toBe("answer");
    expect(reply.answer).toMatch(/^No\b/);
    expect(reply.quotes[0]!.text).toMatch(/does not consider/);
  });
});

describe("a name misspelt in lower case", () => {
  const engine = engineOver({
    "harbour.md":
      "# Harbour reopens\n\nIlsa Brekowska, the harbour master, said the quay would reopen on Friday. The Opportunity Fund paid for the repairs.\n",
  });

  it("is read as the name the article writes", () => {
    const reply = engine.ask("who is brekowsca");
    expect(reply.readAs).toMatch(/Brekowska/);
    expect(reply.answer).toMatch(/harbour master/);
  });

  it("is not made of a slip for a word of the language that the article capitalises", () => {
    expect(engine.ask("what opportunites did the repairs bring").readAs ?? "").not.toMatch(/Opportunity/);
  });
});

describe("a figure typed where the article writes the word", () => {
  it("reads “2 state” as the article's “two-state”", () => {
    const words: ArticleWords = {
      usesWord: (w) => w === "two-state",
      usesKey: () => false,
      capitalisedForm: () => undefined,
      capitalisedName: () => undefined,
      hyphenatedForm: () => undefined,
    };
    expect(fitToArticles("what is the 2 state plan?", words)).toBe("what is the two-state plan?");
  });
});

describe("a name run that a sentence opened with “The”", () => {
  it("keeps the typed “the” in lower case", () => {
    const words: ArticleWords = {
      usesWord: () => true,
      usesKey: () => true,
      capitalisedForm: () => undefined,
      capitalisedName: (lower) => (lower === "the dunmeran" ? "The Dunmeran" : undefined),
      hyphenatedForm: () => undefined,
    };
    expect(fitToArticles("who is the dunmeran president?", words)).toBe("who is the Dunmeran president?");
  });
});

describe("a possessive typed without its apostrophe", () => {
  const engine = engineOver({
    "novelist.md":
      "# Novelist dies at 80\n\nThe novelist Ada Brek has died, her publisher said. The 1990 novel Harbour Lights proved to be Brek's final book, and Dunmere's council named a street after her.\n",
  });

  it("is read as the possessive of a name the article writes only with “'s”", () => {
    expect(engine.ask("what is dunmeres council called").readAs).toMatch(/Dunmere's council/);
  });

  it("is read so before a word that describes what is owned, though a tagger calls it a verb", () => {
    expect(engine.ask("whats breks last book").readAs).toMatch(/Brek's last book/);
  });

  it("stays a plural before the verb it is the subject of", () => {
    expect(engine.ask("when did breks leave").readAs ?? "").not.toMatch(/Brek's/);
  });
});

describe("a word the article uses, but not where it counts", () => {
  const engine = engineOver({
    "derby.md": `# Harbour Rovers win the derby\n\nHarbour Rovers beat Quayside 2-1 on Saturday in front of 14,500 spectators at Mill Lane.\n\nRovers fans sang long after the final whistle.\n`,
  });

  it("is asked again in the news word: “how many fans” of a count of spectators", () => {
    const reply = engine.ask("how many fans were at the derby");
    expect(reply.outcome).toBe("answer");
    expect(reply.answer).toMatch(/14,500/);
    expect(reply.readAs).toMatch(/spectators/);
  });

  it("asks again in the news word for the word counted, when the decline names none", () => {
    const wait = engineOver({
      "wait.md": `# Harbour Rovers win the derby\n\nHarbour Rovers fans had waited 12 years for a derby win at Mill Lane.\n\nRovers beat Quayside 2-1 on Saturday in front of 14,500 spectators.\n`,
    });
    expect(wait.ask("how many fans were at the derby").answer).toMatch(/14,500/);
  });

  it("still declines when no news word for it is counted either", () => {
    expect(engine.ask("how many fans sang").outcome).toBe("declined");
  });
});

describe("a word typed without the hyphen the article writes in another form", () => {
  const engine = engineOver({
    "fort.md": `# Fort changes hands\n\nThe rebels left the fort in 1812, and the royal army re-occupied it in 1815.\n`,
  });

  it("meets it: “reoccupy” of “re-occupied”", () => {
    const reply = engine.ask("when did the royal army reoccupy the fort");
    expect(reply.readAs).toMatch(/re-occupy/);
    expect(reply.answer).toBe("1815");
  });
});

describe("a plan: “will soon visit”", () => {
  const engine = engineOver({
    "visit.md": `# Guild visits Carrow\n\nA delegation from the Weavers Guild recently visited Carrow, the council said.\n\nIn a statement, the council said that the mayor of Dunmere, Ada Brek, will soon visit Carrow to discuss the bridge with its council.\n`,
  });

  it("reads a lower-case irregular verb as a verb, not a name (“drew”)", () => {
    const drew = tagSentence("Protests outside the town hall drew about 5,000 people.").find(
      (t) => t.lower === "drew",
    )!;
    expect(isVerb(drew)).toBe(true);
  });

  it("reads the verb after a modal and an adverb as the verb (the tagger calls it a noun)", () => {
    const visit = tagSentence("Ada Brek will soon visit Carrow.").find((t) => t.lower === "visit")!;
    expect(isVerb(visit)).toBe(true);
  });

  it("answers a yes/no question about the plan, asked as a plan", () => {
    expect(engine.ask("will brek visit carrow").answer).toMatch(/^Yes\b/);
    expect(engine.ask("is brek going to carrow").answer).toMatch(/^Yes\b/);
    expect(engine.ask("did brek visit carrow").outcome).toBe("declined");
  });

  it("is no rival to the deed done: “who visited Carrow?”", () => {
    const reply = engine.ask("who visited carrow");
    expect(reply.outcome).toBe("answer");
    expect(reply.answer).toMatch(/Weavers Guild/);
  });
});

describe("a role asked, of a sentence that names only another rank of it or someone's relation to it", () => {
  const engine = engineOver({
    "fair.md": `# Fair opens\n\nDeputy Mayor Ada Brek opened the Carrow fair on Monday, the council said.\n\nOren Vell, a spokesman for the mayor, said the fair would run for a week.\n\nAbout 4,000 people attended the opening.\n`,
  });

  it.each(["who is the mayor", "who is the mayor of carrow"])("%s: the article doesn't say", (question) => {
    expect(engine.ask(question).outcome).toBe("declined");
  });

  it("still answers the rank asked: “whos the deputy mayor”", () => {
    expect(engine.ask("whos the deputy mayor").answer).toBe("Ada Brek");
  });
});

describe("a role asked, of a sentence that names it only in the plural", () => {
  const engine = engineOver({
    "levy.md": `# Sugar levy

The Harbour Party said it supported the aim of the levy but accused ministers of "gesture politics".

The levy starts in May.
`,
  });

  it("declines “whos the minister”: “accused ministers of …” names no one holder", () => {
    expect(engine.ask("whos the minister").outcome).toBe("declined");
  });
});

describe("“broke out” and “set up” as beginnings", () => {
  const engine = engineOver({
    "blaze.md": `# Mill fire\n\nA fire broke out at the Carrow paper mill early on Tuesday, the fire service said.\n\nThe mill trust was set up in 1962 by local families.\n\nA set up phase of two weeks is planned before the mill reopens.\n`,
  });

  it("answers “when did the fire start” from “broke out … on Tuesday”", () => {
    expect(engine.ask("when did the fire start").answer).toMatch(/Tuesday/);
  });

  it("answers “when was the trust founded” from “was set up in 1962”", () => {
    expect(engine.ask("when was the trust founded").answer).toBe("1962");
  });

  it("keys “set up” as a beginning only as a verb, not in “a set up phase”", () => {
    const keys = (text: string) => tokenize(text).map((t) => t.key);
    expect(keys("the trust was set up")[3]).toBe(termKey("begin"));
    expect(keys("a set up phase")[1]).not.toBe(termKey("begin"));
  });
});

describe("employees of a firm that “employs” people", () => {
  const engine = engineOver({
    "mill.md": `# Mill expands\n\nThe Carrow mill, which employs about 300 people, will open a second site next year.\n\nThe firm uses local wool.\n`,
  });

  it("counts them: “how many employees does the mill have”", () => {
    expect(engine.ask("how many employees does the mill have").answer).toMatch(/300/);
  });

  it("keeps “employ” apart from “use”", () => {
    expect(termKey("employs")).not.toBe(termKey("uses"));
  });
});

describe("“what happened to X?” of a story about X", () => {
  const engine = engineOver({
    "bill.md": `# Senate rejects ferry bill\n\nThe Senate voted down a bill on Thursday that would have sold the Carrow ferry service.\n\nThe bill was defeated by 52 votes to 47.\n\nCritics said fares would rise by as much as 40 per cent.\n`,
  });

  it("shows the passage that names X, however unsure the models are", () => {
    const reply = engine.ask("wat happened to the bill");
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]!.text).toMatch(/bill/);
  });

  it("still declines what the story never names", () => {
    expect(engine.ask("what happened to the mayor").outcome).toBe("declined");
  });
});

describe("role of a verb: “who leads X?” of an article that names X's leader", () => {
  it.each(ROLE_OF_VERB.map((r) => [r.example.question, r]))("%s", (_, row) => {
    const engine = engineOver({ "role.md": `# News\n\n${row.example.sentence}\n` });
    expect(engine.ask(row.example.question).answer).toBe("Ada Brek");
  });
});

describe("a bank story: shares and staff", () => {
  const engine = engineOver({
    "bank.md": [
      "# Carrow Bank to cut 900 jobs as profits slide",
      "",
      "Carrow Bank, Dunmere's third-largest lender, said on Monday it would cut about 900 jobs over the next two years after its annual profit fell by a quarter.",
      "",
      "Most of the cuts will fall in branch networks, where the bank plans to close 60 of its 210 branches. The bank employs around 7,500 people.",
      "",
      "Shares in Carrow Bank fell 4% in early trading before recovering slightly to close 2.1% lower. Analysts said the cuts had been expected.",
      "",
      "The bank will pay a dividend of 1.20 crowns a share, down from 1.75 crowns last year.",
      "",
    ].join("\n"),
  });

  it("“what happened to the shares” shows the sentence about the shares, not one that mentions “a share”", () => {
    expect(engine.ask("what happened to the shares").quotes[0]!.text).toMatch(/fell 4%/);
  });

  it("counts staff by the people the bank employs", () => {
    expect(engine.ask("how many staff").answer).toMatch(/7,500/);
  });
});

describe("power and electricity", () => {
  const engine = engineOver({
    "storm.md": `# Storm\n\nAbout 300 homes were flooded in the river valley, the power company said.\n\nThe storm left about 40,000 homes without electricity on Sunday.\n\nTwo roads were closed.\n`,
  });

  it("counts the homes “without power” of “homes without electricity”, where the story says “power” elsewhere", () => {
    expect(engine.ask("how many homes r without power").answer).toMatch(/40,000/);
  });
});

/** The vocabulary of articles that use exactly these words, as fitting a question sees it. */
function articleWords(used: readonly string[]) {
  const said = new Set(used);
  return {
    usesWord: (w: string) => said.has(w),
    usesKey: (k: string) => used.some((w) => termKey(w) === k),
    capitalisedForm: () => undefined,
    capitalisedName: () => undefined,
    hyphenatedForm: () => undefined,
  };
}

describe("a noun the articles never use, read by a dictionary synonym they do", () => {
  const engine = engineOver({
    "actor.md":
      "# Ada Brek\n\nAda Brek was born in Tarnby in 1931.\n\nShe made 14 films before she retired in 1990, and she wrote two novels.\n\nShe lived in Carrow until her death.\n",
  });

  it("shows the passage of “how many movies did she make?” from the sentence that counts films", () => {
    const reply = engine.ask("how many movies did she make");
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]!.text).toMatch(/14 films/);
    expect(reply.readAs).toMatch(/films/);
  });

  it("takes a noun's plural and an adjective's superlative to their WordNet lemma", () => {
    expect(lemmaOf("movies", "noun")).toBe("movie");
    expect(synonymsOf("movie", "noun")).toContain("film");
    expect(lemmaOf("biggest", "adj")).toBe("big");
    expect(synonymsOf("biggest", "adj")).toContain("large");
  });

  it("swaps no word the articles use, nor a capitalised word of a name (“King Olaf II”, “the Research Trio”)", () => {
    const words = articleWords(["films", "two", "three", "film"]);
    expect(synonymReading("how many movies did she make?", "movies", words)).toBe("how many films did she make?");
    expect(synonymReading("what title did King Olaf II take?", "II", words)).toBeUndefined();
    expect(synonymReading("why was the Carrow Research Trio formed?", "Trio", words)).toBeUndefined();
    expect(synonymReading("how many films did she make?", "films", words)).toBeUndefined();
  });
});

describe("a verb the articles never use, read by a dictionary synonym they do", () => {
  const engine = engineOver({
    "mine.md":
      "# Old mine\n\nThe Tarnby mine closed in 1971, and its dumps have since been picked over by collectors.\n",
  });

  it("shows the passage of “when did the mine shut down?” from the sentence that says it closed", () => {
    const reply = engine.ask("when did the mine shut down");
    expect(reply.outcome).toBe("passage");
    expect(reply.quotes[0]!.text).toMatch(/closed in 1971/);
    expect(reply.readAs).toMatch(/close/);
  });

  it("takes WordNet's most common sense only, and a verb's forms: “injured” → “wounded”", () => {
    expect(verbLemma("injured")).toBe("injure");
    expect(verbLemma("drove")).toBe("drive");
    expect(verbSynonyms("shut", 1)).toContain("close");
    expect(verbSynonyms("injured", 1)).toContain("wound");
  });

  it("swaps a word the question uses as a noun for no verb (“total” and “parent” are verbs too)", () => {
    const words = articleWords(["numbered", "raised", "closed"]);
    expect(synonymReading("how many total yards did they gain?", "total", words)).toBeUndefined();
    expect(synonymReading("who acted in the role of a parent?", "parent", words)).toBeUndefined();
    expect(synonymReading("when did the mine shut?", "shut", words)).toBe("when did the mine close?");
  });
});

describe("a thing only put to a vote", () => {
  const engine = engineOver({
    "plant.md":
      "# Plant to cut jobs\n\nThe firm said it would cut 400 jobs at its Tarnby plant.\n\nA union representing workers at Tarnby said it would hold a ballot on strike action next week.\n",
  });

  it("is not affirmed: “r the workers going on strike” of “will hold a ballot on strike action”", () => {
    expect(engine.ask("r the tarnby workers going on strike").answer).not.toMatch(/^Yes\b/);
  });
});

describe("“all” asked of a sentence about some of them", () => {
  const engine = engineOver({
    "printer.md":
      "# Tomas Vell\n\nTomas Vell was a printer in Carrow.\n\nThey had five children, three of whom survived to adulthood.\n",
  });

  it("is not affirmed: “did all his children survive?” of “three of whom survived”", () => {
    const reply = engine.ask("did all his children survive to adulthood");
    expect(reply.answer).not.toMatch(/^Yes\b/);
    expect(reply.quotes[0]!.text).toMatch(/three of whom/);
  });
});
