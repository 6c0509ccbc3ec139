// Yes/no questions: the clause of the best sentence that holds most of the question decides. It
// answers "no" when it negates what was asked (or the sentence calls it unverified), "yes"
// otherwise, and the clause is given with it. When that clause only says someone urged or planned
// the thing asked about ("urged the group to release all hostages"), it did not happen as far as
// the article says, so the bot declines.
import type { Sentence } from "../knowledge/article.ts";
import type { QueryTerm } from "../search/knowledge-index.ts";
import { deniesOrLeavesOpen, statesUnknown, withoutAskedDenial } from "../text/negation.ts";
import { endsClause, isProper, tagSentence } from "../text/tag-sentence.ts";
import { antonymKeys, isStopword, oppositeOutcome, tokenize } from "../text/tokens.ts";
import { numberValue, ORDINAL_WORDS, ordinalValue } from "../text/number-value.ts";
import { insideContrast } from "../text/contrast-phrases.ts";
import { findAttribution, flagsUnverified, SAY_VERB_FORMS, withoutSayVerb } from "../analysis/attribution.ts";
import { COLLECTIVE_NOUNS, PEOPLE_NOUNS } from "../text/people.ts";
import { NATION_KEYS } from "./choose-span.ts";
import type { ScoredSentence } from "./scored-sentence.ts";
import { decline, passage } from "./decline.ts";
import { toQuote } from "./quote.ts";
import type { Reply } from "./types.ts";

/**
 * Verbs that put what follows "to" in the future or in someone's wishes, not in the facts:
 * "urged the group to release the hostages" does not say they were released. Each row is the
 * verb's forms the rule reads, with a made-up clause and the verb after "to" it holds back.
 */
export const NOT_YET_VERBS: readonly { forms: readonly string[]; example: string; verb: string }[] = [
  { forms: ["urge", "urged", "urging"], example: "the council urged the firm to repair the bridge", verb: "repair" },
  { forms: ["called on", "call on", "calls on"], example: "the mayor called on residents to leave", verb: "leave" },
  { forms: ["asked", "asks"], example: "the court asked the bank to return the money", verb: "return" },
  { forms: ["demand", "demanded", "demands"], example: "the strikers demanded the board to resign", verb: "resign" },
  { forms: ["want", "wanted", "wants"], example: "the club wants to build a stadium", verb: "build" },
  { forms: ["plan", "planned", "plans"], example: "the city plans to close the depot", verb: "close" },
  { forms: ["hoped", "hopes"], example: "the crew hoped to reach the summit", verb: "reach" },
  { forms: ["expect", "expected", "expects"], example: "the firm expects to hire 200 staff", verb: "hire" },
  { forms: ["seek", "seeks", "seeking", "sought"], example: "the party sought to delay the vote", verb: "delay" },
  { forms: ["try", "tried", "tries"], example: "the rebels tried to seize the port", verb: "seize" },
  { forms: ["aim", "aimed", "aims"], example: "the scheme aims to plant a million trees", verb: "plant" },
  { forms: ["intend", "intended", "intends"], example: "the owners intend to sell the farm", verb: "sell" },
  { forms: ["proposed", "proposes"], example: "the minister proposed to raise the fee", verb: "raise" },
  { forms: ["threaten", "threatened", "threatens"], example: "the union threatened to strike", verb: "strike" },
  { forms: ["promised", "promises"], example: "the governor promised to rebuild the school", verb: "rebuild" },
  { forms: ["refused", "refuses"], example: "the pilot refused to fly", verb: "fly" },
];
const NOT_YET = new RegExp(`\\b(?:${NOT_YET_VERBS.flatMap((r) => r.forms).join("|")})\\b`, "i");

/**
 * Words that put a clause in the future: "the mayor will visit the island" does not say she was
 * there. Each row with a made-up clause it fires on.
 */
export const FUTURE_MARKERS: readonly { phrase: string; example: string }[] = [
  { phrase: "will", example: "the mayor will soon visit the island" },
  { phrase: "shall", example: "the board shall meet in May" },
  { phrase: "is set to", example: "the ferry is set to resume in spring" },
  { phrase: "are set to", example: "the talks are set to open on Monday" },
  { phrase: "is due to", example: "the minister is due to arrive on Friday" },
  { phrase: "are due to", example: "the results are due to be published next week" },
  { phrase: "is expected to", example: "the bridge is expected to reopen in June" },
  { phrase: "are expected to", example: "the crews are expected to reach the village tonight" },
  { phrase: "is going to", example: "the club is going to sign the striker" },
  { phrase: "is to", example: "the envoy is to travel to the capital" },
];
const FUTURE = new RegExp(`\\b(?:${FUTURE_MARKERS.map((r) => r.phrase.replace(/ /g, "\\s+")).join("|")})\\b`, "i");
/** True when the clause puts what it says in the future ("the ferry is set to resume"). */
export const speaksOfFuture = (clause: string): boolean => FUTURE.test(clause);
/** A question that itself asks about the future ("will she visit?", "is he going to …") is answered by a plan. */
export const ASKS_FUTURE =
  /\b(will|shall|going to|gonna|soon|plan|plans|planned|expected|set to|due to|next|future|later)\b/i;

/**
 * Adverbs that, before a participle opening a clause set off by commas, report what is commonly
 * said rather than what the article finds: "Sheep grazing, often blamed for the loss of birds, had
 * no effect". Each row with a made-up clause it fires on.
 */
export const COMMON_VIEW_ADVERBS: readonly { word: string; example: string }[] = [
  { word: "often", example: "often blamed for the loss of moorland birds," },
  { word: "widely", example: "widely seen as the favourite," },
  { word: "commonly", example: "commonly thought to be extinct," },
  { word: "long", example: "long considered the safest route," },
  { word: "sometimes", example: "sometimes described as a cure," },
  { word: "once", example: "once believed to be the oldest bridge in the county," },
  { word: "traditionally", example: "traditionally held to bring luck," },
  { word: "popularly", example: "popularly credited with the find," },
];
const COMMON_VIEW = new RegExp(
  `^(?:${COMMON_VIEW_ADVERBS.map((r) => r.word).join("|")})\\s+\\p{L}+(?:ed|en|wn|ght|ld)\\b`,
  "iu",
);
/** True when the clause opens on a commonly held view: "often blamed for …,". */
export const reportsCommonView = (clause: string): boolean => COMMON_VIEW.test(clause.trim());

/** A clause of what would or could be: "they would need seven more seats", "it could take years". */
const CONDITIONAL = /\b(?:would|could|might)\b/i;

/** "Is the mayor visiting the island?", "are they travelling to …": the present progressive of a plan. */
const ASKS_ARRANGEMENT = /^(?:is|are)\s+(?:\S+\s+){1,4}?\p{L}+ing\b/iu;

/**
 * "Are gulls hunters or scavengers?" offers answers to choose from: neither "yes" nor "no" answers
 * it. ("Is it true or not?", "more or less", "two or three" still ask yes or no.)
 */
export const OFFERS_ALTERNATIVES =
  /\b(?!(?:more|less|sooner|later|one|two|three|four|five|\d+)\b)[a-z]+,?\s+or\s+(?!(?:not|no|so|otherwise|more|less|two|three|four|five|six|\d+)\b)[a-z]/i;

/** A question about every one of a group: "did all the miners get out?". */
const ASKS_ALL = /\b(?:all|every|everyone|everybody|each)\b/i;
/** A sentence about some of a group: "three of whom survived", "most of the miners". */
const SOME_OF =
  /\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|few|half|several)\s+of\s+(?:whom|them|which|these|those|the|its|his|her|their)\b/i;

export function answerYesNo(
  best: ScoredSentence,
  terms: readonly QueryTerm[],
  askedVerb: string | undefined,
  question = "",
  unverifiedNext?: Sentence,
): Reply {
  const text = best.sentence.text;
  // Clauses split at punctuation and before "who"/"which": "cases among children who had not been
  // vaccinated" says the cases were among children; the "not" is about the children.
  // (A dash opens a clause too: "all gulls are scavengers – there are no hunters".)
  const clauses = text.split(/(?<=[,;:])\s+|\s+[–—]\s+|\s+(?=(?:who|which)\s)/);
  const asked = new Set(terms.filter((t) => t.known).map((t) => t.key));
  // Each clause's words, tokenised once.
  const clauseWords = new Map(clauses.map((c) => [c, tokenize(c)]));
  const held = new Map(clauses.map((c) => [c, clauseWords.get(c)!.filter((w) => asked.has(w.key)).length]));
  // On a tie, the longer clause: "The deal," holds "deal" but says nothing about it.
  const deciding = clauses.reduce((a, b) =>
    held.get(b)! > held.get(a)! || (held.get(b) === held.get(a) && b.length > a.length) ? b : a,
  );
  // "Was she a violinist?" is not affirmed by "she married the violinist Jonas Pell": the noun is
  // the title of someone the question does not name.
  const titled = titleOfAnother(text, question);
  if (titled) {
    return decline(`The article doesn't say so; the ${titled.noun} it names is ${titled.name}.`, [
      toQuote(best.sentence),
    ]);
  }
  // "Is Kelby Chilean?" is answered by the words that go with Kelby's name, not by "Chilean" elsewhere
  // in the sentence: "Peruvian envoy Ana Kelby met Chilean officials" says no.
  const nation = nationOfName(text, question);
  if (nation && (nation.same || nation.other)) {
    const answer = `${nation.same ? "Yes" : "No"} — ${nation.phrase.replace(/[,;:]$/, "")}`;
    return { answered: true, answer, quotes: [toQuote(best.sentence)], related: [] };
  }
  if (nation) {
    return decline(`The article doesn't say so of ${nation.name}.`, [toQuote(best.sentence)]);
  }
  // "Did the council do anything?" names no deed: a yes would only say that the sentence names the
  // council. The sentence is shown for the reader to judge.
  if (ASKS_ANY_DEED.test(question.trim())) return passage("The article says:", [toQuote(best.sentence)]);
  // "Is the crater the coldest place?" is not affirmed by "one of the coldest places": the sentence
  // is shown, and the reader sees which it says.
  if (oneOfTheAsked(text, question)) return passage("The article says:", [toQuote(best.sentence)]);
  // "Did all his children survive?" is not affirmed by "five children, three of whom survived": the
  // sentence speaks of some of them, and the reader sees how many.
  if (ASKS_ALL.test(question) && SOME_OF.test(text)) return passage("The article says:", [toQuote(best.sentence)]);
  // "Did it reach number one?" of "reached number two"; "is it their first album?" of "their third
  // album": the sentence gives another figure in the same place, so the answer is no.
  const otherFigure = figureInPlace(text, question);
  if (otherFigure)
    return { answered: true, answer: `No — ${otherFigure}`, quotes: [toQuote(best.sentence)], related: [] };
  // "Does Dunmere talk to Velt?" is not affirmed by "Dunmere officials meet the guild while tensions
  // rise between Velt and Tull": a name the question asks about must stand in the clause that
  // decides, not only in another one.
  // "Did 63 treated cows fall ill?" of "Among treated cows, 12 fell ill, compared with 63 in the
  // untreated herd": the figure asked belongs to the other group. The sentence is shown, not affirmed.
  if (figureOfContrast(text, terms)) return passage("The article says:", [toQuote(best.sentence)]);
  const elsewhere = nameOutsideClause(deciding, terms) ?? nameInContrast(deciding, clauses, clauseWords, terms);
  if (elsewhere) {
    return decline(`The article doesn't say that about “${elsewhere}”.`, [toQuote(best.sentence)]);
  }
  // "Were the two fires linked?" of "… it was too early to say whether the two fires were linked":
  // neither yes nor no, and the article says so.
  if (statesUnknown(deciding)) {
    return decline(`The article says this is not known: “${trimClause(deciding)}”.`, [toQuote(best.sentence)]);
  }
  // The asked verb, or for "were the children vaccinated?" any of the question's words.
  const verbKey = askedVerb ? terms.find((t) => t.lower === askedVerb)?.key : undefined;
  // "Did Olden shares fall?" of "Shares in Olden rose 18%, while Brekford shares fell 3%": the
  // clause about Olden says the opposite of the verb asked, which only the other clause has.
  const decidingKeys = new Set(clauseWords.get(deciding)!.map((w) => w.key));
  // (The question's last word of content is what it asks of the subject: "fall", whatever a tagger calls it.)
  // (Or a word the articles never use whose opposite the clause says: "fall" of "rose".)
  const last = [...terms]
    .reverse()
    .find((t) => !t.isName && (t.known || decidingKeys.has(oppositeOutcome(t.key) ?? "")));
  const reversed =
    last !== undefined && !decidingKeys.has(last.key) && [...antonymKeys(last.key)].some((a) => decidingKeys.has(a));
  if (reversed)
    return { answered: true, answer: `No — ${trimClause(deciding)}`, quotes: [toQuote(best.sentence)], related: [] };
  const keys = verbKey ? [verbKey] : [...asked];
  // "Does the council blame the Guild?" is not affirmed by "… talks between the Guild and the
  // port, blaming the weather for the delay": the name asked after the verb must be what the
  // sentence's verb is done to.
  const other = verbKey ? otherObject(text, question, askedVerb!, verbKey, terms) : undefined;
  if (other) return decline(`The article doesn't say so; what it says is “${other}”.`, [toQuote(best.sentence)]);
  // ("Has the council asked the firm to repair it?" asks about the asking itself, which the clause says.)
  const asksAboutAsking = NOT_YET.test(question) && /\bto\s+\S+/i.test(question);
  if (!asksAboutAsking && keys.some((k) => notYetDone(deciding, k))) {
    // ("Is she going to appeal?" asks about a plan, which "she intends to appeal" tells; whether
    // it will come about, the reader judges from the words.)
    if (ASKS_FUTURE.test(question)) return passage("The article says:", [toQuote(best.sentence)]);
    return decline(`The article doesn't say that it happened; it says someone “${trimClause(deciding)}”.`, [
      toQuote(best.sentence),
    ]);
  }
  // "Was the mayor on the island?" is not affirmed by "the mayor will soon visit the island".
  // ("Is the mayor visiting the island?" asks about an arrangement, which a plan answers.)
  if (
    speaksOfFuture(deciding) &&
    !ASKS_FUTURE.test(question) &&
    !ASKS_ARRANGEMENT.test(question) &&
    !deniesOrLeavesOpen(deciding)
  ) {
    return decline(`The article doesn't say that it has happened, only that it will: “${trimClause(deciding)}”.`, [
      toQuote(best.sentence),
    ]);
  }
  // "Did they win a majority?" is not affirmed by "they would need seven more seats to win a
  // majority": what would be, or could, is not what is. (Unless that is what is asked: "would
  // they need more seats?", "is he appealing?" of "he would appeal". The modal must come before
  // the words asked: "conceded defeat and said he would step down" did concede.)
  // (What the question asks of its subject: its known words that are no names.)
  const predicate = new Set(terms.filter((t) => t.known && !t.isName).map((t) => t.key));
  const firstAsked = clauseWords.get(deciding)!.find((w) => predicate.has(w.key));
  if (
    firstAsked !== undefined &&
    CONDITIONAL.test(deciding.slice(0, firstAsked.start)) &&
    !CONDITIONAL.test(question) &&
    !ASKS_FUTURE.test(question) &&
    !ASKS_ARRANGEMENT.test(question) &&
    !deniesOrLeavesOpen(deciding)
  ) {
    return decline(`The article doesn't say that it is so, only what would be: “${trimClause(deciding)}”.`, [
      toQuote(best.sentence),
    ]);
  }
  // "Did the guild raise the fees?" is not affirmed by "the guild claims the fees doubled": the
  // name asked about is only who says so.
  const speaker = onlySpeaker(text, terms, question);
  if (speaker) {
    return decline(`The article doesn't say that; it says only what ${speaker} claims: “${trimClause(deciding)}”.`, [
      toQuote(best.sentence),
    ]);
  }
  // "… a figure the ministry has not confirmed": the clause that says it is unverified is the one to show.
  const unverified = deniesOrLeavesOpen(deciding) ? undefined : clauses.find((c) => flagsUnverified(c));
  // "won the election …, but fell short of a majority": a negated clause holding a word of the
  // question that the deciding clause lacks ("majority") decides that part, and so the answer.
  // (Names don't count: "Dunmere, which does not consider Velt …, has urged Velt to …" still urged.)
  const lacking = (c: string) => clauseWords.get(c)!.some((w) => predicate.has(w.key) && !decidingKeys.has(w.key));
  const negatedElsewhere = deniesOrLeavesOpen(deciding)
    ? undefined
    : clauses.find((c) => c !== deciding && deniesOrLeavesOpen(c) && lacking(c));
  // "Does it have seeds?" of "it spreads by spores rather than seeds": what a clause sets aside
  // with "rather than" or "instead of" it denies.
  const setAside = RATHER_THAN.exec(deciding);
  const deniedByContrast =
    setAside !== null &&
    tokenize(deciding.slice(setAside.index + setAside[0].length)).some(
      (w) => predicate.has(w.key) && !tokenize(deciding.slice(0, setAside.index)).some((v) => v.key === w.key),
    );
  const no =
    deniedByContrast ||
    deniesOrLeavesOpen(withoutAskedDenial(deciding, question)) ||
    negatedElsewhere !== undefined ||
    unverified !== undefined ||
    flagsUnverified(text);
  // "Is the guild a charity?" is not answered by "the council, which does not consider the guild a
  // charity, …": that is one side's view, given as the reader's answer only when the question
  // asks for a view ("according to the council", "does the council consider …").
  // (The view must hold what is asked of the name, not only the name: "Dunmere, which does not
  // consider Velt a charity, has urged Velt to pay" still answers "did Dunmere urge Velt to pay?".)
  // "Are sheep to blame?" is not affirmed by "Sheep grazing, often blamed for the loss of birds, had
  // no effect": a clause set off to say what is commonly said is no finding of the article's.
  if (reportsCommonView(deciding) && !ASKS_VIEW.test(question))
    return decline(`The article doesn't say so; it says only what is commonly said: “${trimClause(deciding)}”.`, [
      toQuote(best.sentence),
    ]);
  const view = clauses.find((c) => OPINION.test(c) && clauseWords.get(c)!.some((w) => predicate.has(w.key)));
  if (view && !ASKS_VIEW.test(question)) return passage("The article gives a view:", [toQuote(best.sentence)]);
  // "Was anyone hurt?" is not answered No by "the other guard was not hurt": a denial about one of
  // them says nothing of the rest. Only a denial of all ("no one", "none of", "not … any") does.
  // (A claim not yet verified is so for everyone: "has anyone confirmed the claim?" is answered No.)
  if (
    no &&
    ASKS_ANYONE.test(question) &&
    deniesOrLeavesOpen(deciding) &&
    !DENIES_ALL.test(deciding) &&
    !flagsUnverified(deciding)
  ) {
    return passage("The article says:", [toQuote(best.sentence)]);
  }
  // "Did 50 hostages die?" asked of a claim the next sentence calls unverified: neither yes nor no,
  // the claim and its caveat are shown.
  // "Is the claim of 50 dead confirmed?": the next sentence, which says it is not yet, answers.
  if (!no && unverifiedNext && ASKS_ABOUT_PROOF.test(question)) {
    return {
      answered: true,
      answer: `No — ${trimClause(unverifiedNext.text)}`,
      quotes: [toQuote(unverifiedNext), toQuote(best.sentence)],
      related: [],
    };
  }
  if (!no && unverifiedNext && !ASKS_ABOUT_PROOF.test(question)) {
    return passage("The article reports it as a claim that is not yet verified:", [
      toQuote(best.sentence),
      toQuote(unverifiedNext),
    ]);
  }
  // "Will rates rise again?" is not affirmed by "the committee voted for the rise": what happened
  // is not what will.
  if (!no && /^(will|shall)\b/i.test(question.trim()) && !speaksOfFuture(deciding) && inThePast(deciding)) {
    return decline(`The article doesn't say that it will, only what happened: “${trimClause(deciding)}”.`, [
      toQuote(best.sentence),
    ]);
  }
  // "Is the river polluted?" of "… smoke may have polluted the river": a possibility, not a yes.
  if (!no && HEDGED.test(deciding) && !HEDGED.test(question)) {
    return passage("The article says only that it may be so:", [toQuote(best.sentence)]);
  }
  const clause = trimClause(negatedElsewhere ?? unverified ?? deciding);
  const short = clause.split(/\s+/).length <= 16 ? clause : "";
  // "Yes — 224 hostages are held, according to army sources": who says so goes with it.
  const source = findAttribution(text);
  const credited = source && !no && !clause.includes(source) ? `, ${source.replace(/^The\b/, "the")}` : "";
  return {
    answered: true,
    answer: `${no ? "No" : "Yes"}${short ? ` — ${short}${credited}` : ""}`,
    quotes: [toQuote(best.sentence)],
    related: [],
  };
}

/**
 * The name of the question that the sentence gives only as the source of a claim ("the Harbour
 * Guild claims …"), and nowhere else; undefined when the question itself asks what someone says.
 */
function onlySpeaker(text: string, terms: readonly QueryTerm[], question: string): string | undefined {
  if (ASKS_WHAT_IS_SAID.test(question)) return undefined;
  const source = findAttribution(text);
  if (!source || /^(according to|citing)\b/i.test(source)) return undefined;
  const sourceKeys = new Set(tokenize(source).map((w) => w.key));
  const rest = tokenize(text.replace(source, " ")).map((w) => w.key);
  const speaker = terms.find((t) => t.isName && t.known && sourceKeys.has(t.key) && !rest.includes(t.key));
  return speaker ? withoutSayVerb(source) : undefined;
}
/**
 * For "is/was X a NOUN?", the NOUN the sentence writes as the title of a name the question lacks
 * ("the violinist Jonas Pell"), with that name; undefined when it does not.
 */
function titleOfAnother(text: string, question: string): { noun: string; name: string } | undefined {
  const asked = /^(?:is|was|are|were)\s+(.+?)\s+(?:a|an|the)\s+(?:\S+\s+)?(\p{L}+)\s*\??$/iu.exec(question.trim());
  if (!asked) return undefined;
  const noun = asked[2]!.toLowerCase();
  const subject = new Set(tokenize(asked[1]!).map((w) => w.lower));
  const terms = tagSentence(text);
  for (let i = 0; i + 1 < terms.length; i++) {
    if (terms[i]!.lower !== noun || !isProper(terms[i + 1]!) || /^\p{Lu}/u.test(terms[i]!.text)) continue;
    let end = i + 1;
    while (end < terms.length && isProper(terms[end]!)) end++;
    const name = terms.slice(i + 1, end);
    if (!name.some((t) => subject.has(t.lower))) return { noun, name: text.slice(name[0]!.start, name.at(-1)!.end) };
  }
  return undefined;
}

/**
 * For "is/was X (a) DEMONYM …?" ("is Kelby Chilean?", "was Ana Ruiz a Peruvian diplomat?"), the
 * words that go with X's name in the sentence: its title before it and an aside after it
 * ("Peruvian envoy Ana Kelby, the guild's adviser,"). `same` when they hold the asked country,
 * `other` when they hold another one; undefined when the question is not of that kind or the
 * sentence does not hold the name.
 */
function nationOfName(
  text: string,
  question: string,
): { name: string; phrase: string; same: boolean; other: boolean } | undefined {
  const m = /^(?:is|was|are|were)\s+(.+?)\s*\??$/i.exec(question.trim());
  if (!m) return undefined;
  const asked = tokenize(m[1]!);
  // The country word after the subject's first word: "is Ana Kelby Chilean?", "was Kelby a Chilean envoy?".
  const n = asked.findIndex((w, i) => i > 0 && NATION_KEYS.has(w.key));
  if (n < 0 || n < asked.length - 3) return undefined;
  const last = asked
    .slice(0, n)
    .filter((w) => !/^(?:a|an|the)$/i.test(w.lower))
    .at(-1);
  if (!last) return undefined;
  const words = tagSentence(text);
  const at = words.findIndex((w) => w.lower === last.lower && isProper(w));
  if (at < 0) return undefined;
  // The name's first word, then the title before it back to a clause break (at most six words), or
  // the aside before it ("the envoy of Peru, Ana Kelby"); and the aside after it, to the next break.
  let first = at;
  while (first > 0 && isProper(words[first - 1]!) && !endsClause(words[first - 1]!)) first--;
  const back = (from: number) => {
    let k = from;
    while (
      k > 0 &&
      from - k < 6 &&
      !endsClause(words[k - 1]!) &&
      !/^(?:and|or|with|by|to|that)$/i.test(words[k - 1]!.lower)
    )
      k--;
    return k;
  };
  let start = back(first);
  const asideBefore = start === first && first > 0 && endsClause(words[first - 1]!);
  if (asideBefore) start = back(first - 1);
  // (An aside after the name ends at a break within eight words; after an aside before it, the
  // comma only closes the name: "the envoy of Peru, Ana Kelby, will visit …".)
  let end = at + 1;
  if (endsClause(words[at]!) && !asideBefore) {
    const close = words.slice(at + 1, at + 9).findIndex((w) => endsClause(w));
    if (close >= 0) end = at + 2 + close;
  }
  const phrase = words.slice(start, end);
  const nations = phrase.filter((w) => NATION_KEYS.has(w.key)).map((w) => w.key);
  return {
    name: words[at]!.text,
    phrase: text.slice(phrase[0]!.start, phrase.at(-1)!.end),
    same: nations.includes(asked[n]!.key),
    other: nations.length > 0 && !nations.includes(asked[n]!.key),
  };
}

/**
 * For "does X VERB Y?", with Y a name: the verb's phrase in the sentence ("blaming the weather
 * for the delay") when Y stands elsewhere in the sentence but not in it; undefined otherwise.
 */
function otherObject(
  text: string,
  question: string,
  askedVerb: string,
  verbKey: string,
  terms: readonly QueryTerm[],
): string | undefined {
  const q = tokenize(question);
  const at = q.findIndex((w) => w.lower === askedVerb);
  const objectKeys = new Set(q.slice(at + 1).map((w) => w.key));
  const names = terms.filter((t) => t.isName && t.known && objectKeys.has(t.key));
  if (at < 0 || !names.length) return undefined;
  const words = tokenize(text);
  const uses = words.flatMap((w, i) => (w.key === verbKey ? [i] : []));
  if (!uses.length) return undefined;
  // The end of the run of words after word i, up to `most` more, that no `stop` mark interrupts.
  const runEnd = (i: number, most: number, stop: RegExp) => {
    let end = i + 1;
    while (end < words.length && end - i <= most && !stop.test(text.slice(words[end - 1]!.end, words[end]!.start)))
      end++;
    return end;
  };
  const clauseEnd = (i: number) => runEnd(i, 10, /[,;:.]/);
  // ("maintains ties with key players, including Velt and Tull": the list names who they are.)
  const withList = (end: number) =>
    end >= words.length || !LIST_OF_THEM.test(text.slice(words[end - 1]!.end)) ? end : runEnd(end - 1, 26, /[;:.]/);
  const phrases = uses.map((i) => words.slice(i, withList(clauseEnd(i))));
  if (phrases.some((p) => names.some((n) => p.some((w) => w.key === n.key)))) return undefined;
  // ("urged the harbour group to …" may mean the name: a group or a person named by a common noun.)
  if (phrases.some((p) => p.slice(1, 5).some((w) => COLLECTIVE_NOUNS.has(w.lower) || PEOPLE_NOUNS.includes(w.lower))))
    return undefined;
  const first = phrases[0]!;
  return text.slice(first[0]!.start, first.at(-1)!.end);
}

/** A list after a comma that names the ones just spoken of: ", including …", ", such as …". */
const LIST_OF_THEM = /^\s*,\s*(?:including|such\s+as|notably|among\s+them)\b/i;
const CONTRAST_OPENING = /^(?:while|whereas|but|although|though)\b/i;
/**
 * A clause of another deed of the subject's, after a comma: "…, blaming the failure of Velt's
 * diplomacy". (Not "including …", which names some of the subject, nor "according to …"; nor a
 * sentence's opening word, "Outgoing Prime Minister …".)
 */
const PARTICIPLE_OPENING = /^(?!including\b|according\b)\p{Ll}+ing\b/u;

/**
 * "Did Velt shares rise?" of "Tull shares rose 8%, while Velt shares fell 3%": a name of the
 * question that stands, not in the deciding clause, but in a clause set against it ("while",
 * "whereas", "but", "although"), or in one of another deed ("did Velt call for talks?" of
 * "Tull called for talks, blaming Velt").
 */
function nameInContrast(
  deciding: string,
  clauses: readonly string[],
  clauseWords: ReadonlyMap<string, readonly { key: string; text: string }[]>,
  terms: readonly QueryTerm[],
): string | undefined {
  const inDeciding = new Set(clauseWords.get(deciding)!.map((w) => w.key));
  for (const c of clauses) {
    if (c === deciding || !(CONTRAST_OPENING.test(c.trim()) || PARTICIPLE_OPENING.test(c.trim()))) continue;
    const words = clauseWords.get(c)!;
    const name = terms.find((t) => t.isName && t.known && !inDeciding.has(t.key) && words.some((w) => w.key === t.key));
    if (name) return words.find((w) => w.key === name.key)!.text;
  }
  return undefined;
}

/** A figure as a number: "two" and "2" alike; an ordinal by its place ("third" → 3). */
function figureValue(word: string): number | undefined {
  return ordinalValue(word) ?? numberValue(word);
}

/**
 * The sentence's words that put another figure where the question puts one: after the same word
 * ("number one" asked, "number two" said) or, for an ordinal, before the same noun ("first album"
 * asked, "third album" said). Undefined when it has none, or the same figure.
 */
function figureInPlace(text: string, question: string): string | undefined {
  const asked = tokenize(question);
  const said = tokenize(text);
  for (let i = 0; i < asked.length; i++) {
    const value = figureValue(asked[i]!.lower);
    if (value === undefined) continue;
    const ordinal = ORDINAL_WORDS.includes(asked[i]!.lower);
    // The word the figure goes with: the noun after an ordinal, the word before a number.
    const partner = ordinal ? asked[i + 1] : asked[i - 1];
    if (!partner || isStopword(partner.lower)) continue;
    // (Where the sentence has the asked figure too, it may say both: "its third title and its first
    // since 2009".)
    if (said.some((w) => figureValue(w.lower) === value && ORDINAL_WORDS.includes(w.lower) === ordinal)) continue;
    for (let k = 0; k < said.length; k++) {
      const at = ordinal ? k - 1 : k + 1;
      if (said[k]!.key !== partner.key || !said[at]) continue;
      const other = figureValue(said[at]!.lower);
      if (other === undefined || other === value || ORDINAL_WORDS.includes(said[at]!.lower) !== ordinal) continue;
      const [from, to] = ordinal ? [said[at]!, said[k]!] : [said[k]!, said[at]!];
      return text.slice(from.start, to.end);
    }
  }
  return undefined;
}

/** The question asks "the coldest …" / "the most …" and the sentence says "one of the" same. */
function oneOfTheAsked(text: string, question: string): boolean {
  const asked = /\bthe\s+((?:most|least)\s+\p{L}+|\p{L}+est)\b/iu.exec(question)?.[1];
  if (!asked || /\bone\s+of\s+the\b/i.test(question)) return false;
  return new RegExp(`\\bone\\s+of\\s+the\\s+${asked.replace(/\s+/g, "\\s+")}\\b`, "i").test(text);
}

/**
 * True when a figure of the question stands in the sentence only inside a contrast ("compared with
 * 63 in the untreated herd") that holds none of the question's other words.
 */
function figureOfContrast(text: string, terms: readonly QueryTerm[]): boolean {
  const words = tagSentence(text);
  const inside = insideContrast(words);
  if (!inside.includes(true)) return false;
  const figure = (t: QueryTerm) => /^\d/.test(t.lower);
  const figures = terms.filter((t) => t.known && figure(t));
  const others = new Set(terms.filter((t) => t.known && !figure(t)).map((t) => t.key));
  const insideOnly = (key: string) => words.every((w, i) => w.key !== key || inside[i]);
  const contrastHolds = words.some((w, i) => inside[i] && others.has(w.key));
  return figures.some((t) => words.some((w) => w.key === t.key) && insideOnly(t.key)) && !contrastHolds;
}

/**
 * A name of the question that the deciding clause holds only after "while" or "whereas", in a
 * second clause of its own (the clauses are split at punctuation already).
 */
function nameOutsideClause(deciding: string, terms: readonly QueryTerm[]): string | undefined {
  const [main, ...others] = deciding.split(/\s+(?:while|whereas)\s+/i);
  if (!others.length) return undefined;
  const inMain = new Set(tokenize(main!).map((w) => w.key));
  const inOthers = new Map(others.flatMap((o) => tokenize(o).map((w) => [w.key, w.text] as const)));
  const name = terms.find((t) => t.isName && t.known && !inMain.has(t.key) && inOthers.has(t.key));
  return name ? inOthers.get(name.key) : undefined;
}

/** Verbs that give someone's view of a thing: "considers the guild a charity", "regards it as …". */
const RATHER_THAN = /\b(?:rather than|instead of)\b/i;
const OPINION_VERBS =
  "consider|considers|considered|regard|regards|regarded|deem|deems|deemed|view|views|viewed|believe|believes|believed";
const OPINION = new RegExp(`\\b(?:${OPINION_VERBS})\\b`, "i");

/** "did the council do anything?", "has the mayor done something?": a deed asked of, none named. */
const ASKS_ANY_DEED =
  /^(?:did|does|do|has|have|had|will|is|are)\s+\S.*?\s+(?:do|done|doing)\s+(?:anything|something|much)\s*\??$/i;

/** A question about anyone at all: "was anyone hurt?", "did any ships sink?". */
const ASKS_ANYONE = /\b(anyone|anybody|anything|any)\b/i;
/** A denial of every one: "no one was hurt", "none of the ships sank", "did not find any survivors". */
const DENIES_ALL = /\b(no|none|nobody|nothing|neither|never)\b|\bnot\s+(?:\S+\s+){0,3}any/i;

/** True when the clause tells of the past ("the committee voted for the rise"). */
function inThePast(clause: string): boolean {
  return tagSentence(clause).some((w) => w.tags.has("PastTense") && w.tags.has("Verb"));
}

/** A clause that says something only may be so: "may have polluted", "could be closed", "might reopen". */
// (Case counts: "May" with a capital is the month, "born 14 May 1881".)
const HEDGED = /\b(may|might|could|possibly|perhaps|probably|likely|Possibly|Perhaps|Probably|Likely)\b/;
/** "Has the figure been verified?", "is it confirmed": a question about the proof itself, answered by the caveat. */
const ASKS_ABOUT_PROOF = /\b(verif\w*|confirm\w*|true|proven|proof|real|authentic\w*|checked)\b/i;
const SAY_FORMS = [...SAY_VERB_FORMS].join("|");
/** A question that asks for someone's view ("according to …", "does X consider …", "who says …"). */
const ASKS_VIEW = new RegExp(`\\b(?:according|think|thinks|${OPINION_VERBS}|${SAY_FORMS})\\b`, "i");
const ASKS_WHAT_IS_SAID = new RegExp(`\\b(according to|${SAY_FORMS}|tell|accuse[sd]?|blame[sd]?)\\b`, "i");

/** "has urged the group to release all hostages": the asked verb comes after "to", behind a verb of wanting. */
export function notYetDone(clause: string, verbKey: string): boolean {
  const words = tokenize(clause);
  const v = words.findIndex((w) => w.key === verbKey);
  if (v <= 0) return false;
  if (words[v - 1]!.lower === "to" && NOT_YET.test(clause.slice(0, words[v - 1]!.start))) return true;
  // "have called for a ceasefire": a thing only asked for is not there yet.
  const before = clause.slice(0, words[v]!.start);
  return ASKED_FOR.test(before);
}

/** Ways of asking for a thing, right before it: "called for a truce", "pressed for new talks". */
export const ASKED_FOR_PHRASES: readonly { phrase: string; example: string }[] = [
  { phrase: "called for", example: "the mayor called for a truce" },
  { phrase: "calls for", example: "the union calls for a pay rise" },
  { phrase: "calling for", example: "protesters are calling for an inquiry" },
  { phrase: "pushing for", example: "the council is pushing for a new bridge" },
  { phrase: "pushed for", example: "the envoy pushed for a ceasefire" },
  { phrase: "pressed for", example: "the families pressed for an inquiry" },
  { phrase: "appealed for", example: "the charity appealed for donations" },
  { phrase: "demanded", example: "the strikers demanded a pay rise" },
  { phrase: "proposed", example: "the minister proposed a new tax" },
  { phrase: "advocating for", example: "the bishop is advocating for peace talks" },
  { phrase: "advocated for", example: "the bishop advocated for peace talks" },
  { phrase: "hoping for", example: "the villagers are hoping for rain" },
  { phrase: "hoped for", example: "the growers hoped for a better harvest" },
  { phrase: "hopes for", example: "the coach hopes for a draw" },
  // Not decided yet: "the union will hold a ballot on strike action" says no one has struck.
  { phrase: "ballot on", example: "the union will hold a ballot on strike action" },
  { phrase: "vote on", example: "next week members will vote on the merger" },
  { phrase: "voting on", example: "shareholders are voting on the takeover" },
  { phrase: "decide on", example: "in May the board will decide on the closure" },
  { phrase: "considering", example: "the council is considering a ban" },
];
const ASKED_FOR = new RegExp(
  // (No clause ends between: "called for calm, blaming the drains" blames.)
  `\\b(?:${ASKED_FOR_PHRASES.map((r) => r.phrase.replace(/ /g, "\\s+")).join("|")})\\s+(?:[^\\s,;:]+\\s+){0,2}$`,
  "i",
);

function trimClause(clause: string): string {
  return clause.replace(/^(which|who|that|and|but|however)\s+/i, "").replace(/[,;:.]+$/, "");
}
