// Picks the short answer inside a sentence: the candidate of the right type that sits where the
// question's missing piece would be (the subject of the asked verb, its object, the number
// counting the asked thing), close to the words the question shares with the sentence.
import { ASKS_AGE, type AnalysedQuestion, asksForRoleHolder, nounAskedFor } from "../question/analyse-question.ts";
import {
  endsClause,
  isNumber,
  isProper,
  isVerb,
  tagSentence,
  type TaggedTerm,
  usedAsVerb,
} from "../text/tag-sentence.ts";
import { isStopword, stem, termKey, tokenize } from "../text/tokens.ts";
import { COUNTRY_GROUPS } from "../text/countries.ts";
import { IRREGULAR_VERBS } from "../text/words.ts";
import { findAttribution, SAY_VERB_FORMS, SAY_VERBS } from "../analysis/attribution.ts";
import {
  candidateText,
  clausesOf,
  datelineEnd,
  findCandidates,
  prepositionBefore,
  type Candidate,
} from "../analysis/candidates.ts";
import { RELATIVE_TIME_PATTERN } from "../text/dates.ts";
import { type WordRow, keysOf } from "../text/word-rows.ts";
import { insideDiscoursePhrase } from "../text/discourse-phrases.ts";
import { insideContrast } from "../text/contrast-phrases.ts";
import { slotShare, statementSlots } from "./statement-slot.ts";
import { COLLECTIVE_NOUNS, KIN_NOUNS, PEOPLE_NOUNS, RANK_WORDS, TITLE_MODIFIERS, TITLE_WORDS } from "../text/people.ts";
import {
  asksNamedThing,
  countsOnly,
  howUnits,
  landSizeUnits,
  moneyUnits,
  MEASURE_KINDS,
  DIMENSIONS,
  moneyPattern,
  asksPrice,
  isMeasure,
  isPhysicalMeasure,
  isDateNoun,
  dateWritten,
  isPlaceNoun,
  nounUnits,
  unitsNamed,
} from "../question/head-nouns.ts";
import { lifeDates } from "../analysis/life-dates.ts";
import { PARAMS, SPAN_FEATURES, type SpanFeature } from "./params.ts";
import {
  BLAMING_VERBS,
  CAUSING_VERBS,
  formsPattern,
  MANNER_MARKERS,
  MEANS_VERBS,
  TOPIC_MARKERS,
  REASON_MARKERS,
  THOUGHT_VERBS,
} from "./span-markers.ts";

export interface Span {
  text: string;
  score: number;
  candidate: Candidate;
  /** Other candidates of the asked type in the sentence, and the best of their scores: rivals make an answer less sure. */
  rivals?: number;
  runnerUp?: number;
  /** Only a phrase near the asked words, not of the kind asked (no cause for "why?"): no short answer. */
  guess?: true;
  /**
   * It stands where the question turned into a statement puts the answer ("X chairs the board"
   * for "who chairs the board?"): the sentence says the question of it (statement-slot.ts).
   */
  fillsSlot?: true;
}

/**
 * Events a number can count: a count of one event does not answer a question about another
 * ("How many were freed?" is not answered by "50 hostages … were killed"). Each example uses the
 * word as a verb, as the count penalty reads it.
 */
export const EVENT_VERBS: readonly WordRow[] = [
  { word: "killed", example: "At least 12 people were killed in the blast." },
  { word: "released", example: "Four sailors were released on Friday." },
  { word: "wounded", example: "Two guards were wounded in the raid." },
  { word: "injured", example: "Thirty fans were injured in the crush." },
  { word: "kidnapped", example: "Gunmen kidnapped 20 pupils from the school." },
  { word: "arrested", example: "Nine protesters were arrested overnight." },
  { word: "rescued", example: "Divers rescued 15 miners from the shaft." },
  { word: "evacuated", example: "About 3,000 residents were evacuated from the valley." },
  { word: "displaced", example: "The floods displaced 8,000 villagers." },
  { word: "missing", example: "Six climbers went missing on the ridge." },
  { word: "born", example: "Some 200 lambs were born this spring." },
  { word: "attacked", example: "Rebels attacked 3 convoys last week." },
];
const EVENT_KEYS = keysOf(EVENT_VERBS);

/** True when the term is a verb naming a countable event: "12 people were killed". */
export const isEventVerb = (t: TaggedTerm) => EVENT_KEYS.has(t.key) && isVerb(t);

/**
 * Verbs that say the same of both sides ("Ada met Oren" is "Oren met Ada"): asked "who did Oren
 * meet?", the sentence that puts Oren after the verb answers it. Each row with a made-up sentence,
 * a question it answers and that answer.
 */
export const RECIPROCAL_VERBS: readonly (WordRow & { question: string; answer: string })[] = [
  {
    word: "met",
    example: "Mayor Ada Brek met with the leaders of the dock union on Friday.",
    question: "who did the dock union meet?",
    answer: "Mayor Ada Brek",
  },
  {
    word: "married",
    example: "In 1850 Oren Task married Ilka Vell.",
    question: "who did Ilka Vell marry?",
    answer: "Oren Task",
  },
  {
    word: "negotiated",
    example: "Ada Brek negotiated with the Harbour Guild for a week.",
    question: "who did the Harbour Guild negotiate with?",
    answer: "Ada Brek",
  },
  {
    word: "talked",
    example: "Ada Brek talked with the Harbour Guild on Monday.",
    question: "who did the Harbour Guild talk with?",
    answer: "Ada Brek",
  },
  {
    word: "clashed",
    example: "Members of the Carrow Youth Front clashed with the Harbour Guild outside the port.",
    question: "who did the Harbour Guild clash with?",
    answer: "Members of the Carrow Youth Front",
  },
  {
    word: "fought",
    example: "Tomas Reyes fought Oren Task in a bout lasting ten rounds.",
    question: "who did Oren Task fight?",
    answer: "Tomas Reyes",
  },
  {
    word: "played",
    example: "Carrow United played Dunmere Rovers in the cup final.",
    question: "who did Dunmere Rovers play?",
    answer: "Carrow United",
  },
  {
    word: "face",
    example: "Ilka Vell will face Ada Brek in the final on Sunday.",
    question: "who will Ada Brek face?",
    answer: "Ilka Vell",
  },
  {
    word: "merged",
    example: "Vell Foods merged with Brek Mills in 2019.",
    question: "who did Brek Mills merge with?",
    answer: "Vell Foods",
  },
];
export const RECIPROCAL_KEYS = keysOf(RECIPROCAL_VERBS);

/**
 * @param questionTerms the question's words in question order, with their keys after spelling correction
 */
const NO_PARTS = Object.fromEntries(SPAN_FEATURES.map((f) => [f, 0])) as Record<SpanFeature, number>;

export function chooseSpan(
  q: AnalysedQuestion,
  questionTerms: readonly { key: string; lower: string }[],
  weights: ReadonlyMap<string, number>,
  targetKeys: ReadonlySet<string>,
  text: string,
  spanWeights: Record<SpanFeature, number> = PARAMS.span,
): Span | null {
  const terms = tagSentence(text);
  const candidates = findCandidates(text, terms);
  if (!candidates.length || onlyParentsSpouse(q, terms)) return null;
  const matched = terms.map((t) => weights.get(t.key) ?? 0);
  const totalWeight = matched.reduce((a, b) => a + b, 0) || 1;
  // A say verb asked first: "what did the fire chief say?" turns on "say", whatever "Fire" is tagged.
  const said = (t: { lower: string }) => Number(t.lower === q.askedVerb && SAY_FORMS.has(t.lower));
  const anchor = findAnchor(
    terms,
    matched,
    [...questionTerms].sort((a, b) => said(b) - said(a)),
  );
  const asksRoleHolder = asksForRoleHolder(q) || q.asksName;
  const roleAt = asksForRoleHolder(q) ? rolePositions(q, terms) : undefined;
  // ("Who is the mayor?" of "Deputy Mayor Ada Brek opened the fair": it names another role only.)
  if (roleAt?.length === 0) return null;
  const objectQuestion = q.askedVerb !== undefined && /^(who|whom|what|which)$/.test(q.tokens[0]?.lower ?? "");
  // "What was discussed?": the thing done to, which an active sentence puts after its verb.
  // ("Who is to blame?" is the same as "who is blamed?".)
  const passiveQuestion =
    /^(who|what|which)\b.*?\b(is|are|was|were)\s+to\s+blame\b/i.test(q.text) ||
    (asksForSubject(q) &&
      /^(who|what|which)\b.*?\b(is|are|was|were|been)\s+(?:(?:only|\w+ly)\s+)?\w+(ed|en)\b/i.test(q.text));
  // Asked in the passive of a sentence in the active ("who was blamed?" of "… blaming X"), the
  // answer is the verb's object, as for "who did they blame?".
  const activeAnchor = anchor >= 0 && !beforeBe(terms, anchor) && terms[anchor + 1]?.lower !== "by";
  // "Who did the union meet?" of "The mayor met the union": a reciprocal verb says it of both
  // sides, so with the question's own subject after the verb, the answer is the one before it.
  const swapped =
    objectQuestion && anchor >= 0 && RECIPROCAL_KEYS.has(terms[anchor]!.key) && askedSubjectAfter(q, terms, anchor);
  // "Who are the hostages held by?" of "… the group is holding 200 hostages": a question ending on
  // "by" asks for the doer, whom an active sentence puts before its verb.
  const doerByAsked = /^(?:who|whom|what|which)\b.*\bby\s*\??$/i.test(q.text.trim()) && anchor >= 0 && activeAnchor;
  const subjectQuestion = asksForSubject(q) || swapped || doerByAsked;
  const asksObject = (objectQuestion || (passiveQuestion && activeAnchor)) && !swapped && !doerByAsked;

  // "Who won the Carrow Prize in 1995?" of "Ada Brek (winner of it in 1990) and Oren Task (winner
  // of the Carrow Prize in 1995) spoke": the name right before the brackets that say all it asks.
  const bracketed = q.answerType === "person" ? nameBeforeBrackets(text, terms, candidates, weights) : null;
  if (bracketed) return bracketed;
  // "What was the score?": a result written as a range ("3-1", "6-2 7-6"), or nothing here.
  if (asksScore(q)) return scoreIn(text, terms);
  // "Who won?" of "City moved top after a 3-2 win over Athletic" or "City beat Athletic 3-2": the
  // side before the win; "who lost?" the side after it.
  const contest = ASKS_WINNER.exec(q.text);
  if (contest && !q.askedVerb) {
    const side = sideOfWin(text, terms, candidates, /^(lost|lose|loses)$/i.test(contest[1]!));
    if (side) return side;
  }
  // "When was she born?" of "Edda Vorne (3 May 1881 – 2 November 1952) was …".
  const life = q.answerType === "date" ? lifeDateAsked(q, text) : undefined;
  if (life) return { text: life, score: LIFE_DATE_SCORE, candidate: wholeSentence(text, terms) };
  // "What was the meeting about?" of "… met the leaders to discuss the new rota": the topic.
  if (ASKS_TOPIC.test(q.text.trim())) {
    const topic = topicIn(text, terms, candidates);
    if (topic) return topic;
  }
  if (q.answerType === "reason") {
    const reason = (anchor >= 0 ? causeBefore(text, terms, anchor) : null) ?? reasonIn(text, terms, anchor);
    if (reason) return reason;
  }
  if (q.answerType === "manner" && anchor >= 0) {
    const manner = meansBefore(text, terms, anchor) ?? phraseFrom(text, terms, anchor, MANNER);
    if (manner) return manner;
  }
  // "What did the council urge the firm?" of "… urged the firm to repair the bridge": what was
  // urged is the deed after "to", not the one urged.
  if (q.kind === "what" && q.askedVerb && anchor >= 0 && URGING_KEYS.has(terms[anchor]!.key)) {
    const urged = actionAfter(text, terms, anchor, 5);
    if (urged) return urged;
  }
  // (Only where the sentence's verb there is the one asked: "what did Velt tell the guild to do?" is
  // not answered by what someone "revealed that …".)
  if (
    q.kind === "what" &&
    q.askedVerb &&
    anchor >= 0 &&
    !(isVerb(terms[anchor]!) && terms[anchor]!.key !== termKey(q.askedVerb))
  ) {
    // "What did Velt decide?" → "that a time-sharing system … could be profitable"; "What did
    // Bonaccini call the floods?" → "the worst in a century", the words he is quoted as using.
    const said =
      phraseFrom(text, terms, anchor, /^that$/) ??
      quotedNextTo(text, terms, anchor) ??
      (SAY_FORMS.has(q.askedVerb) ? reportedAfter(text, terms, anchor) : null);
    if (said) return said;
  }
  // "What did Bonaccini say?" of 'Bonaccini … called the floods "the worst in a century"': the
  // words in quotation marks are what he said, whatever the verb.
  if (q.kind === "what" && q.askedVerb && SAY_FORMS.has(q.askedVerb) && anchor < 0) {
    const quoted = quotedIn(text, terms);
    if (quoted) return quoted;
  }
  // "What is its scientific name?" of "The marsh shrew (Sorexa palustris) is …": the binomial in brackets.
  if (ASKS_BINOMIAL.test(q.text)) {
    const binomial = BINOMIAL.exec(text);
    if (binomial) return namedInText(text, terms, binomial.index + 1, binomial[1]!, NAME_AFTER_NOUN_SCORE);
  }
  // "What did the town have to import?" of "… bauxite, which the town had to import": what a
  // "which" clause acts on is the phrase before it, when the clause's subject is the question's.
  if (asksObject && anchor >= 0) {
    const antecedent = objectOfRelative(terms, candidates, anchor, weights);
    if (antecedent) return phraseSpan(text, terms, antecedent.from, antecedent.to, NAME_AFTER_NOUN_SCORE);
  }
  // ("Who owns the mine?" of "The mine, which is owned by Harl Group, …": that clause is in the
  // passive, and the doer asked is the one after "by".)
  // (Only for the verb the question asks the doer of, right after its question word: "which
  // player fumbled after a tackle?" is not answered by the one who tackled.)
  // (And a named doer: "led by researchers at …" leaves the name to the phrases after it.)
  const askedKey = verbAfterQuestionWord(q);
  const doneBy =
    subjectQuestion &&
    !passiveQuestion &&
    (q.answerType === "person" || q.answerType === "thing") &&
    askedKey !== undefined &&
    terms.some((t, i) => t.key === askedKey && terms[i + 1]?.lower === "by");
  if (doneBy) {
    const agent = agentAfterBy(text, terms, candidates, askedKey, false);
    if (agent && /\p{Lu}/u.test(agent.text)) return agent;
  }
  // "What fish is found nowhere else?" of "… including the Vorran char, which is found nowhere
  // else": who or what a set-off "which" clause does (or undergoes) it is the phrase before it.
  // (Of the asked type: "how many voted against?" is not answered by "Ada Brek, who voted against".)
  if ((subjectQuestion || passiveQuestion) && anchor >= 0 && !(doneBy && terms[anchor]!.key === askedKey)) {
    const antecedent = subjectOfRelative(terms, candidates, anchor);
    const typed = q.answerType === "number" || q.answerType === "date";
    if (antecedent && (!typed || fitsType(q, antecedent, terms)))
      return phraseSpan(text, terms, antecedent.from, antecedent.to, NAME_AFTER_NOUN_SCORE);
  }
  // "What is the sector dominated by?" of "… is dominated by tourism": the agent after the same
  // participle and "by".
  const byAgent = /\b(\p{L}+)\s+by\s*\??$/iu.exec(q.text)?.[1];
  const agent = byAgent ? agentAfterBy(text, terms, candidates, termKey(byAgent.toLowerCase())) : null;
  if (agent) return agent;
  // "Who did the firm sell its papers to?" of "… sold the papers, with its radio stations, to
  // Harbour Media": the phrase after the question's last preposition, past the asked verb.
  const stranded = anchor >= 0 && q.askedVerb ? strandedPreposition(q.text) : undefined;
  const object = stranded
    ? phraseAfter(terms, candidates, anchor, stranded, q.answerType, weights, q.target)
    : undefined;
  if (object) return phraseSpan(text, terms, object.from, object.to, NAME_AFTER_NOUN_SCORE);
  // "Who is the designer of the trophy?" of "… will be designed by Harbour Silver": the agent of
  // the verb the asked noun is made from.
  const maker = doerNounAsked(q.text);
  const madeBy = maker
    ? maker.map((k) => agentAfterBy(text, terms, candidates, k, false)).find((a) => a !== null)
    : null;
  if (madeBy) return madeBy;
  // "What is the target?" of "… the bank's 2% target": the value written before the noun asked.
  const valued = valueNoun(q);
  if (valued) {
    const value = valueBefore(text, terms, valued);
    if (value) return value;
  }
  // "What was the population of Carrowby in 2020?" of "… had a population of 41,000, and its
  // wider area about 90,000 people": the figure written right after "population of".
  const measured = measuredNoun(q);
  if (measured) {
    const value = valueAfterOf(terms, candidates, measured, weights);
    if (value) return phraseSpan(text, terms, value.from, value.to, 2);
  }
  // "What is the population of Carrow?" is not answered by "forcing 2,400 people to leave their
  // homes": a count of people is a population only where the sentence says they live there.
  if (
    q.answerType === "number" &&
    (q.target.at(-1) === "population" || LIVE_THERE.test(q.text)) &&
    !/\bof\s+(?:the|its|their)\s+population\b/i.test(q.text) &&
    !SAYS_RESIDENTS.test(text)
  )
    return null;
  // "Whose plant was it?" of "a fire at the Orlen Chemicals plant": the name before the noun owns it.
  const owned = /^whose\s+(\p{L}+)/iu.exec(q.text)?.[1];
  if (owned) {
    const named = nameBeforeNoun(text, terms, termKey(owned));
    if (named) return phraseSpan(text, terms, named.candidate.from, named.candidate.to - 1, NAME_AFTER_NOUN_SCORE);
    // ("Whose troops besieged it?" of "troops of Bishop Odo besieged it": the name after "of".)
    const of = ownerAfterOf(text, terms, termKey(owned));
    if (of) return of;
  }
  // "Which journal published it?" of "… in the journal Clinical Neuroscience Reports": the name
  // written right after the noun asked is which one. (Not for a number or a date: "what was the
  // population of Carrow?" is not answered by "of Carrow".)
  if (
    /^(which|what)\s/i.test(q.text) &&
    !q.asksKindOf &&
    q.target[0] &&
    !PARTITIVE.test(q.target[0]) &&
    q.answerType !== "number" &&
    q.answerType !== "date"
  ) {
    // (A noun the question writes in lower case may end a name capitalised: "which party?" of "the
    // Green Party". One it capitalises, "which Doctor?", is itself a name; and "which union leader?"
    // asks for a leader.)
    const common =
      !q.target.slice(1).some((w) => PEOPLE_NOUNS.includes(w)) && q.tokens.some((t) => t.text === q.target[0]);
    // (The noun may come last among the asked words, "what local radio station …?": the name
    // follows the head, "the local radio station Harbour FM".)
    const named =
      [...q.target]
        .reverse()
        .filter((w) => !PARTITIVE.test(w))
        .reduce<Span | null>((found, w) => found ?? nameAfterNoun(text, terms, termKey(w)), null) ??
      nameBeforeNoun(text, terms, termKey(q.target[0]), common ? q.target[0] : undefined) ??
      nameOpeningOnNoun(text, terms, termKey(q.target.at(-1)!)) ??
      quotedBeforeNoun(text, terms, termKey(q.target.at(-1)!));
    if (named) return named;
  }
  // "Carrow and what other town?", "Velt or which other firm?": the phrase the sentence joins to
  // the one named, by "and" or "or", either side of it.
  const joinedTo = /([\p{L}\d'’-]+)\s+(?:and|or)\s+(?:what|which)\s+other\b/iu.exec(q.text)?.[1];
  const partner = joinedTo ? coordinatedWith(text, terms, candidates, termKey(joinedTo.toLowerCase())) : null;
  if (partner) return partner;
  // "What is Estravia's second city?" of "… the water supply of Marlow, the country's second city,
  // after …": the name the asked words are set off after.
  if (
    (/^(what|which)\s+(is|was|are|were)\b/i.test(q.text) && q.answerType === "thing") ||
    /^who\s+(is|was)\s+the\b/i.test(q.text)
  ) {
    const named = nameBeforeApposition(text, terms, q);
    if (named) return named;
  }
  if (q.asksKindOf) {
    const kind = modifiersOf(text, terms, termKey(q.target[0]!), weights);
    if (kind) return kind;
  }
  // "What warning was issued?" of "… issued a red warning, its highest level": the asked noun with
  // what the sentence says of it, when no name says which ("what/which X was done?").
  if (
    !q.asksKindOf &&
    q.answerType === "thing" &&
    q.target.length === 1 &&
    /^(what|which)\s+\p{L}+\s+(?:is|was|are|were|has|had|have)\s+(?:been\s+)?\p{L}+(?:ed|en)\s*\??$/iu.test(q.text)
  ) {
    const kind = modifiersOf(text, terms, termKey(q.target[0]!), weights);
    if (kind) return kind;
  }
  // "What is the council doing to cut costs?" asks the deed done for that end: what comes before
  // "to cut", never the thing cut ("closing two libraries to cut costs" → "closing two libraries").
  const purpose = q.wantsAction ? ASKS_DEED_FOR_PURPOSE.exec(q.text)?.[1] : undefined;
  const forPurpose = purpose ? deedForPurpose(text, terms, termKey(purpose)) : null;
  if (forPurpose) return forPurpose;
  // ("What does the water board do?": a relative clause set off after it may say.)
  const relative = q.wantsAction && /\bdoes\b.*\bdo\s*\??$/i.test(q.text) ? relativeDeed(text, terms, matched) : null;
  if (relative) return relative;
  if (q.wantsAction && anchor >= 0 && !purpose) {
    const action = actionAfter(text, terms, anchor);
    if (action) return action;
  }
  // "What did the council do?" asked of "The council quickly approved the plan": what it did is
  // the verb phrase after the question's own words.
  if (q.wantsAction && anchor < 0) {
    const deed = deedAfter(text, terms, matched, /\bdoing\b/i.test(q.text));
    if (deed) return deed;
  }
  const source =
    (subjectQuestion && asksWhoSaid(q)) || ASKS_SOURCE.test(q.text) || asksWhomCited(q)
      ? findAttribution(text)
      : undefined;
  // "What is the agency's source?" of "The agency, citing a source in the Velt delegation, …": the
  // phrase it cites, whole, whatever words of it are names.
  if (ASKS_SOURCE.test(q.text) && source?.startsWith("citing ")) {
    const at = terms.findIndex((t) => t.lower === "citing");
    let end = at + 2;
    while (end < terms.length && end - at <= 10 && !endsClause(terms[end - 1]!)) end++;
    if (at >= 0 && end <= terms.length) return phraseSpan(text, terms, at + 1, end, 2);
  }
  // "Who is the captain?": the role nouns asked for, when the question asks who holds a role.
  const roles = ASKS_ROLE.test(q.text)
    ? new Set(q.tokens.map((t) => t.lower).filter((w) => PEOPLE_WORDS.has(w)))
    : EMPTY;
  const counted = q.answerType === "number" ? countedNoun(q) : undefined;
  const placedNouns = counted ? nounsAfterPreposition(q) : EMPTY;
  // (A noun of people written in lower case: "how many Doctor Who episodes …?" counts episodes.)
  const countsPeople =
    counted === PEOPLE_STEM ||
    (counted !== undefined &&
      PERSON_STEMS.has(counted) &&
      q.tokens.some((t) => stem(t.lower) === counted && /^\p{Ll}/u.test(t.text)));
  const askedCollective = /^(which|what)\s/i.test(q.text) && COLLECTIVE_NOUNS.has(q.target[0] ?? "");
  // "Which leader is coming?" asks for one person: "a delegation from the union" is a group.
  const askedRole = [...q.target].reverse().find((w) => PEOPLE_NOUNS.includes(w));
  const askedOnePerson =
    q.answerType === "person" &&
    /^(which|what)\s/i.test(q.text) &&
    askedRole !== undefined &&
    !COLLECTIVE_NOUNS.has(askedRole) &&
    !/s$/.test(askedRole);
  const askedNations =
    q.answerType === "number" ? new Set(q.tokens.map((t) => t.key).filter((k) => NATION_KEYS.has(k))) : EMPTY;
  const placeKind = /^(which|what)\s/i.test(q.text) && isPlaceNoun(q.target[0] ?? "") ? q.target[0] : undefined;
  let best: Span | null = null;
  let bestParts: Record<SpanFeature, number> = { ...NO_PARTS };
  let rivals = -1;
  let runnerUp = Number.NEGATIVE_INFINITY;
  let bestChoice = Number.NEGATIVE_INFINITY;
  // "Where is she from?" asks where someone comes from: a place after "from", not where she went.
  const asksOrigin = q.answerType === "place" && /\bfrom\s*\??$/i.test(q.text.trim());
  const goesSomewhere = q.answerType === "place" && !asksOrigin && MOTION.test(q.askedVerb ?? "");
  const asksAge = ASKS_AGE.test(q.text);
  const asksSize = ASKS_SIZE.test(q.text);
  const asksDeedCount =
    q.answerType === "number" && q.askedVerb !== undefined && !ASKS_TOTAL.test(q.text) && !HAVE_FORMS.test(q.askedVerb);
  const asksLength = ASKS_LENGTH.test(q.text);
  const asksShare =
    q.answerType === "number" && /^(percent|percentage|share|proportion|fraction)$/.test(q.target[0] ?? "");
  // "How fast was the train going?" is answered by a speed ("140 km/h"), not "around 140" passengers.
  const units =
    (q.answerType === "number" ? unitsNamed(q.text) : undefined) ??
    howUnitsAsked(q) ??
    (q.answerType === "number"
      ? (nounUnits(q.target[0] ?? "") ?? moneyUnits(q.target.at(-1) ?? "") ?? howMuchMoney(q))
      : undefined);
  // "What is the population …?" takes a count: "4 kilometres" or "12%" is none. "How many people
  // …?" takes no length, speed or weight (a share may count them: "42% of teachers"), unless what
  // is counted is itself a unit ("how many miles …?") or a measure ("what is the length …?").
  const notCount =
    q.answerType !== "number" ||
    isMeasure(q.target.join(" ")) ||
    nounUnits(q.target[0] ?? "") ||
    moneyUnits(q.target.at(-1) ?? "")
      ? undefined
      : countsOnly(q.target[0] ?? "")
        ? isMeasure
        : q.kind === "how-many"
          ? isPhysicalMeasure
          : undefined;
  const dimension = askedDimension(q);
  // The kind of measure asked ("average", "maximum"), when the sentence speaks of that kind too.
  const qualifier =
    q.answerType === "number"
      ? q.tokens.find((t) => MEASURE_KINDS.test(t.lower) && terms.some((w) => w.key === t.key))?.key
      : undefined;
  // (No clause ends between the word and the phrase.)
  const clauseHas = (c: Candidate, key: string) =>
    terms.some((t, i) => t.key === key && !terms.slice(Math.min(i, c.from), Math.max(i, c.from)).some(endsClause));
  const askedVerbKey = q.answerType === "date" ? verbAsked(q) : undefined;
  const linking = insideDiscoursePhrase(terms);
  const movement = askedMovement(q.text);
  // "41 died, compared with 63 in the control group": the figure after the phrase is the control
  // group's. It answers only a question that names what the contrast names; the rest, only one that doesn't.
  const contrast = insideContrast(terms);
  const askedInContrast = terms.some(
    (t, i) => contrast[i] && (weights.get(t.key) ?? 0) > 0 && !terms.some((u, j) => !contrast[j] && u.key === t.key),
  );
  // (The years and months the question names: "in 1910", "in July".)
  const askedTimes = new Set(
    q.tokens.filter((t) => /^\d{4}$/.test(t.text) || MONTH.test(t.text)).map((t) => t.text.toLowerCase()),
  );
  const slots = statementSlots(q, terms, weights);
  // "The Liberals won six seats and independents two": a number right after "and" and a word the
  // question asks about ("how many did independents win?") is that word's, its verb and noun left out.
  // ("Six people were killed and 31 injured": so is a number right after "and" with the asked verb
  // right after it, "how many were injured?".)
  const elliptic =
    q.answerType === "number"
      ? candidates.find(
          (c) =>
            c.number &&
            (((weights.get(terms[c.from - 1]?.key ?? "") ?? 0) > 0 && terms[c.from - 2]?.lower === "and") ||
              (terms[c.from - 1]?.lower === "and" &&
                (weights.get(terms[c.to]?.key ?? "") ?? 0) > 0 &&
                terms[c.to]!.tags.has("Verb"))),
        )
      : undefined;
  for (const found of candidates) {
    if (elliptic && found.number && found !== elliptic) continue;
    // "On the other hand, …": the noun of a linking phrase names nothing.
    if (linking[found.from]) continue;
    // (Only the figure set against it, before the phrase: a clause after it is the sentence's own.)
    if (contrast[found.from] ? !askedInContrast : askedInContrast && found.to <= contrast.indexOf(true)) continue;
    // "How old is the guard?" asks an age ("a 58-year-old man", "aged 71"), not any number ("two guards").
    const c = asksAge ? ageOf(terms, found) : found;
    if (!c) continue;
    if (units && !units.test(withFollowingWords(terms, c, 3))) continue;
    // ("How long is the river?" is not answered by "ships of up to 1,500 tonnes for 265 km": a figure
    // with a unit of its own is in that unit, whatever follows.)
    if (units && isMeasure(candidateText(text, terms, c)) && !units.test(candidateText(text, terms, c))) continue;
    // "How much will it cost?" is not answered by "£20m of the cost will come from …": a part of
    // what is asked. (Unless the question asks a part: "how much of the cost …?".)
    // (Nor where the question names the part too: "how many died in Carrow?" of "four of the dead
    // were in Carrow".)
    if (
      q.answerType === "number" &&
      !/\bof\b/i.test(q.text) &&
      partOfAsked(terms, c, weights) &&
      !terms.some((t) => isProper(t) && weights.has(t.key))
    )
      continue;
    // ("How wide is the promenade?" is not answered by "a £35m plan": the "m" there is millions.)
    if (units && !units.test("£1") && /[$£€]/.test(candidateText(text, terms, c))) continue;
    // "How big is the park?" is not answered by "190 kilometres north of the city": a measure
    // followed by a direction is how far away something is, not its size.
    const after = terms.slice(c.to, c.to + 3).map((t) => t.lower);
    if (asksSize && DIRECTION_AFTER.test(after.join(" "))) continue;
    // "When is the first sitting?" is not answered by "within 30 days of its first sitting": a time
    // counted from the thing asked is not its time.
    if (q.answerType === "date" && timeFromAsked(terms, c, weights)) continue;
    // (Nor is "how deep does the river get?" by "flowing 612 kilometres from its source": a length
    // from somewhere is no height or depth.)
    if (ASKS_HEIGHT.test(q.text) && after.slice(0, 2).includes("from")) continue;
    // Nor is "how deep is the lake?" by "118 square kilometres": an area is no length.
    if (asksLength && AREA.test(withFollowingWords(terms, c, 2))) continue;
    // "What percent of staff …?" takes a share written as one ("9%", "9 per cent"), not the count
    // before it ("cut 1,800 jobs, about 9% of its workforce").
    if (asksShare && !SHARE_WRITTEN.test(withFollowingWords(terms, c, 2))) continue;
    if (notCount?.(candidateText(text, terms, c))) continue;
    // "How many people work at the factory?" is not answered by "the firm's two factories": that
    // number counts another thing the question names.
    if (counted && countsOtherAsked(terms, c, counted, placedNouns)) continue;
    // "How many people work at the plant?" is not answered by "30 million sensor units": that
    // number counts things.
    // (Nor "how many volunteers took part?" by "at 146 sites".)
    if (countsPeople && countsThings(terms, c)) continue;
    // "How many are waiting over a year?" is not answered by "waiting 71 weeks": a length of time
    // counts no one, unless time is what is counted ("how many weeks …?").
    if (
      q.kind === "how-many" &&
      !q.target.some((w) => TIME_UNIT.test(w)) &&
      TIME_UNIT.test(withFollowingWords(terms, c, 1).split(/\s+/).at(-1) ?? "")
    )
      continue;
    // "How many pairs are left?" is not answered by "3.1 chicks per pair": a count is whole, unless
    // a scale word follows ("2.4 million pairs") or a rate is asked ("how many chicks per pair?").
    if (counted && ASKS_WHOLE_COUNT.test(q.text) && !units && FRACTION_COUNT.test(withFollowingWords(terms, c, 1)))
      continue;
    // "How many Ruritanians died?" is not answered by "23 Freedonian citizens".
    if (askedNations.size && countsOtherNation(terms, c, askedNations)) continue;
    // "How much does the museum cost?" is not answered by "a flood scheme costing £18.5 million":
    // there the sum is what another thing costs.
    if (units === MONEY && costOfOther(terms, c, weights)) continue;
    // "How big is the reserve?" is not answered by "about 40% of the population": a share measures nothing.
    // (A change may be one: "how big was the swing?" of "a swing of 12%".)
    if (ASKS_MEASURE.test(q.text) && !ASKS_CHANGE.test(q.text) && SHARE_WRITTEN.test(withFollowingWords(terms, c, 2)))
      continue;
    // "the first talks in nearly three years" says how long since, not how long the talks took.
    if (asksHowLong(q) && c.duration && firstIn(terms, c)) continue;
    // "How many fires …?" is not answered by "in three years": a stretch of time counts no fires.
    if (q.kind === "how-many" && c.duration && q.target.length && !q.target.some(isDateNoun)) continue;
    // "How long will she be out?" is a span of time ("six weeks", "until May"), not a point ("the 38th minute").
    if (q.answerType === "date" && asksHowLong(q) && !c.duration && !spansTime(terms, c)) continue;
    // "When did the steam trains stop?" is not answered by "Today the line is used …": the present is
    // no time of a past deed.
    if (q.answerType === "date" && askedInThePast(q) && PRESENT_TIME.test(candidateText(text, terms, c))) continue;
    // "What date is she visiting?" is not answered by "soon", nor "when exactly …?" by "recently".
    if (q.answerType === "date" && ASKS_EXACT_TIME.test(q.text) && VAGUE_TIME.test(candidateText(text, terms, c)))
      continue;
    // "How deep is the lake?" is not answered by "an elevation of 1,140 metres": the sentence says
    // that number goes another way.
    if (dimension && saysOtherDimension(terms, c, dimension)) continue;
    // "When was she born?" is not answered by "the house where she was born was opened in 1927":
    // that date is the opening's, another verb standing between.
    if (q.answerType === "date" && dateOfAnotherVerb(terms, c, askedVerbKey, weights)) continue;
    // "When will the tax start?" is not answered by "The tax, announced by the minister on
    // Monday, would …": a date right after a verb of saying is when it was said.
    // (Unless saying is what is asked: "when were the finalists announced?".)
    if (q.answerType === "date" && !q.tokens.some((t) => SAY_FORMS.has(t.lower)) && dateOfSaying(terms, c)) continue;
    // "When did Ilka die?" is not answered by "In 1902 he married Ilka": the date is of another
    // event of a life or an institution, and the one asked is not in its clause.
    if (q.answerType === "date" && dateOfAnotherEvent(terms, c, askedVerbKey)) continue;
    // "When was Varnholm founded?" is not answered by "The University of Varnholm, founded in 1419,"
    // nor by "it runs a youth team, founded in 1991": a date set off after a phrase is that phrase's,
    // and its head (the university, the team) is not what the question asks about.
    if (q.answerType === "date" && dateOfSetOffPhrase(terms, candidates, c, weights)) continue;
    // "What is the average depth?" is not answered by "a depth of 287 metres, although the average
    // depth is …": when the sentence has the asked kind of measure, the number stands in its clause.
    if (qualifier && !clauseHas(c, qualifier)) continue;
    // "How many quartets …?" is not answered by "String Quartet No. 3": a number after "No." or "Op."
    // is a label, not a count. (It may be a place: "how high did it get in the charts?" → "No. 3".)
    if (q.kind === "how-many" && isLabelNumber(terms, c)) continue;
    // "How many times …?" is not answered by a score ("3-2").
    if (q.kind === "how-many" && SCORE.test(candidateText(text, terms, c))) continue;
    // "How much did profit fall?" asks the change, not the level after "to" ("fell to £410m"); "how
    // much were sales?" asks the level, not the change ("rose 3% to £9.8bn").
    const moved = q.answerType === "number" && c.number && movement !== undefined ? movedAmount(terms, c) : undefined;
    if (moved !== undefined && moved !== movement) continue;
    // "What was the population in 1910?" is not answered by "from 38,000 in 1850 to 164,000 in
    // 1910": a figure written with its own year is that year's; "what is the average temperature in
    // July?" by "−0.8 °C in January and 16.9 °C in July".
    if (
      askedTimes.size &&
      (q.answerType === "number" || q.answerType === "thing") &&
      /\d/.test(candidateText(text, terms, c)) &&
      timeOfOther(terms, c, askedTimes)
    )
      continue;
    // "How many children did she have?" is not answered by "the youngest of six children": that
    // counts the family she was born into.
    if (
      q.answerType === "number" &&
      c.number &&
      BIRTH_ORDER.test(terms[c.from - 2]?.lower ?? "") &&
      terms[c.from - 1]?.lower === "of"
    )
      continue;
    // "one train in five", "three out of four voters": the number after "in" is what the share is of.
    if (q.answerType === "number" && denominatorOf(terms, c)) continue;
    // "Valdoria's" of "Valdoria's delegation" only says whose; it answers "whose …?" alone.
    if (possessorOnly(terms, c) && !/\bwhose\b/i.test(q.text)) continue;
    // ("what was the source?" of "citing a source in the delegation", "who said …?" of "…, the fire
    // service said": the source, whatever its kind. But whoever is cited is not who reported it.)
    const isSource =
      source?.includes(candidateText(text, terms, c)) === true &&
      (ASKS_SOURCE.test(q.text) || !source.startsWith("citing") || asksWhomCited(q));
    if (!fitsType(q, c, terms) && !isSource) continue;
    if (unnamedIndefinite(q, terms, c) && !isSource) continue;
    // "What group organised the protest?" is not answered by one person's name ("Carla Vell").
    if (askedCollective && namesOnePerson(terms, c)) continue;
    // (Nor is "the union" of "a delegation from the union" the one who is coming.)
    if (askedOnePerson && (COLLECTIVE_NOUNS.has(headWord(terms, c).lower) || ofCollective(terms, c))) continue;
    if (asksOrigin && terms[c.from - 1]?.lower !== "from") continue;
    // "Where were they killed?" is not answered by "in the recent attacks": an event is no place.
    // Nor by a phrase that only says when or how ("in the wild", "in the past", "in the end").
    if (
      q.answerType === "place" &&
      !c.named &&
      (EVENT_NOUNS.test(headWord(terms, c).lower) || NO_PLACE.test(headWord(terms, c).lower))
    )
      continue;
    // "Which factory is closing?" is not answered by "two" of "its two factories": a bare count says
    // how many. (A number that names one is kept: "Category 3", "the 41-yard line".)
    if (q.answerType === "thing" && q.target.length && bareCount(terms, c, q.target)) continue;
    // "Where are its other sites?" is not answered by "five main sites": a count says how many, not where.
    if (q.answerType === "place" && !c.named && startsWithCount(terms, c)) continue;
    // "What is her opera called?" is answered by a name ("The Glass Harbour"), not "the centenary".
    // (The name must open the phrase: "a mineral in the mines of Karnoth" names the mines, not the book.)
    if (q.asksName && !opensWithName(terms, c)) continue;
    const content = c.content ?? [];
    if (!content.length) continue;
    // ("… which is found nowhere else": "else" names nothing.)
    if (content.every((t) => NOWHERE.test(t.lower))) continue;
    // "Who is Velt meeting?" is not answered by "Ilka Velt": a name ending on one the question
    // asks about is that person again, whoever the sentence pairs them with. (Unless the question
    // offers names to choose from: "who won, Velt or Brek?".)
    if (q.answerType === "person" && !OFFERS_CHOICE.test(q.text) && endsOnAskedName(content, q)) continue;
    // "What country …?" is not answered by "the city": a phrase headed by another kind of place.
    if (placeKind && otherPlaceKind(content, placeKind)) continue;
    const overlap = repeatedShare(q, content, weights, targetKeys);
    if (overlap === 1) continue;

    // Each part of the score, weighed by SPAN_WEIGHTS (fitted: see params.ts).
    const parts: Record<SpanFeature, number> = { ...NO_PARTS };
    // Closeness to the question's words, weighted by how rare each word is. (A rate names what it
    // counts: "two injections a year" answers "how often is the injection needed?" by its own words;
    // and "Chief Inspector Ada Vell" answers "who is the chief inspector?" by the title it gives her.)
    const nameAt = asksRoleHolder ? nameAfterTitle(terms, c, weights) : -1;
    const ownWords = c.frequency || nameAt > 0;
    for (let i = 0; i < terms.length; i++) {
      const inside = i >= c.from && i < c.to;
      if (!matched[i] || (inside && !ownWords)) continue;
      const gap = inside ? 0 : i < c.from ? c.from - i : i - c.to + 1;
      parts.nearness += matched[i]! / totalWeight / (1 + 0.35 * gap);
    }
    if (!ownWords) parts.repeats = overlap;
    // An answer that repeats a name from the question is usually the question's own subject.
    // (Not the kind asked for: "which minister …?" is answered by "Deputy Minister Ada Brek".)
    if (content.some((t) => isProper(t) && weights.has(t.key) && !q.target.includes(t.lower))) parts.repeatsName = 1;
    // "Ilka Velt, the guild's negotiator, met …": a phrase set off after a name the question asks
    // about is that name again, not someone else ("who did Velt meet?").
    if (appositionOfAsked(terms, c, weights)) parts.appositionOfAsked = 1;
    // "Union leaders, including Tomas Reyes, called for talks": who called is the group, of
    // which the name after "including" is one.
    if (subjectQuestion && q.answerType === "person" && partOfGroup(terms, c)) parts.partOfGroup = 1;
    // "Striker Ilka Velt" holds another role than the captain asked for.
    // ("Brek's coach, former player Ada Vell, said …": set off after the role asked, she holds it,
    // whatever her titles say she was.)
    // (Or titled so right before the name, "the firm's chief executive Ada Brek", unless a rank word
    // makes it another role: "deputy mayor Oren Task" for "who is the mayor?".)
    const title = roles.size > 0 ? titleBefore(terms, c) : [];
    const holdsAskedRole =
      roles.size > 0 &&
      (afterRole(terms, c, roles) ||
        (title.some((t) => roles.has(t.lower)) && roleScore([...title, ...content], roles, q) === 0));
    if (holdsAskedRole) parts.roleTitle = 1;
    else if (roles.size) parts.roleWords = roleScore([...title, ...content], roles, q);
    // "Who said the quay was shut?": whom the sentence gives as its source ("…, according to the
    // harbour master", "Ada Brek said …").
    if (source?.includes(candidateText(text, terms, c))) parts.source = 1;
    if (anchor >= 0)
      parts.side = sideScore(terms, c, anchor, subjectQuestion, q.answerType === "person", asksObject, passiveQuestion);
    if (q.answerType === "person" && c.named) parts.namedPerson = 1;
    // "In the shallow crust" can answer "where?", but a named place ("in Carrowby") says it better.
    if (q.answerType === "place" && c.named) parts.namedPlace = 1;
    // "Where did Ada go?" of "Ada, a fisherman from Carrowby, went to Lisbon": where she went is
    // not where she is from.
    // (Nor is "312 kilometres from the hills" where a river flows to: it says how far from where.)
    if (goesSomewhere && (prepositionBefore(terms, c.from) === "from" || distanceFrom(terms, c))) parts.fromPlace = 1;
    // "How long …?" is answered by a duration ("two-week"), not by a day ("Monday").
    if (c.duration && asksHowLong(q)) parts.duration = 1;
    // (An age counts no noun: "Oduya, 52, promised …".)
    if (q.answerType === "number" && !asksAge) parts.count = countScore(terms, c, targetKeys, weights, counted);
    // "between 9 and 14 grams" says the amount; "9" is half of it.
    if (q.answerType === "number" && c.range) parts.range = 1;
    // "Seven of the nine members voted": those who voted are the seven; the nine are all of them.
    // (So too "how many seats did the Greens take?" of "taking 31 of the 75 seats"; the whole answers
    // a question about all of them: "how many seats are there?", "how many does it have in total?".)
    if (q.answerType === "number" && (subjectQuestion || asksDeedCount) && wholeOfPart(terms, c)) parts.wholeOfPart = 1;
    if (q.answerType === "thing" && (c.person || c.date || c.number) && !c.named) parts.typedForThing = 1;
    if (q.answerType === "thing" && c.place && !q.target.length) parts.placeForThing = 1;
    parts.statementSlot = slotShare(slots, terms, c);
    let score = 0;
    for (const f of SPAN_FEATURES) if (parts[f] && f !== "statementSlot") score += spanWeights[f] * parts[f];
    // The statement slot picks the phrase within the sentence, but is not counted in the score the
    // sentence is ranked and trusted by: every sentence that repeats the question's words fills a
    // slot ("300 passengers were on board", "20 passengers were hurt"), and a question written to
    // look answered does too ("what did the K-5 line allow?" of "the K-7 line allowed …").
    const choice = score + spanWeights.statementSlot * parts.statementSlot;
    rivals++;
    if (!best || choice > bestChoice) {
      if (best) runnerUp = Math.max(runnerUp, best.score);
      // "How old is the pilot?" → "52", not "52-year-old" (the word says what the number is).
      // (A title in lower case is no part of the name: "manager Ada Brek" → "Ada Brek".)
      const lowerTitle = nameAt > 0 && terms.slice(c.from, nameAt).some((t) => /^\p{Ll}/u.test(t.text));
      const said = candidateText(text, terms, lowerTitle ? { ...c, from: nameAt } : c);
      best = { text: asksAge ? said.replace(YEAR_OLD, "") : said, score, candidate: c };
      bestChoice = choice;
      bestParts = parts;
    } else runnerUp = Math.max(runnerUp, score);
  }
  // "How much notice must the union give?" → "two weeks", not "two", of "two weeks' notice": a
  // bare figure that opens a length of time is given with its unit (unless the question names it:
  // "how many weeks …?" → "three").
  const timed =
    best?.candidate.number && !asksAge && !q.target.some((w) => TIME_UNIT.test(w))
      ? durationFrom(candidates, best.candidate)
      : undefined;
  if (best && timed) best = { ...best, text: candidateText(text, terms, timed) };
  // (Not for a question that asks for a date, a place or a number: "what time did it hit land?"
  // is not answered by "this stretch of coast".)
  if (asksObject && anchor >= 0 && !TYPED_BY_HEAD.has(q.answerType) && (!best || best.score < MIN_OBJECT_SCORE)) {
    // "Who does Velt blame?" asked of "… blaming the failure of the talks": the asked verb's object
    // answers, whatever its kind, when no phrase of the asked type stands where the object would.
    const found = candidates.find((c) => c.from > anchor && c.from <= anchor + 2 && c.content?.length);
    const object = found && withOfPhrase(terms, candidates, found);
    if (object) return { text: candidateText(text, terms, object), score: MIN_OBJECT_SCORE, candidate: object };
  }
  // "Who appointed Oren?" of "the king appointed Oren and Ilka": when no phrase stands where the
  // asked verb's doer would, the best one left is someone else's part in the sentence. Only for a
  // question that opens on its question word ("it was built for whom?" asks otherwise), a verb
  // written in lower case ("Harbour" opening a sentence is no verb), not a title before a name
  // ("coach Ada Vell" is the one who coaches), and not the doer after "by" or the source.
  // (Checked on SQuAD dev and both samples: 8 wrong answers fewer for 1 right one lost.)
  if (
    best &&
    subjectQuestion &&
    !asksObject &&
    q.answerType === "person" &&
    /^(who|which)$/.test(q.tokens[0]?.lower ?? "") &&
    bestParts.side < 0 &&
    !bestParts.source &&
    isVerb(terms[anchor]!) &&
    /^\p{Ll}/u.test(terms[anchor]!.text) &&
    !(TITLE_WORDS.has(terms[anchor]!.lower) && isProper(terms[anchor + 1]!)) &&
    !terms.slice(anchor + 1, best.candidate.from).some((t) => t.lower === "by")
  )
    return null;
  // "What are the nurses asking for?" of "… demanding an increase of 9 percent": "an increase" says
  // nothing without its amount, the figure after "of".
  if (best && q.answerType === "thing" && !best.candidate.named && !best.candidate.number) {
    const c = best.candidate;
    const amount = terms[c.to]?.lower === "of" ? candidates.find((d) => d.from === c.to + 1 && d.number) : undefined;
    if (amount) {
      const whole = { ...c, to: amount.to };
      Object.assign(best, { text: candidateText(text, terms, whole), candidate: whole });
    }
  }
  // "Where was she from?" is not answered by "from the 17th century": a time is no place. (Nor is the
  // phrase that would come next: the sentence says when, not where.)
  // ("executed in Varnholm the following month": the name before the time is the place.)
  if (best && q.answerType === "place" && !best.candidate.date && namesTimeOnly(terms, best.candidate)) {
    const name = placeBeforeTime(terms, candidates, best.candidate);
    if (name) Object.assign(best, { text: candidateText(text, terms, name), candidate: name });
  }
  // "How much did Velt pledge?" of "Brek pledged £5m, while Velt promised $12m": the figure of the
  // clause that names the one asked about, not of the clause whose verb matches.
  if (best && (q.answerType === "number" || q.answerType === "date")) {
    const own = figureOfNamedClause(q, terms, candidates, best.candidate);
    if (own) Object.assign(best, { text: candidateText(text, terms, own), candidate: own });
  }
  if (best && q.answerType === "place" && (best.candidate.date || namesTimeOnly(terms, best.candidate))) return null;
  // "When did he complete his doctorate?" of "He graduated in 1841 and completed his doctorate three
  // years later": the deed asked is dated only relative to another, and 1841 is the other's date.
  if (best?.candidate.date && q.answerType === "date" && datedRelatively(text, terms, weights, best.candidate))
    return null;
  // "Why was the fort built?" is answered by a cause or a purpose (found above), not by whatever
  // phrase stands near the asked words ("warehouses", "14", "in May"): no short answer, the passage.
  if (best && q.answerType === "reason") {
    if ((best.candidate.number || best.candidate.date) && !best.candidate.named) return null;
    return Object.assign(best, { rivals, runnerUp, guess: true as const });
  }
  // "What does the group blame?" of "… blamed years of poor upkeep": the object right after the
  // asked verb takes its "of" phrase.
  if (best && asksObject && anchor >= 0 && best.candidate.from > anchor && best.candidate.from <= anchor + 2) {
    const object = withOfPhrase(terms, candidates, best.candidate);
    if (object !== best.candidate) Object.assign(best, { text: candidateText(text, terms, object), candidate: object });
  }
  if (best && asksForSeveral(q)) {
    // "Who are the key suppliers?" of "… works with key suppliers, including Velt, Brek and Tull":
    // the list the asked words are given by. Otherwise, "What are the causes of the flood?" of
    // "the causes include heavy rain, blocked drains and a broken wall": the whole list answers,
    // not its first item.
    const list = listIncluded(terms, candidates, matched) ?? wholeList(terms, candidates, best.candidate);
    if (list !== best.candidate && (list.from !== best.candidate.from || list.to > best.candidate.to))
      Object.assign(best, { text: candidateText(text, terms, list), candidate: list });
  }
  // (`best` is this call's own, so it is completed in place: `{ ...best, rivals }` would be promoted
  // to the old generation on Node 20, as rank-sentences.ts explains.)
  return best
    ? Object.assign(best, { rivals, runnerUp }, bestParts.statementSlot > 0 ? { fillsSlot: true as const } : {})
    : null;
}

/** A question that asks for several things: "what are the …", "who were some …", "which countries …". */
function asksForSeveral(q: AnalysedQuestion): boolean {
  if (!["thing", "person", "place"].includes(q.answerType)) return false;
  if (SEVERAL_ASKED.test(q.text)) return true;
  // "Which (cash) crops …": the noun right after the question word is plural.
  if (!/^(?:what|which)\s/i.test(q.text)) return false;
  const words = tagSentence(q.text);
  let head: TaggedTerm | undefined;
  for (const w of words.slice(1)) {
    if (!w.tags.has("Noun") || w.tags.has("Verb")) break;
    head = w;
    if (w.post.trim()) break;
  }
  return head?.tags.has("Plural") === true;
}
const SEVERAL_ASKED =
  /^(?:what|who|which)\s+(?:are|were)\s+(?:the|some|its|their|his|her|all|two|three|four|five|several|\S+['’]s)\s/i;

/**
 * The list a phrase opens: "heavy rain, blocked drains and a broken wall" from "heavy rain", each
 * item a phrase of its own, joined by commas up to a closing "and"/"or" item. Without that closing
 * item there is no list: "heavy rain, the mayor said, …".
 */
function wholeList(terms: readonly TaggedTerm[], candidates: readonly Candidate[], first: Candidate): Candidate {
  for (let end = first; ; ) {
    const conj = /^(and|or)$/.test(terms[end.to]?.lower ?? "");
    if (!conj && !terms[end.to - 1]!.post.includes(",")) return first;
    const item = itemAt(terms, candidates, end.to + (conj ? 1 : 0));
    if (!item) return first;
    if (conj) return { ...first, to: item.to };
    end = item;
  }
}

/** A phrase with the "of" phrase after it: "the failure of the talks", "years of poor upkeep". */
function withOfPhrase(terms: readonly TaggedTerm[], candidates: readonly Candidate[], c: Candidate): Candidate {
  const of = terms[c.to]?.lower === "of" ? candidates.find((d) => d.from === c.to + 1) : undefined;
  return of ? { ...c, to: of.to } : c;
}

/** The list after ", including" right behind the question's own words ("key players in the region, including …"). */
function listIncluded(
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  matched: readonly number[],
): Candidate | undefined {
  for (let k = 1; k < terms.length - 1; k++) {
    if (terms[k]!.lower !== "including" || !terms[k - 1]!.post.includes(",")) continue;
    if (!matched.slice(Math.max(0, k - 4), k).some((m) => m > 0)) continue;
    const first = itemAt(terms, candidates, k + 1);
    if (!first) continue;
    const list = wholeList(terms, candidates, first);
    if (list.to > first.to) return list;
  }
  return undefined;
}

/** The list item that starts at `at`, or one word later ("blocked drains", "blocked" tagged a verb). */
function itemAt(terms: readonly TaggedTerm[], candidates: readonly Candidate[], at: number): Candidate | undefined {
  const skip = terms[at];
  return candidates.find(
    (c) =>
      c.from === at ||
      (c.from === at + 1 &&
        skip !== undefined &&
        !skip.post.trim() &&
        !/^(and|or)$/.test(skip.lower) &&
        // (Not a bare verb: "achieve a lasting peace and bring an end to …" joins another deed.)
        !(skip.tags.has("Infinitive") && !skip.tags.has("Noun"))),
  );
}

/** The amount is followed by "of the" and a word of the question: "£20m of the cost", "half of the seats". */
function partOfAsked(terms: readonly TaggedTerm[], c: Candidate, weights: ReadonlyMap<string, number>): boolean {
  const [of, det, noun] = [terms[c.to], terms[c.to + 1], terms[c.to + 2]];
  return (
    of?.lower === "of" &&
    /^(the|its|their|his|her)$/.test(det?.lower ?? "") &&
    noun !== undefined &&
    weights.has(noun.key)
  );
}

/** A number written as a share: "9%", "9 %", "9 percent", "9 per cent". */
const SHARE_WRITTEN = /\d\s?%|\d\s+per\s?cent\b/i;

/** The "-year-old" of an age written as one word ("a 52-year-old pilot", "the seven-year-old"). */
const YEAR_OLD = /(?<=^(?:\d+|[a-z]+(?:-[a-z]+)?))-years?-old$/i;

/** A date in brackets after a name: a sure answer, scored as a typed date next to the asked words would be. */
const LIFE_DATE_SCORE = 1.5;

/** For "when was X born?" or "when did X die?", the date the sentence gives in brackets after a name. */
function lifeDateAsked(q: AnalysedQuestion, text: string): string | undefined {
  const asksBirth = /\b(born|birth)\b/i.test(q.text);
  const asksDeath = /\b(die|died|death)\b/i.test(q.text);
  if (asksBirth === asksDeath) return undefined;
  const life = lifeDates(text);
  return asksBirth ? life?.born : life?.died;
}

/** A candidate covering the whole sentence, for a span found in its text rather than among its words. */
function wholeSentence(text: string, terms: readonly TaggedTerm[]): Candidate {
  return phraseSpan(text, terms, 0, terms.length, 0).candidate;
}

/** Below this, a typed answer to "who/what did X verb?" gives way to the verb's object as written. */
const MIN_OBJECT_SCORE = 0;
/** Answer types that a question word or head noun fixes: a date, a place or a number. */
const TYPED_BY_HEAD: ReadonlySet<string> = new Set(["date", "place", "number"]);

/** "… because of X", "due to X", "as a result of X", or a purpose "… to discuss X" after the asked verb. */
function reasonIn(text: string, terms: readonly TaggedTerm[], anchor: number): Span | null {
  const words = terms.map((t) => t.lower);
  for (let i = Math.max(0, anchor); i < terms.length - 1; i++) {
    const marker = reasonMarkerAt(words, i);
    if (!marker) continue;
    let from = i + marker;
    while (from < terms.length && /^(of|to|that)$/.test(words[from]!)) from++;
    let end = from + 1;
    // (The reason ends where the clause does, or where "and" opens another deed of the subject:
    // "declined as a result of drainage and is now endangered".)
    while (end < terms.length && end - from < 12 && !endsClause(terms[end - 1]!) && !secondPredicate(terms, end)) end++;
    if (from >= terms.length) break;
    return phraseSpan(text, terms, from, Math.min(end, terms.length), 2);
  }
  return anchor >= 0 ? actionAfter(text, terms, anchor, 14) : null;
}

/** How many words the reason marker at word i has ("as a result" → 3), or 0 when none stands there. */
function reasonMarkerAt(words: readonly string[], i: number): number {
  for (const form of REASON_MARKERS.flatMap((r) => r.forms)) {
    const marker = form.split(" ");
    if (marker.every((w, k) => words[i + k] === w)) return marker.length;
  }
  return 0;
}

/** "Heavy rain caused the river to burst its banks" → "Heavy rain": what stands before a causing verb ahead of the asked one. */
function causeBefore(text: string, terms: readonly TaggedTerm[], anchor: number): Span | null {
  const clauses = clausesOf(terms);
  // "blamed misinformation on social media for the drop": what was blamed, before "for".
  for (let i = anchor - 1; i > 0 && clauses[i] === clauses[anchor]; i--) {
    if (terms[i]!.lower !== "for") continue;
    let blamed = i - 1;
    while (blamed >= 0 && !BLAMING.test(terms[blamed]!.lower)) blamed--;
    if (blamed >= 0 && blamed + 1 < i && clauses[blamed] === clauses[i])
      return phraseSpan(text, terms, blamed + 1, i, 2);
  }
  for (let i = anchor - 1; i > 0 && clauses[i] === clauses[anchor]; i--) {
    if (!CAUSING.test(terms[i]!.lower)) continue;
    let from = i;
    while (from > 0 && clauses[from - 1] === clauses[i]) from--;
    return from < i ? phraseSpan(text, terms, from, i, 2) : null;
  }
  return null;
}
const CAUSING = formsPattern(CAUSING_VERBS);
const BLAMING = formsPattern(BLAMING_VERBS);
const MEANS = formsPattern(MEANS_VERBS);
const MANNER = formsPattern(MANNER_MARKERS);

/** "used helicopters and boats to reach residents" → "helicopters and boats": the means named before "to" + the asked verb. */
function meansBefore(text: string, terms: readonly TaggedTerm[], anchor: number): Span | null {
  if (terms[anchor - 1]?.lower !== "to") return null;
  for (let i = anchor - 2; i > 0 && i >= anchor - 10; i--) {
    if (!MEANS.test(terms[i]!.lower)) continue;
    // Scored low: it picks the phrase in a sentence, it is no evidence that the sentence is the one.
    return i + 1 < anchor - 1 ? phraseSpan(text, terms, i + 1, anchor - 1, 0.5) : null;
  }
  return null;
}

/**
 * The words in quotation marks next to the asked verb: 'called the floods "the worst in a century"',
 * or '"We have no plans to close any plant," Solberg told reporters'.
 */
function quotedNextTo(text: string, terms: readonly TaggedTerm[], anchor: number): Span | null {
  const after = terms[anchor]!.end;
  const following = /["“]([^"“”]{2,160})["”]/.exec(text.slice(after, after + 80));
  const before = /["“]([^"“”]{2,200}?)[,.!?]?["”]\s*(?:\S+\s+){0,3}$/.exec(text.slice(0, terms[anchor]!.start));
  const m = following ?? before;
  if (!m) return null;
  const open = (following ? after : 0) + m.index + 1;
  return quotedSpan(text, terms, open, open + m[1]!.length);
}

/** The first words in quotation marks in the sentence. */
function quotedIn(text: string, terms: readonly TaggedTerm[]): Span | null {
  const m = /["“]([^"“”]{2,200}?)[,.!?]?["”]/.exec(text);
  return m ? quotedSpan(text, terms, m.index + 1, m.index + 1 + m[1]!.length) : null;
}

/** The span over the terms between two character offsets (inside quotation marks). */
function quotedSpan(text: string, terms: readonly TaggedTerm[], open: number, close: number): Span | null {
  const from = terms.findIndex((t) => t.start >= open);
  let to = from;
  while (to < terms.length && terms[to]!.end <= close) to++;
  return from >= 0 && to > from ? phraseSpan(text, terms, from, to, 2) : null;
}

/** Nouns that only say "some of": "what part of the country …?" is not answered by a name after "part". */
const PARTITIVE = /^(part|parts|kind|type|sort|form|way|piece|side|half|section|portion)$/;

/** "scientific name", "binomial": the two-word name of a species. */
const ASKS_BINOMIAL = /\b(?:scientific|binomial|taxonomic)\s+name\b|\bbinomial\b/i;
/** A genus and species in brackets: "(Sorexa palustris)". */
const BINOMIAL = /\(([A-Z][a-z]+ [a-z]{3,}(?: [a-z]{3,})?)\)/;

/** The span of `said`, found at `at` in the text, over the words it covers. */
function namedInText(text: string, terms: readonly TaggedTerm[], at: number, said: string, score: number): Span | null {
  const from = terms.findIndex((t) => t.start >= at);
  const to = terms.findIndex((t) => t.start >= at + said.length);
  return from >= 0 ? phraseSpan(text, terms, from, to < 0 ? terms.length : to, score) : null;
}

/** As sure as a typed answer next to the asked words: the sentence names the very thing asked. */
const NAME_AFTER_NOUN_SCORE = 1.5;

/** Words that put a name after its noun: "a channel called …", "a ship named …", "a tower known as …". */
const NAMING_WORDS = /^(called|named|titled|entitled|dubbed|known)$/;
/**
 * Places a name follows with "of": "the city of Orra", "the island of Velt". (Not "the capital of
 * Orra", which is another place.)
 */
const NAMED_WITH_OF = new Set(
  "city town village island county province state kingdom republic port borough district parish municipality duchy principality"
    .split(" ")
    .map((w) => termKey(w)),
);

/** "the journal Clinical Neuroscience Reports", "the album Salt and Iron": a name right after the noun. */
function nameAfterNoun(text: string, terms: readonly TaggedTerm[], nounKey: string): Span | null {
  for (let k = 0; k + 1 < terms.length; k++) {
    // A common noun in a noun phrase of its own ("the journal", "her debut album"): not a word of a
    // name ("the North Lake and Lake of Orrin"), nor a noun that ends one phrase before a name begins
    // the next ("on match day Velt scored").
    const noun = terms[k]!;
    if (noun.key !== nounKey || !noun.tags.has("Noun") || /^\p{Lu}/u.test(noun.text)) continue;
    // ("a news channel called Harbour News", "a series titled Deep Water": the naming word between;
    // "the new series, The Keep (2004)": a name set off by commas, closed right after it.)
    const naming = !noun.post.trim()
      ? (NAMING_WORDS.exec(terms[k + 1]?.lower ?? "") ??
        (NAMED_WITH_OF.has(nounKey) && terms[k + 1]?.lower === "of" && /^\p{Lu}/u.test(terms[k + 2]?.text ?? "")
          ? ["of"]
          : null))
      : null;
    const name = naming ? k + 1 + (naming[0] === "known" && terms[k + 2]?.lower === "as" ? 2 : 1) : k + 1;
    const setOff = noun.post.trim() === ",";
    if (noun.post.trim() && !setOff) continue;
    let d = k - 1;
    // (A modifier may open on a figure: "a 24-hour news channel".)
    // (Or a name's adjective before a place named with "of": "the Royal city of Orra".)
    const modifies = (t: TaggedTerm) =>
      (naming?.[0] === "of" && /^\p{Lu}/u.test(t.text) && !t.post.trim()) ||
      (/^\p{Ll}/u.test(t.text) && (isModifier(t) || t.tags.has("Ordinal")) && !t.post.trim()) ||
      (/^\d/.test(t.text) && t.post === "-");
    while (d >= 0 && modifies(terms[d]!)) d--;
    // (The sentence's first word is capitalised whatever it is: "Folk rock band Tarn Hollow formed …".)
    if (d === 0 && isModifier(terms[0]!) && !isProper(terms[0]!) && !terms[0]!.post.trim()) d--;
    // (Or a possessive says whose: "the network's new series The Keep"; or "and" joins it to
    // another phrase: "… the news programme and local radio station Harbour FM".)
    const determines = (t: TaggedTerm) =>
      /^(the|a|an|its|his|her|their|our|this|that|and)$/i.test(t.lower) || (t.tags.has("Possessive") && !t.post.trim());
    if ((d >= 0 && !determines(terms[d]!)) || (d < 0 && k === 0)) continue;
    // (A name set off after the noun needs the noun's own phrase before it: "Outside court, Ada
    // Brek said …" names no court.)
    if (setOff && d < 0) continue;
    let end = name;
    // Capitalised words, with "of", "and", "the" between two of them ("Salt and Iron").
    while (
      end < terms.length &&
      (/^\p{Lu}/u.test(terms[end]!.text) ||
        (/^(of|and|the|de|du|la|von|van)$/.test(terms[end]!.text) && /^\p{Lu}/u.test(terms[end + 1]?.text ?? "")))
    ) {
      end++;
      if (terms[end - 1]!.post.trim()) break;
    }
    // (Set off by a comma, the name must close there too: "the series, Ada Brek said" opens a clause.)
    const closed = !setOff || /^\s*(?:[,(;.–—]|$)/.test(text.slice(terms[end - 1]!.end));
    // (Not a day or a month: "the company Monday said" is a date in the US style, not a name.)
    if (end > name && closed && !terms[name]!.tags.has("Date"))
      return phraseSpan(text, terms, name, end, NAME_AFTER_NOUN_SCORE);
  }
  return null;
}

/** Prepositions a place-like name may follow without "the": "a trial at Carrow Crown Court". */
const PLACE_PREPOSITION = /^(at|in|on|from|to|near|into|outside|inside)$/;

/**
 * "Which union …?" of "The Dock Workers union said …": the name written right before the noun
 * asked, after "the" (the name with its noun: "Dock Workers union"), or after a preposition when
 * the noun ends the name ("which court?" of "at Carrow Crown Court").
 */
function nameBeforeNoun(
  text: string,
  terms: readonly TaggedTerm[],
  nounKey: string,
  /** The noun as asked, when it may end the name capitalised ("party" → "the Green Party"). */
  capitalisedNoun?: string,
): Span | null {
  for (let k = 1; k < terms.length; k++) {
    const noun = terms[k]!;
    if (noun.key !== nounKey || !noun.tags.has("Noun")) continue;
    // (Capitalised, it must be the word asked itself, not one of its group: "countries" is no "National".)
    if (/^\p{Lu}/u.test(noun.text) && !(capitalisedNoun && stem(noun.lower) === stem(capitalisedNoun))) continue;
    let start = k;
    const determiner = (t: TaggedTerm | undefined) => t !== undefined && /^(the|a|an|its|their)$/i.test(t.lower);
    while (
      start > 0 &&
      /^\p{Lu}/u.test(terms[start - 1]!.text) &&
      !determiner(terms[start - 1]) &&
      !terms[start - 1]!.post.trim()
    )
      start--;
    // (After "the", or after a preposition when the noun ends the name, "at Carrow Crown Court": not
    // the capital of a sentence's first word, "Workers union leaders …", nor an owner, "on Ada's work".)
    const opens = (t: TaggedTerm | undefined) =>
      determiner(t) || (t !== undefined && PLACE_PREPOSITION.test(t.lower) && /^\p{Lu}/u.test(noun.text));
    if (start === k || !opens(terms[start - 1])) continue;
    // (A people or a compass point says what kind, not which one: "the Welsh word", "a Western
    // Carrowby species". Unless the noun is capitalised with them, one name: "the Northern League".)
    const run = terms.slice(start, k);
    const kind =
      run.some((t) => t.tags.has("Demonym")) || /^(western|eastern|northern|southern|central)$/.test(run[0]!.lower);
    if (kind && !/^\p{Lu}/u.test(noun.text)) continue;
    return phraseSpan(text, terms, start, k + 1, NAME_AFTER_NOUN_SCORE);
  }
  return null;
}

/**
 * "Which river is it on?" of "… on the north bank of the River Orrin": a name that opens on the noun
 * asked, capitalised ("Lake Orvin", "the Journal of Marine Notes"). Not the sentence's first word,
 * capitalised whatever it is.
 */
function nameOpeningOnNoun(text: string, terms: readonly TaggedTerm[], nounKey: string): Span | null {
  for (let k = 1; k + 1 < terms.length; k++) {
    const noun = terms[k]!;
    if (noun.key !== nounKey || !/^\p{Lu}/u.test(noun.text) || noun.post.trim()) continue;
    // (Nor the noun that ends a name, "the Green Party's leader", "the Carrow Party".)
    if (noun.tags.has("Possessive") || /^\p{Lu}/u.test(terms[k - 1]!.text)) continue;
    let end = k + 1;
    while (
      end < terms.length &&
      (/^\p{Lu}/u.test(terms[end]!.text) ||
        (/^(of|the|de|du|la|von|van)$/.test(terms[end]!.text) && /^\p{Lu}/u.test(terms[end + 1]?.text ?? "")))
    ) {
      end++;
      if (terms[end - 1]!.post.trim()) break;
    }
    if (end > k + 1) return phraseSpan(text, terms, k, end, NAME_AFTER_NOUN_SCORE);
  }
  return null;
}

/**
 * "What rating did she keep?" of 'She kept her "hold" rating': the words in quotation marks right
 * before the noun asked say which one ('the "Open Harbour" campaign').
 */
function quotedBeforeNoun(text: string, terms: readonly TaggedTerm[], nounKey: string): Span | null {
  for (let k = 1; k < terms.length; k++) {
    if (terms[k]!.key !== nounKey || !/["”’']\s*$/.test(terms[k - 1]!.post)) continue;
    let from = k - 1;
    while (from > 0 && !/["“‘']\s*$/.test(terms[from]!.pre) && k - from < 6) from--;
    if (/["“‘']\s*$/.test(terms[from]!.pre)) return phraseSpan(text, terms, from, k, NAME_AFTER_NOUN_SCORE);
  }
  return null;
}

/**
 * The keys of the verb a "who is the founder/designer/creator of …?" question's agent noun is made
 * from ("founded", "designed", "created"); undefined for another question.
 */
function doerNounAsked(question: string): string[] | undefined {
  const base = /^who\s+(?:is|was|are|were)\s+the\s+(?:\p{L}+\s+)?(\p{L}{3,}?)(?:er|or)s?\s+of\b/iu.exec(question)?.[1];
  if (!base) return undefined;
  const lower = base.toLowerCase();
  return [`${lower}ed`, `${lower}d`, `${lower}ted`].map((w) => termKey(w));
}

/**
 * The phrase joined by "and" or "or" to the word with this key: "Tarnby and Carrowby" for
 * "Tarnby", "the Orrin and Vell" for "Orrin" (after it), "Tarnby and Carrow" for "Carrow"
 * (before it).
 */
function coordinatedWith(
  text: string,
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  key: string,
): Span | null {
  for (let i = 0; i < terms.length; i++) {
    if (terms[i]!.key !== key) continue;
    // After: "Tarnby and Carrowby", "the Orrin and upper Vell" (the named word ends its phrase).
    if (/^(and|or)$/.test(terms[i + 1]?.lower ?? "") && !terms[i]!.post.trim()) {
      const after = itemAt(terms, candidates, i + 2);
      if (after && after.from > i + 1) return phraseSpan(text, terms, after.from, after.to, NAME_AFTER_NOUN_SCORE);
    }
    // Before: "Carrowby and Tarnby" (the named phrase may open on "the").
    const start = terms[i - 1]?.lower === "the" ? i - 1 : i;
    const joiner = terms[start - 1];
    if (joiner && /^(and|or)$/.test(joiner.lower)) {
      // (The longest: "North Carrowby", not "Carrowby".)
      const before = candidates
        .filter((c) => c.to === start - 1 && c.from < c.to && !terms[c.to - 1]!.post.trim())
        .sort((a, b) => a.from - b.from)[0];
      if (before) return phraseSpan(text, terms, before.from, before.to, NAME_AFTER_NOUN_SCORE);
    }
  }
  return null;
}

/** A span over a clause-long phrase (a reason, a means, an action): untyped, found by its marker word. */
function phraseSpan(text: string, terms: readonly TaggedTerm[], from: number, to: number, score: number): Span {
  const candidate: Candidate = {
    from,
    to,
    person: false,
    place: false,
    date: false,
    number: false,
    named: false,
    personName: false,
    clause: 0,
  };
  return { text: candidateText(text, terms, candidate), score, candidate };
}

const ASKS_TOPIC = /^what\s+(?:is|was|are|were)\b.*\babout\s*\??$/i;
const TOPIC = formsPattern(TOPIC_MARKERS);

/** The phrase right after a topic marker ("to discuss the new rota"), not a time or a figure ("on Monday"). */
function topicIn(text: string, terms: readonly TaggedTerm[], candidates: readonly Candidate[]): Span | null {
  for (let i = 0; i + 1 < terms.length; i++) {
    if (!TOPIC.test(terms[i]!.lower) || terms[i]!.post.trim()) continue;
    const opens = (c: Candidate) => c.from <= i + 1 && c.to > i + 1;
    if (candidates.some((c) => opens(c) && (c.date || c.number)) || endsClause(terms[i + 1]!)) continue;
    // (To the end of its clause: "talks on water rights in the valley".)
    let end = i + 2;
    while (end < terms.length && end - i <= 12 && !endsClause(terms[end - 1]!) && !secondPredicate(terms, end)) end++;
    return phraseSpan(text, terms, i + 1, trimmedEnd(terms, i + 1, end), 1.5);
  }
  return null;
}

/** "characterized by a fee per unit of time" → "by a fee per unit of time": the phrase a marker opens, to the clause end. */
function phraseFrom(text: string, terms: readonly TaggedTerm[], anchor: number, marker: RegExp): Span | null {
  for (let i = anchor + 1; i < terms.length - 1 && i <= anchor + 4; i++) {
    // ("confirmed the visit, adding that …": past a comma or another verb, the clause is another's.)
    if (i > anchor + 1 && (endsClause(terms[i - 1]!) || isVerb(terms[i - 1]!))) break;
    if (!marker.test(terms[i]!.lower)) continue;
    let end = i + 2;
    while (end < terms.length && end - i <= 12 && !endsClause(terms[end - 1]!) && !secondPredicate(terms, end)) end++;
    return phraseSpan(text, terms, i, trimmedEnd(terms, i, end), 1.5);
  }
  return null;
}

/**
 * "and" (or "but") opening a second verb of the sentence's subject ("… and said …", "… and is
 * expected to …"), where a phrase ends. ("by cutting costs and raising prices" goes on: "raising"
 * is no finite verb; nor is "and talks" a verb, whatever a tagger's tense.)
 */
function secondPredicate(terms: readonly TaggedTerm[], k: number): boolean {
  const next = terms[k + 1];
  if (!/^(and|but)$/.test(terms[k]?.lower ?? "") || !next) return false;
  if (HELPING_WORD.test(next.lower)) return true;
  return (
    (next.tags.has("PastTense") || next.tags.has("Copula") || next.tags.has("Auxiliary")) &&
    !next.tags.has("Gerund") &&
    !next.tags.has("Noun")
  );
}
const HELPING_WORD = /^(is|are|was|were|has|have|had|will|would|can|could|may|might)$/;

/** The longest reported clause given as a short answer, in words. */
const REPORTED_WORDS = 25;

/**
 * "Velt said 60 firefighters had fought the blaze": what was said, reported without "that", is the
 * clause straight after the say verb (not "said on Monday …", not "said, adding …").
 */
function reportedAfter(text: string, terms: readonly TaggedTerm[], anchor: number): Span | null {
  const verb = terms[anchor]!;
  const first = terms[anchor + 1];
  if (!SAY_FORMS.has(verb.lower) || endsClause(verb) || !first) return null;
  if (first.tags.has("Preposition") || first.tags.has("Adverb") || first.tags.has("Conjunction")) return null;
  let end = anchor + 2;
  while (end < terms.length && end - anchor <= REPORTED_WORDS && !endsClause(terms[end - 1]!)) end++;
  // (A clause longer than that is no short answer, and a cut one reads wrong, "… have died as a":
  // the passage quotes it whole.)
  if (end < terms.length && !endsClause(terms[end - 1]!)) return null;
  return end - anchor > 3 ? phraseSpan(text, terms, anchor + 1, end, 1.5) : null;
}

/**
 * A phrase cut short before its clause ends, less the small words it would end on: "… have died
 * as a" reads as "… have died", not as a sentence that stops mid-phrase.
 */
function trimmedEnd(terms: readonly TaggedTerm[], from: number, end: number): number {
  if (end >= terms.length || endsClause(terms[end - 1]!)) return end;
  let to = end;
  while (to > from + 2 && (isStopword(terms[to - 1]!.lower) || terms[to - 1]!.tags.has("Preposition"))) to--;
  return to;
}

/**
 * Nouns whose "to" clause says what they are, not what something was done for: "plans to build a
 * runway", "a bid to win the cup". Each with a made-up phrase.
 */
export const COMPLEMENT_NOUNS: readonly (WordRow & { question: string })[] = [
  { word: "plans", example: "The court blocked plans to build a runway.", question: "Why did the court block it?" },
  { word: "bid", example: "The club lost its bid to host the final.", question: "Why did the club lose?" },
  {
    word: "attempt",
    example: "The crew abandoned an attempt to reach the summit.",
    question: "Why did the crew abandon it?",
  },
  { word: "effort", example: "The board dropped an effort to cut costs.", question: "Why did the board drop it?" },
  {
    word: "decision",
    example: "The parents opposed the decision to close the school.",
    question: "Why did the parents oppose it?",
  },
  {
    word: "proposal",
    example: "The council rejected a proposal to raise the fee.",
    question: "Why did the council reject it?",
  },
  {
    word: "promise",
    example: "The mayor broke a promise to rebuild the bridge.",
    question: "Why did the mayor break it?",
  },
  { word: "right", example: "The firm won the right to appeal the ruling.", question: "Why did the firm win?" },
  {
    word: "permission",
    example: "The pilot asked for permission to land the plane.",
    question: "Why did the pilot ask?",
  },
  {
    word: "move",
    example: "Unions criticised the move to merge the councils.",
    question: "Why did the unions criticise it?",
  },
];
const COMPLEMENT_NOUN_KEYS = keysOf(COMPLEMENT_NOUNS);

/** "urged the group to release all hostages immediately" → "release all hostages immediately". */
function actionAfter(text: string, terms: readonly TaggedTerm[], anchor: number, reach = 8): Span | null {
  for (let i = anchor + 1; i < terms.length - 1 && i <= anchor + reach; i++) {
    if (terms[i]!.lower !== "to" || !terms[i + 1]!.tags.has("Verb")) continue;
    // ("blocked plans to build a runway": what the plans were, not why they were blocked.)
    if (COMPLEMENT_NOUN_KEYS.has(terms[i - 1]!.key)) continue;
    let end = i + 2;
    // (Up to the clause's end, or to a second deed of the subject's own: "urged them to return
    // to talks and said the state would not step in".)
    while (end < terms.length && end - i <= 8 && !endsClause(terms[end - 1]!) && !secondPredicate(terms, end)) end++;
    return phraseSpan(text, terms, i + 1, end, 2);
  }
  return null;
}

/** "What is X doing to …?", "what did they do to …?", "what are they doing in order to …?" */
const ASKS_DEED_FOR_PURPOSE =
  /\b(?:doing|do|did|done)\s+(?:in\s+order\s+)?to\s+(?!(?:the|a|an|his|her|their|its|him|them|it|this|that|us|me)\b)(\p{Ll}[\p{L}-]*)/u;

/**
 * "The guild …, advocating for talks and exerting pressure to end the war" → "advocating for talks and
 * exerting pressure": the verb phrase of the clause that ends right before "to" and the asked verb.
 */
function deedForPurpose(text: string, terms: readonly TaggedTerm[], purposeKey: string): Span | null {
  const anchor = terms.findIndex((t, i) => t.key === purposeKey && terms[i - 1]?.lower === "to");
  if (anchor < 0) return null;
  let start = anchor - 1;
  while (start > 0 && anchor - start <= 12 && !endsClause(terms[start - 1]!)) start--;
  // The clause's own verb, past any subject and helping verb ("the council is closing …").
  // (A tagger may call "closing" in "is closing two libraries" an adjective: after "is" it is the verb.)
  const helping = (t: TaggedTerm | undefined) => t !== undefined && /^(Auxiliary|Copula)$/.test(firstTag(t));
  const verb = terms
    .slice(start, anchor - 1)
    .findIndex((t, k) => (isVerb(t) && !helping(t)) || (/ing$/.test(t.lower) && helping(terms[start + k - 1])));
  // (A verb alone is no deed: "exploration is still continuing to find more" says who acts, and
  // "could then go on to earn more" only that it will follow.)
  const last = terms[anchor - 2]!;
  if (isVerb(last) || /^(on|up|out|off|ahead|forward|back|over)$/.test(last.lower)) return null;
  return verb >= 0 && start + verb < anchor - 2 ? phraseSpan(text, terms, start + verb, anchor - 1, 2) : null;
}

/** Verbs that ask someone to do something ("urged the firm to repair …"; "ask", "demand" share the key of "urge"). */
const URGING_KEYS: ReadonlySet<string> = new Set([
  ...["urge", "order", "press", "encourage", "advise", "implore"].map((w) => termKey(w)),
  ...tokenize("call on")
    .slice(0, 1)
    .map((t) => t.key),
]);

/** The verb phrase that follows a run of the question's words (its subject), up to the clause's end. */
function deedAfter(
  text: string,
  terms: readonly TaggedTerm[],
  matched: readonly number[],
  /** "What is the army doing?" asks for a deed in progress: "The army is sending trucks". */
  inProgress: boolean,
): Span | null {
  for (let i = 0; i < terms.length - 1; i++) {
    if (!matched[i] || matched[i + 1] || endsClause(terms[i]!)) continue;
    // (In progress, the helping verb belongs to the deed: "is sending trucks".)
    let v = i + 1;
    const skipped = inProgress ? /^(Adverb|Auxiliary|Copula)$/ : /^Adverb$/;
    while (v < terms.length && skipped.test(firstTag(terms[v]!))) v++;
    if (v >= terms.length || !isVerb(terms[v]!)) continue;
    // "50 crew held on the ship have died": a participle that only says which ones is skipped
    // to the clause's own verb, its helping verb first.
    let start = i + 1;
    const own = terms.slice(v + 1, v + 7).findIndex((t) => /^(Auxiliary|Copula)$/.test(firstTag(t)));
    if (terms[v]!.tags.has("PastTense") && own >= 0 && !terms.slice(v, v + 1 + own).some(endsClause))
      start = v + 1 + own;
    let end = start;
    while (end < terms.length && end - start <= 9 && !endsClause(terms[end - 1]!)) end++;
    // ("assured that the head of the guild, Ada Brek, will …": a that-clause cut before its verb
    // says nothing yet.)
    const that = terms.slice(start, end).findIndex((t) => t.lower === "that");
    if (that >= 0 && !terms.slice(start + that + 1, end).some((t) => isVerb(t))) return null;
    return phraseSpan(text, terms, start, end, 2);
  }
  return null;
}

/** "What is the (inflation) target?", "what was the fee?": the key of the noun whose value is asked. */
function valueNoun(q: AnalysedQuestion): string | undefined {
  const m =
    /^what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)\s*\??$/iu.exec(
      q.text.trim(),
    );
  return m ? termKey(m[1]!.toLowerCase()) : undefined;
}

/** "the bank's 2% target", "a £48m fee": the number right before the noun, as the noun's value. */
/**
 * The noun of "what is the population (of X) (in 2020)?", which a figure after "population of"
 * gives; with the word before it when the question has one ("the average depth").
 */
function measuredNoun(q: AnalysedQuestion): { noun: string; modifier?: string } | undefined {
  if (q.answerType !== "number") return undefined;
  const m =
    /^what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|its|their|his|her)\s+(?:([\p{L}-]+)\s+)?([\p{L}-]+)(?:\s+(?:of|in|for|at)\s[^?]*)?\s*\??$/iu.exec(
      q.text.trim(),
    );
  if (!m) return undefined;
  return { noun: termKey(m[2]!.toLowerCase()), modifier: m[1] && termKey(m[1].toLowerCase()) };
}

/** A finite verb before `at`, not one that opens a part set off by a comma ("The probe, named …, landed"). */
function mainVerbBefore(terms: readonly TaggedTerm[], at: number): boolean {
  return terms
    .slice(0, at)
    .some(
      (t, i) =>
        t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Infinitive") && !terms[i - 1]?.post.includes(","),
    );
}

/** A verb right after the comma that closes the set-off part ("…, founded in 1419, is one of …"). */
function mainVerbAfter(terms: readonly TaggedTerm[], from: number): boolean {
  for (let i = from; i < terms.length - 1; i++)
    if (terms[i - 1]?.post.includes(",")) return terms[i]!.tags.has("Verb") && !terms[i]!.tags.has("Gerund");
  return false;
}

const SET_OFF_BEFORE = /^(in|on|at|during|around|by|between|to|from|of|for|with|near)$/;
const RELATIVE_BE = /^(was|were|is|are)$/;

/**
 * True when the date follows a participle set off after a phrase ("the Tessa Academy, founded in
 * 1872", "a museum, which was opened in 1990") whose head word the question does not ask about.
 */
function dateOfSetOffPhrase(
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  c: Candidate,
  asked: ReadonlyMap<string, number>,
): boolean {
  let k = c.from - 1;
  if (SET_OFF_BEFORE.test(terms[k]?.lower ?? "")) k--;
  const participle = terms[k];
  if (!participle || !(participle.tags.has("PastTense") || participle.tags.has("Participle"))) return false;
  const relative = RELATIVE_BE.test(terms[k - 1]?.lower ?? "") && /^(which|that)$/.test(terms[k - 2]?.lower ?? "");
  if (relative) k -= 2;
  const before = terms[k - 1];
  if (!before?.post.includes(",")) return false;
  // Without "which", the participle modifies only when the sentence has its main verb elsewhere:
  // before it ("it runs a youth team, founded in 1991") or after the set-off part ("The
  // University, founded in 1419, is …"). Else it is that verb: "The probe, named Kestrel, landed on 14 August".
  if (!relative && !mainVerbBefore(terms, k) && !mainVerbAfter(terms, c.to)) return false;
  // ("the Tessa Power Company (TPC), established in 1997": the phrase is the one before the bracket.)
  if (before.post.trimStart().startsWith(")")) {
    while (k > 0 && !terms[k - 1]!.pre.includes("(")) k--;
    k--;
  }
  const phrase = candidates.filter((p) => p.to === k && !p.date && !p.number).sort((a, b) => a.from - b.from)[0];
  if (!phrase) return false;
  // (A phrase itself set off, "The line, to the port of Kessin, opened in 1847", stands between
  // the subject and its verb.)
  const opener = SET_OFF_BEFORE.test(terms[phrase.from - 1]?.lower ?? "") ? phrase.from - 2 : phrase.from - 1;
  if (terms[opener]?.post.includes(",")) return false;
  // Another thing's when the phrase has none of the question's words ("a youth team"), or is a name
  // joined by "of" whose first part the question lacks ("the University of Varnholm").
  const words = terms.slice(phrase.from, phrase.to);
  if (words.some((t) => t.tags.has("Pronoun"))) return false;
  if (!words.some((t) => asked.has(t.key))) return true;
  const of = words.findIndex(
    (t, i) => i > 0 && t.lower === "of" && isProper(words[i - 1]!) && isProper(words[i + 1] ?? t),
  );
  return of > 0 && !asked.has(words[of - 1]!.key);
}

/**
 * The phrase a "which" or "that" clause leaves the object of the verb at `anchor` to: "bauxite,
 * which the town had to import" → "bauxite". The words between must hold one of the question's.
 */
function objectOfRelative(
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  anchor: number,
  asked: ReadonlyMap<string, number>,
): Candidate | undefined {
  let i = anchor - 1;
  while (
    i >= 0 &&
    (terms[i]!.tags.has("Auxiliary") || terms[i]!.tags.has("Adverb") || HELPING_TO.test(terms[i]!.lower))
  )
    i--;
  const subjectEnd = i;
  while (i >= 0 && !/^(which|that)$/.test(terms[i]!.lower) && !endsClause(terms[i]!) && subjectEnd - i < 4) i--;
  if (i < 1 || !/^(which|that)$/.test(terms[i]!.lower) || i === subjectEnd) return undefined;
  // (The clause has a subject of its own, one the question names: not "carotenoids that absorb light".)
  const subject = terms.slice(i + 1, subjectEnd + 1);
  if (isVerb(subject[0]!) || !subject.some((t) => asked.has(t.key) && !t.tags.has("Pronoun"))) return undefined;
  // (A noun before it: not "It is here that the river meets …".)
  const before = terms[i - 1]!;
  if (!before.tags.has("Noun") || before.tags.has("Pronoun") || /^(here|there|now|then)$/.test(before.lower))
    return undefined;
  return candidates.filter((c) => c.to === i && !c.date && !c.number).sort((a, b) => b.from - a.from)[0];
}
/** The phrase a set-off "which"/"who" clause opening on the verb at `anchor` is about: "the char, which is found …". */
function subjectOfRelative(
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  anchor: number,
): Candidate | undefined {
  let i = anchor - 1;
  while (i >= 0 && (terms[i]!.tags.has("Auxiliary") || terms[i]!.tags.has("Copula") || terms[i]!.tags.has("Adverb")))
    i--;
  if (i < 1 || !/^(which|who)$/.test(terms[i]!.lower) || !terms[i - 1]!.post.includes(",")) return undefined;
  const before = candidates.filter((c) => c.to === i && !c.date && !c.number).sort((a, b) => b.from - a.from)[0];
  // ("Ada Vell, co-winner of the 1978 cup, who died in 2001": "who" is the person before the
  // phrase set off between them.)
  if (terms[i]!.lower === "who" && before && !before.personName) {
    const person = candidates
      .filter((c) => c.personName && c.to <= before.from && terms[c.to - 1]!.post.includes(","))
      .sort((a, b) => b.to - a.to)[0];
    if (person) return person;
  }
  return before;
}
const BIRTH_ORDER = /^(youngest|eldest|oldest|middle|second|third|fourth|fifth)$/;
const HELPING_TO = /^(to|had|has|have|would|will|could|can|must|should|may|might)$/;

/** True when the figure is followed by "in <year>" or "in <month>" that the question does not ask about. */
function timeOfOther(terms: readonly TaggedTerm[], c: Candidate, askedTimes: ReadonlySet<string>): boolean {
  let time = terms[c.to + 1]?.text ?? "";
  // ("in June 2000": the year says it, when one follows the month.)
  if (MONTH.test(time) && /^\d{4}$/.test(terms[c.to + 2]?.text ?? "")) time = terms[c.to + 2]!.text;
  return (
    terms[c.to]?.lower === "in" && (/^\d{4}$/.test(time) || MONTH.test(time)) && !askedTimes.has(time.toLowerCase())
  );
}
const MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/**
 * The figure right after "<noun> of" ("a population of about 41,000"), unless a name the question
 * lacks stands before it: then it is likely that other one's figure.
 */
function valueAfterOf(
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  measured: { noun: string; modifier?: string },
  asked: ReadonlyMap<string, number>,
): Candidate | undefined {
  for (let k = 1; k + 2 < terms.length; k++) {
    if (terms[k]!.key !== measured.noun || terms[k + 1]!.lower !== "of") continue;
    // ("the average depth?" is not "a depth of 287 metres".)
    if (measured.modifier && terms[k - 1]!.key !== measured.modifier) continue;
    // ("the town of Ferrowby, which has a population of 61,000" gives another place's figure.)
    if (terms.slice(1, k).some((t) => isProper(t) && !asked.has(t.key))) return undefined;
    const value = candidates.find((c) => c.number && !c.date && c.from === k + 2);
    if (value) return value;
  }
  return undefined;
}

function valueBefore(text: string, terms: readonly TaggedTerm[], nounKey: string): Span | null {
  for (let k = 1; k < terms.length; k++) {
    if (terms[k]!.key !== nounKey) continue;
    const before = terms[k - 1]!;
    if (/\d/.test(before.text) && before.tags.has("Value") && !before.post.trim())
      return phraseSpan(text, terms, k - 1, k, 2);
  }
  return null;
}

/** "a meritocratic bureaucracy" → "meritocratic bureaucracy": the describing words the article puts before the noun asked about. */
function modifiersOf(
  text: string,
  terms: readonly TaggedTerm[],
  nounKey: string,
  questionWeights: ReadonlyMap<string, number>,
): Span | null {
  for (let k = 0; k < terms.length; k++) {
    if (terms[k]!.key !== nounKey) continue;
    let from = k;
    // (A compound joined by hyphens modifies whatever its words are tagged: "a two-state solution".)
    const joined = (i: number) => terms[i]!.post === "-" || terms[i - 1]?.post === "-";
    while (from > 0 && (isModifier(terms[from - 1]!) || joined(from - 1)) && !endsClause(terms[from - 1]!)) from--;
    // At least one of them must be news: "Dunmeran art" does not answer "what kind of Dunmeran art".
    // And say a kind: "the whole plane shook" says nothing of what type of plane it was.
    const kinds = terms.slice(from, k).filter((t) => !NO_KIND.has(t.lower));
    if (kinds.some((t) => !questionWeights.has(t.key))) return phraseSpan(text, terms, from, k + 1, 2.5);
  }
  return null;
}

/** Words before a noun that say how much or which one of it, never what kind: "the whole plane", "the same car". */
const NO_KIND: ReadonlySet<string> = new Set(
  "whole entire same other another own very only such certain particular various several single full complete total additional further extra".split(
    " ",
  ),
);

const firstTag = (t: TaggedTerm) =>
  t.tags.has("Adverb") ? "Adverb" : t.tags.has("Auxiliary") ? "Auxiliary" : t.tags.has("Copula") ? "Copula" : "";

const OFFERS_CHOICE = /\b(or|between|either)\b/i;

function endsOnAskedName(content: readonly TaggedTerm[], q: AnalysedQuestion): boolean {
  const last = content.at(-1);
  return (
    last !== undefined &&
    isProper(last) &&
    !last.tags.has("Demonym") &&
    q.terms.some((t) => t.isName && t.key === last.key)
  );
}

const isModifier = (t: TaggedTerm) =>
  (t.tags.has("Adjective") || t.tags.has("Noun")) &&
  !t.tags.has("Determiner") &&
  !t.tags.has("Pronoun") &&
  !t.tags.has("Possessive") &&
  !isStopword(t.lower);

const LOCATIVE = /^(in|at|near|inside|within|across|throughout)$/;

const asksHowLong = (q: AnalysedQuestion) => /\bhow long\b/i.test(q.text);
const ASKS_HOW_OFTEN = /\bhow often\b/i;
/** Events a "where?" is not answered by, though a preposition of place stands before them ("in the attacks"). */
const EVENT_NOUNS =
  /^(?:attacks?|wars?|fighting|clash(?:es)?|raids?|bombings?|bombardments?|strikes?|crash(?:es)?|accidents?|explosions?|blasts?|shootings?|violence|conflicts?|riots?|protests?|unrest)$/;
/** Heads of set phrases after "in the" that name no place: "in the wild", "in the past", "in the meantime". */
const NO_PLACE = /^(?:wild|past|future|end|meantime|interim|process|event|long run|first place)$/;
/** "How big/high/deep … is it?": a size, which a distance to somewhere is not. */
const ASKS_SIZE = /\bhow\s+(?:big|large|small|tall|high|deep|wide|long)\b/i;
/** "… north of the city", "… off the coast", "… away": the words after a distance to somewhere. */
const DIRECTION_AFTER = /^(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ward)?s?\s+of|off|away)\b/;
/** "How deep/high/tall … ?": a height or a depth. */
const ASKS_HEIGHT = /\bhow\s+(?:tall|high|deep)\b/i;
/** "How deep/high/long … ?": a length. */
const ASKS_LENGTH = /\bhow\s+(?:tall|high|deep|wide|long|far)\b/i;
/** "118 square kilometres", "40 sq mi", "12 km²", "300 hectares": an area; "1.2 cubic kilometres" a volume. */
const AREA = /\b(?:square|sq|cubic|cu)\b|[²³]|\b(?:hectares?|acres?|litres?|liters?)\b/i;

const ASKS_MEASURE = /\bhow\s+(?:big|large|small|tall|high|deep|far|wide|heavy|long|old|fast)\b/i;
const ASKS_CHANGE =
  /\b(?:rises?|falls?|increases?|decreases?|drops?|cuts?|swings?|majority|lead|margins?|gains?|loss(?:es)?|growth|jumps?|shares?|discounts?)\b/i;
/** The phrase starts with a name, after "the" at most: "The Glass Harbour", "Holt", "the Tamar Bridge". */
function opensWithName(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const first = /^(the|a|an)$/i.test(terms[c.from]!.lower) && c.to - c.from > 1 ? terms[c.from + 1]! : terms[c.from]!;
  return c.named && /^[\p{Lu}\p{N}"“]/u.test(first.text);
}
/** "the first … in (nearly) three years", "its lowest level in a decade": a time since, after "in" and a superlative in its clause. */
function firstIn(terms: readonly TaggedTerm[], c: Candidate): boolean {
  let i = c.from - 1;
  while (i >= 0 && /^(nearly|almost|about|around|over|more|than|some|just|the|a)$/.test(terms[i]!.lower)) i--;
  if (terms[i]?.lower !== "in") return false;
  const clauses = clausesOf(terms);
  for (let k = i - 1; k >= 0 && clauses[k] === clauses[i]; k--)
    if (
      /^(first|last|only|lowest|highest|biggest|largest|smallest|worst|best|fewest|most|least)$/.test(terms[k]!.lower)
    )
      return true;
  return false;
}

/** A score or result written as a range: "3-2", "6–4". */
const SCORE = /^\d{1,3}\s*[-–]\s*\d{1,3}$/;
/** A stretch of time written with its ends: "from 1939 to 1945", "until May", "1939–45". */
function spansTime(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const words = terms
    .slice(Math.max(0, c.from - 1), c.to)
    .map((t) => t.lower)
    .join(" ");
  return /\b(until|till|to|through|since|from)\b|\d\s*[–-]\s*\d/.test(words);
}

/** The capitalised name right after "<noun> of" ("troops of Bishop Odo of Carrow"), to its end. */
function ownerAfterOf(text: string, terms: readonly TaggedTerm[], nounKey: string): Span | null {
  for (let k = 0; k + 2 < terms.length; k++) {
    if (terms[k]!.key !== nounKey || terms[k + 1]!.lower !== "of" || terms[k]!.post.trim()) continue;
    let end = k + 2;
    while (
      end < terms.length &&
      (/^\p{Lu}/u.test(terms[end]!.text) ||
        (/^(of|the|de|von|van)$/.test(terms[end]!.text) && /^\p{Lu}/u.test(terms[end + 1]?.text ?? "")))
    ) {
      end++;
      if (terms[end - 1]!.post.trim()) break;
    }
    if (end > k + 2) return phraseSpan(text, terms, k + 2, end, NAME_AFTER_NOUN_SCORE);
  }
  return null;
}

/** A name with "'s" before a noun ("Valdoria's delegation"): it says whose, not who. */
function possessorOnly(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const last = terms[c.to - 1]!;
  const next = terms[c.to];
  // (A year's is still the year: "2008's storm".)
  return (
    /['’]s$/i.test(last.text) &&
    !last.tags.has("Value") &&
    next !== undefined &&
    (next.tags.has("Noun") || next.tags.has("Adjective")) &&
    !endsClause(last)
  );
}
const ASKS_A_NAME = /^(?:what|which)\b.*\b(?:known\s+as|called|named|nicknamed|dubbed|titled)\s*\??$/i;
/** How the answer must write the time asked ("what year" → a year), if the question's noun says. */
const writtenAsAsked = (q: AnalysedQuestion): RegExp | undefined => {
  const noun = nounAskedFor(q);
  return noun ? dateWritten(noun) : undefined;
};

function fitsType(q: AnalysedQuestion, c: Candidate, terms: readonly TaggedTerm[]): boolean {
  // "annually", "every four years" answer "how often?" and nothing else.
  if (c.frequency && !ASKS_HOW_OFTEN.test(q.text)) return false;
  // "What year …?" is answered by a year, not by "March" or "Monday"; "what minute …?" by "the
  // 64th minute", not by "Saturday"; "what was her time?" by "4:01.40" (head-nouns.ts, DATE_HEAD_NOUNS).
  const written = writtenAsAsked(q);
  const said = terms
    .slice(c.from, c.to)
    .map((t) => t.text + t.post)
    .join("");
  if (written && !written.test(said)) return false;
  // "Which treaty …?" is not answered by "1648", nor "what is the longest tributary?" by "203 km": a
  // thing known by a name is no bare figure or year.
  // (Nor "what was the plant known as?" by "1948": a name is asked.)
  const noun = nounAskedFor(q);
  const figure = c.number || c.date || /^\W*\d/.test(said);
  if ((ASKS_A_NAME.test(q.text) || (noun && asksNamedThing(noun))) && figure && !c.named) return false;
  switch (q.answerType) {
    case "person":
      // "won the election in Valdoria": a place after "in" is where, not who.
      // ("tension in the Middle Vale": nor a name after "in the".)
      return (
        c.person &&
        !c.date &&
        !c.number &&
        !((c.place || terms[c.from - 1]?.lower === "the") && LOCATIVE.test(prepositionBefore(terms, c.from)))
      );
    case "place":
      return c.place;
    case "date":
      // "How often …?" is answered by "every 30 minutes" or "twice a year", and only "how often?" is.
      // ("every June", a yearly date, answers both.)
      if (ASKS_HOW_OFTEN.test(q.text))
        return c.frequency === true || (c.date && /^(every|each)$/.test(terms[c.from]!.lower));
      return c.date || (c.duration === true && asksHowLong(q));
    case "number":
      // ("a second runway" counts nothing: an ordinal before a noun says which, not how many. A
      // fraction, "a fifth of the flow", "two ninths", does count.)
      // ("How long was the episode?" asks a length or a duration: "21-minute" counts.)
      if (c.duration === true && asksHowLong(q)) return true;
      return c.number && !c.date && !ordinalOfNoun(terms, c);
    default:
      // "What is the council doing?" asks for a deed: "at least 200" or "on Monday" is none.
      return !(q.wantsAction && (c.number || c.date) && !c.named);
  }
}

function ordinalOfNoun(terms: readonly TaggedTerm[], c: Candidate): boolean {
  for (let i = c.from; i < c.to; i++) {
    // (Adjectives may stand between: "a second yellow card".)
    let n = i + 1;
    while (terms[n]?.tags.has("Adjective") && !terms[n]!.tags.has("Noun") && terms[i]!.tags.has("Ordinal")) n++;
    const next = terms[n];
    if (terms[i]!.tags.has("Ordinal") && next?.tags.has("Noun") && !next.tags.has("Value") && !terms[i]!.post.trim())
      return true;
  }
  return false;
}

/** The verb the question turns on: the first question word that is a verb in this sentence. */
function findAnchor(
  terms: readonly TaggedTerm[],
  matched: readonly number[],
  questionTerms: readonly { key: string; lower: string }[],
): number {
  for (const { key, lower } of questionTerms) {
    // The same word beats a near-synonym: "discuss" anchors on "discuss", not on "met".
    const stem = lower.slice(0, 4);
    const same = terms.findIndex((t, k) => matched[k]! > 0 && t.key === key && isVerb(t) && t.lower.startsWith(stem));
    const i = same >= 0 ? same : terms.findIndex((t, k) => matched[k]! > 0 && t.key === key && isVerb(t));
    if (i >= 0) return i;
  }
  return -1;
}

/** "Who visited Carrowby?" asks for a subject; "Who did Velt meet?" asks for an object. */
function asksForSubject(q: AnalysedQuestion): boolean {
  const words = q.tokens.map((t) => t.lower);
  // "How many voted for the rise?" asks for the subject too: a verb straight after "how many".
  if (words[0] === "how" && words[1] === "many")
    return (
      !/^(will|would|can|could|should|shall|may|might|must|do|does|did|is|are|was|were|has|have|had)$/.test(
        words[2] ?? "",
      ) && tagSentence(q.text).some((t) => t.lower === words[2] && isVerb(t) && !t.tags.has("Noun"))
    );
  const wh = words.findIndex((w) => /^(who|what|which|whom)$/.test(w));
  if (wh < 0) return false;
  let i = wh + 1;
  if (q.target.length)
    while (
      i < words.length &&
      !/^(is|are|was|were|did|does|do|has|have|had|will|would|can|could)$/.test(words[i]!) &&
      i < wh + 6
    )
      i++;
  const next = words[i] ?? "";
  if (/^(did|does|do)$/.test(next)) return false;
  // "Who will visit …?", "who can vote?": a modal and then the verb, asked of its subject ("what
  // can cells become?" has its subject between).
  if (/^(will|would|can|could|should|may|might|must|shall)$/.test(next)) {
    const after = tagSentence(q.text).find((t) => t.lower === words[i + 1]);
    return after !== undefined && isVerb(after);
  }
  if (/^(is|are|was|were|has|have|had)$/.test(next)) {
    // "Who was elected …" is a subject question; "What was the name of …" is not about a verb at all.
    return /(ed|en|ing)$/.test(words[i + 1] ?? "") || /^(soon|also|still|then|first)$/.test(words[i + 1] ?? "");
  }
  return true;
}

/** True when a form of "be" stands before the verb, over adverbs ("was eventually absorbed"). */
function beforeBe(terms: readonly TaggedTerm[], verb: number): boolean {
  let i = verb - 1;
  while (i >= 0 && terms[i]!.tags.has("Adverb")) i--;
  return i >= 0 && /^(was|were|been|is|are|be|being)$/.test(terms[i]!.lower);
}

/** The key of the word after the question word and the noun it asks about: "who owns …", "which firm built …". */
function verbAfterQuestionWord(q: AnalysedQuestion): string | undefined {
  const wh = q.tokens.findIndex((t) => /^(who|what|which)$/.test(t.lower));
  if (wh < 0) return undefined;
  const after = wh + 1 + q.target.length;
  // ("Which firm owns the mill?": a word read as the asked noun's when a determiner follows it is the verb.)
  if (q.target.length > 1 && /^(the|a|an|its|his|her|their)$/.test(q.tokens[after]?.lower ?? ""))
    return q.tokens[after - 1]!.key;
  return q.tokens[after]?.key;
}

/** Score for a phrase before the asked verb when the question asks for its object: too low to answer with. */
const WRONG_SIDE_OF_OBJECT = -2;

function sideScore(
  terms: readonly TaggedTerm[],
  c: Candidate,
  anchor: number,
  subjectQuestion: boolean,
  wantsPerson: boolean,
  asksObject = false,
  passiveQuestion = false,
): number {
  const before = c.to <= anchor;
  // "was attacked by rebels", and without the verb "be": "the raids launched by rebels".
  const passive =
    (/^(was|were|been|is|are|be)$/.test(terms[anchor - 1]?.lower ?? "") &&
      terms.slice(anchor + 1, anchor + 4).some((t) => t.lower === "by")) ||
    (terms[anchor + 1]?.lower === "by" && /(ed|en)$/.test(terms[anchor]!.lower));
  const beAux = beforeBe(terms, anchor);
  // A passive question wants what the verb was done to: before a passive verb, after an active one.
  const wantBefore = passiveQuestion ? beAux || passive : passive ? !subjectQuestion : subjectQuestion;
  // "Who does Velt blame?": the one blamed stands after "blame"; a name before it is the blamer.
  if (before && asksObject && !passive) return WRONG_SIDE_OF_OBJECT;
  if (before !== wantBefore) return -0.6;
  const clauses = clausesOf(terms);
  const anchorClause = clauses[anchor]!;
  // Object side: past a clause with a subject of its own, or as that subject, a phrase is that
  // clause's, not the asked verb's ("The board met on Monday, and the mayor thanked …").
  if (!before)
    return c.clause > anchorClause &&
      (laterSubject(terms, clauses, anchor, c.from) || subjectOfOwnClause(terms, clauses, c))
      ? -0.6
      : 0.6 / (1 + 0.2 * (c.from - anchor));
  // Subject side: the subject is the nearest phrase before the verb, skipping a parenthesis
  // between commas ("Ilka Velt, a senior member, visited" → "Ilka Velt").
  const distance = anchorClause - c.clause;
  // "Seven members voted for it, while two wanted to wait": a clause with its own subject before
  // the verb takes no subject from the clause before it.
  if (distance > 0 && ownSubject(terms, clauses, anchor)) return -0.6;
  // "He named Ada captain and made Oren mate": two verbs joined by "and" share the subject before
  // the first, and the phrase between them is the first one's object.
  if (distance === 0 && objectOfJoinedVerb(terms, clauses, c, anchor)) return -0.6;
  // A phrase right after another verb is that verb's object ("conquered Carrowby killing …"), not the subject.
  if (distance === 0) return terms.slice(c.to, anchor).some((t) => isVerb(t)) ? 0.4 : 1.2;
  if (distance === 2) return wantsPerson && !c.named ? 0.6 : 1.1;
  // ("The operator …, injuring 31 passengers, has been fined": the phrase in a clause set off by
  // a participle is that participle's object, not the subject of the verb after it.)
  // (Not where the asked verb is itself one of a run of participles: "setting …, providing …, taking …".)
  if (distance === 1 && !/ing$/.test(terms[anchor]!.lower) && objectOfParticiple(terms, clauses, c)) return -0.6;
  if (distance === 1) return wantsPerson && c.personName ? 1.3 : 0.4;
  return 0.2;
}

/** The phrase stands in a clause that opens on a participle before it: ", injuring 31 passengers,". */
function objectOfParticiple(terms: readonly TaggedTerm[], clauses: readonly number[], c: Candidate): boolean {
  let start = c.from;
  while (start > 0 && clauses[start - 1] === c.clause) start--;
  const first = terms[start]!;
  return (
    start < c.from &&
    start > 0 &&
    /^\p{Ll}+ing$/u.test(first.text) &&
    isVerb(first) &&
    !/^(including|according)$/.test(first.lower)
  );
}

/** The phrase follows a verb of its clause, and "and" (or "or", "but", "then") stands right before the asked verb. */
function objectOfJoinedVerb(
  terms: readonly TaggedTerm[],
  clauses: readonly number[],
  c: Candidate,
  anchor: number,
): boolean {
  let join = anchor - 1;
  while (join > c.to && terms[join]!.tags.has("Adverb")) join--;
  if (join < c.to || !/^(and|or|but|then)$/.test(terms[join]!.lower)) return false;
  // ("… named Ada captain and made …": a complement may stand between, but no verb.)
  if (terms.slice(c.to, join).some((t) => isVerb(t))) return false;
  for (let i = c.from - 1; i >= 0 && clauses[i] === c.clause; i--) if (isVerb(terms[i]!)) return true;
  return false;
}

/** The phrase opens its clause (no verb before it there) and a verb follows it in that clause. */
function subjectOfOwnClause(terms: readonly TaggedTerm[], clauses: readonly number[], c: Candidate): boolean {
  for (let i = c.from - 1; i >= 0 && clauses[i] === c.clause; i--) if (terms[i]!.tags.has("Verb")) return false;
  for (let i = c.to; i < terms.length && clauses[i] === c.clause; i++) if (isVerb(terms[i]!)) return true;
  return false;
}

/** Between the asked verb and the phrase, a clause opens with a subject and a verb of its own. */
function laterSubject(terms: readonly TaggedTerm[], clauses: readonly number[], verb: number, phrase: number): boolean {
  for (let i = verb + 1; i < phrase; i++) {
    if (clauses[i] === clauses[i - 1]) continue;
    // A new clause starts at i: does it open with a subject and then a verb before the phrase?
    let k = i;
    while (k < phrase && !terms[k]!.tags.has("Verb")) k++;
    if (k < phrase && k > i && ownSubject(terms, clauses, k)) return true;
  }
  return false;
}

/**
 * The verb's clause opens with a subject of its own: a noun, number or pronoun before its first
 * verb ("while two wanted …"), not a clause that opens on a verb ("will visit Carrowby to open …").
 */
function ownSubject(terms: readonly TaggedTerm[], clauses: readonly number[], verb: number): boolean {
  let start = verb;
  while (start > 0 && clauses[start - 1] === clauses[verb]) start--;
  for (let i = start; i < verb; i++) {
    const t = terms[i]!;
    if (t.tags.has("Verb")) return false;
    if ((t.tags.has("Noun") || t.tags.has("Value") || t.tags.has("Pronoun")) && !t.tags.has("Conjunction")) return true;
  }
  return false;
}

/** "What was the score?", "final score?", "moya roddick score". */
const ASKS_SCORE = /\b(score|scoreline)\b/i;
/** The question asks for a match result; "score" then names the kind of answer, like "year" in "what year". */
// (Not "score" the verb: "in what minute did Brek score?" asks for a time.)
export const asksScore = (q: AnalysedQuestion): boolean =>
  ASKS_SCORE.test(q.text) &&
  !/^(who|when|where|how)\b/i.test(q.text) &&
  q.askedVerb !== "score" &&
  q.answerType !== "date";

/** The first run of results ("3-1", "6-2 7-6 (8-6)") in the sentence. */
function scoreIn(text: string, terms: readonly TaggedTerm[]): Span | null {
  for (let from = 0; from < terms.length; from++) {
    if (!terms[from]!.tags.has("NumberRange")) continue;
    let to = from + 1;
    while (to < terms.length && terms[to]!.tags.has("NumberRange")) to++;
    // ("Stormed into a 4-0 lead": a score on the way is no result.)
    if (!INTERIM_SCORE.test(terms[to]?.lower ?? "")) return phraseSpan(text, terms, from, to, 2);
    from = to;
  }
  return null;
}
/** The word after a score that makes it one on the way: "a 4-0 lead", "2-1 up", "a 3-0 deficit". */
const INTERIM_SCORE = /^(?:lead|leads|advantage|up|down|deficit|half-time|halftime)$/;

/** "Who is the captain?", "who was Dunmere's envoy?": a question for whoever holds a role. */
const ASKS_ROLE = /^who(?:'s| is| was| are| were)\b/i;
// (A relative is no title: "who was Ada's husband?" is answered by "King Oren".)
const PEOPLE_WORDS: ReadonlySet<string> = new Set(PEOPLE_NOUNS.filter((w) => !KIN_NOUNS.includes(w)));
const EMPTY: ReadonlySet<string> = new Set();
/** What a name titled with another role than the one asked loses ("Striker Ilka Velt" for "who is the captain?"). */
const ROLE_TITLE = 1;

/** The role nouns written just before the phrase ("Striker" of "Striker Leah Osei" when the phrase is the name alone). */
function titleBefore(terms: readonly TaggedTerm[], c: Candidate): TaggedTerm[] {
  let from = c.from;
  const title = (t: TaggedTerm) => PEOPLE_WORDS.has(t.lower) || RANK_WORDS.has(t.lower);
  while (from > 0 && title(terms[from - 1]!) && !endsClause(terms[from - 1]!)) from--;
  return terms.slice(from, c.from);
}

function roleScore(content: readonly TaggedTerm[], roles: ReadonlySet<string>, q: AnalysedQuestion): number {
  const titles = content.filter((t) => PEOPLE_WORDS.has(t.lower) || RANK_WORDS.has(t.lower));
  if (!titles.length || !content.some((t) => isProper(t) && !PEOPLE_WORDS.has(t.lower))) return 0;
  // ("Deputy mayor Oren Task" is not the mayor: a rank word the question lacks makes another role.)
  const asked = new Set(q.tokens.map((t) => t.lower));
  if (titles.some((t) => RANK_WORDS.has(t.lower) && !asked.has(t.lower))) return -ROLE_TITLE;
  return titles.some((t) => roles.has(t.lower)) ? 0 : -ROLE_TITLE;
}

/** The phrase stands right after a role noun the question asks for and a comma: "the coach, Ada Vell". */
function afterRole(terms: readonly TaggedTerm[], c: Candidate, roles: ReadonlySet<string>): boolean {
  const before = terms[c.from - 1];
  return before?.post.includes(",") === true && roles.has(before.lower);
}

/** Verbs of going somewhere: "where did she go / travel / fly / move?" asks for the destination. */
const MOTION =
  /^(go|goes|went|gone|going|travel\w*|fly|flew|flown|flies|move[sd]?|moving|head(ed|s)?|come|came|comes|return(ed|s)?|flee|fled|escape[sd]?|flow(s|ed|ing)?|drain(s|ed)?|empt(y|ies|ied))$/;

/** A place given by its distance from another: "about 312 kilometres from the hills". */
function distanceFrom(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const from = terms.slice(c.from, c.to).findIndex((t) => t.lower === "from");
  return from > 0 && terms.slice(c.from, c.from + from).some((t) => isNumber(t));
}

/** Say verbs and thought verbs: a "what did X say/fear?" question is answered by the clause after them. */
const SAY_FORMS = new Set([...SAY_VERBS, ...THOUGHT_VERBS].flatMap((r) => r.forms));
/** "What is the source of the figure?", "according to whom?": a question for a claim's source. */
const ASKS_SOURCE = /\b(source|sources|according to whom?|says who|who says)\b/i;
/** "Who did the agency cite?": the one cited is the answer, whoever reported it. */
const asksWhomCited = (q: AnalysedQuestion) =>
  /^(who|whom)$/.test(q.tokens[0]?.lower ?? "") &&
  /^(do|does|did)$/.test(q.tokens[1]?.lower ?? "") &&
  /^(cite|cites|cited)$/.test(q.askedVerb ?? "");
/** "Who said …?", "who reported …?": the same, by a say verb (only those: "who fears …?" asks no source). */
const asksWhoSaid = (q: AnalysedQuestion) =>
  /^(who|which)$/.test(q.tokens[0]?.lower ?? "") && SAY_VERB_FORMS.has(q.tokens[1]?.lower ?? "");

/** The phrase stands right after a question's name and a comma: "Velt, the negotiator". */
function appositionOfAsked(terms: readonly TaggedTerm[], c: Candidate, weights: ReadonlyMap<string, number>): boolean {
  const before = terms[c.from - 1];
  return !!before && before.post.includes(",") && isProper(before) && weights.has(before.key);
}

function partOfGroup(terms: readonly TaggedTerm[], c: Candidate): boolean {
  // Over a title in front of the name: "including chairman Tomas Reyes".
  let i = c.from - 1;
  while (i >= c.from - 3 && i >= 0 && (TITLES.has(terms[i]!.lower) || isProper(terms[i]!))) i--;
  const before = terms[i]?.lower ?? "";
  return /^(including|notably|among)$/.test(before) || (before === "as" && terms[i - 1]?.lower === "such");
}
const TITLES: ReadonlySet<string> = new Set([...PEOPLE_NOUNS, ...TITLE_MODIFIERS]);

/** The number is the whole in "seven of the nine": a number, then "of (the)", stand right before it. */
function wholeOfPart(terms: readonly TaggedTerm[], c: Candidate): boolean {
  let i = c.from - 1;
  if (terms[i]?.lower === "the") i--;
  return terms[i]?.lower === "of" && terms[i - 1] !== undefined && isNumber(terms[i - 1]!);
}

/** Words before a number that make it a part of a whole just counted. */
const SUBSET_BEFORE = /\b(including|includes|include|among them|of whom|of them|of which)$/;

/**
 * The share of a candidate's words that only repeat the question. Not repetition: the unit asked
 * for ("34 percent" for "what percent …?") and the kind asked for ("two main roads" for "which
 * roads closed?").
 */
export function repeatedShare(
  q: AnalysedQuestion,
  content: readonly TaggedTerm[],
  weights: ReadonlyMap<string, number>,
  targetKeys: ReadonlySet<string>,
): number {
  const kindKey = /^(which|what)\s/i.test(q.text) && q.target[0] ? termKey(q.target[0]) : undefined;
  let shared = 0;
  for (const t of content)
    if (weights.has(t.key) && !(q.answerType === "number" && targetKeys.has(t.key)) && t.key !== kindKey) shared++;
  return content.length ? shared / content.length : 0;
}

/** The phrase's words and the `n` after it, where a unit stands ("140 km/h", "12 miles"). */
function withFollowingWords(terms: readonly TaggedTerm[], c: Candidate, n: number): string {
  // (With the signs written before a word: "$40 million".)
  return terms
    .slice(c.from, c.to + n)
    .map((t) => t.pre.trim() + t.text)
    .join(" ");
}

/** Words that open another clause: "…, and moved", "… but left", "… where he was born". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(
  "and but or while whereas which who where when after before until since then".split(" "),
);

/** The key of the deed a when-question asks the time of: "when did she die?", "when was it built?". */
function verbAsked(q: AnalysedQuestion): string | undefined {
  const word =
    q.askedVerb ??
    /\b(?:is|are|was|were|been)\s+(?:\S+\s+){0,5}?(\p{L}+(?:ed|en|wn|lt|ght|rn))\s*\??$/iu.exec(q.text.trim())?.[1];
  return word ? q.tokens.find((t) => t.lower === word.toLowerCase())?.key : undefined;
}

/**
 * The date follows a verb of saying in its clause, with at most a "by" phrase between: "announced
 * on Monday", "said on Tuesday", "announced by the minister on Monday".
 */
function dateOfSaying(terms: readonly TaggedTerm[], c: Candidate): boolean {
  for (let i = c.from - 1; i >= 0 && i >= c.from - 6; i--) {
    const t = terms[i]!;
    if (SAY_FORMS.has(t.lower) && isVerb(t)) return true;
    if (endsClause(t) || (isVerb(t) && !t.tags.has("Gerund"))) return false;
  }
  return false;
}

/**
 * True when the sentence uses the asked verb, but the verb nearest before the date is another:
 * "where he was born, was opened in 1927" gives the opening's date. (A date before its verb, "In
 * 1927 the museum opened", is not judged.)
 */
function dateOfAnotherVerb(
  terms: readonly TaggedTerm[],
  c: Candidate,
  askedKey: string | undefined,
  /** The question's words: a clause that names one of them ("and Briggs added a third") is still about it. */
  asked: ReadonlyMap<string, number>,
): boolean {
  if (askedKey === undefined) return false;
  const isAsked = (i: number) => terms[i]!.key === askedKey && usedAsVerb(terms, i);
  if (!terms.slice(0, c.from).some((_, i) => isAsked(i))) return false;
  // (A verb of another clause: after a comma or a joining word, "where he was born, was opened",
  // "born in 1827 and moved"; not a particle, "close in", nor a gerund, "the broadcasting of".)
  const otherVerb = (t: TaggedTerm) => isVerb(t) && !t.tags.has("Particle") && !t.tags.has("Gerund");
  let other = -1;
  for (let i = c.from - 1; i >= 0; i--) {
    if (isAsked(i)) {
      if (other < 0) return false;
      const between = terms.slice(i, other);
      let opens = between.length - 1;
      while (opens >= 0 && !endsClause(between[opens]!) && !CLAUSE_JOINERS.has(between[opens]!.lower)) opens--;
      if (opens < 0) return false;
      // (The other clause, from where it opens to the date.)
      return !terms.slice(i + opens + 1, c.from).some((t) => asked.has(t.key) && t.key !== askedKey);
    }
    if (other < 0 && otherVerb(terms[i]!)) other = i;
  }
  return false;
}

/**
 * Events that happen once to a person or an institution, each with the words a sentence gives it
 * by: a date tied to one of them is not the date of another.
 */
export const LIFE_EVENTS: readonly { forms: readonly string[]; example: string }[] = [
  { forms: ["born", "birth"], example: "She was born in 1921 in a mill town." },
  { forms: ["died", "dies", "die", "death"], example: "He died in 1988 at his home." },
  {
    forms: ["married", "marries", "marry", "marriage", "wedding"],
    example: "In 1902 he married a baker's daughter.",
  },
  { forms: ["divorced", "divorce"], example: "They divorced in 1971." },
  { forms: ["founded", "established", "founding"], example: "The firm was founded in 1902." },
  { forms: ["opened", "opening"], example: "The museum opened in 1978." },
  { forms: ["closed", "closure", "closing"], example: "The station closed in 1964." },
  { forms: ["retired", "retirement", "retires"], example: "She retired in 2010." },
  { forms: ["resigned", "resignation", "resigns"], example: "The minister resigned in 1999." },
  { forms: ["elected", "election"], example: "He was elected in 1974." },
  { forms: ["appointed", "appointment"], example: "She was appointed in 2003." },
  { forms: ["graduated", "graduation"], example: "He graduated in 1950." },
];
/** The first rows of LIFE_EVENTS, birth and death. */
const LIFE_AND_DEATH = 2;
const EVENT_OF_KEY: ReadonlyMap<string, number> = new Map(
  LIFE_EVENTS.flatMap((row, i) => row.forms.map((w) => [termKey(w), i] as const)),
);

/** The date's clause tells of another event of LIFE_EVENTS than the one asked, and not of that one. */
function dateOfAnotherEvent(terms: readonly TaggedTerm[], c: Candidate, askedKey: string | undefined): boolean {
  const asked = askedKey === undefined ? undefined : EVENT_OF_KEY.get(askedKey);
  if (asked === undefined) return false;
  // A birth or a death is told with its own word ("born", "died", "death"; a bracket of life dates
  // is read before this): a sentence without it gives the date of something else.
  if (asked < LIFE_AND_DEATH && !terms.some((t) => EVENT_OF_KEY.get(t.key) === asked)) return true;
  // (The clause, not the sentence: "In 1866 he married Ilka; two of their children died young".)
  const clauses = clausesOf(terms);
  const own = terms.filter((_, i) => clauses[i] === c.clause && (i < c.from || i >= c.to));
  const events = own.map((t) => EVENT_OF_KEY.get(t.key)).filter((e) => e !== undefined);
  return events.length > 0 && !events.includes(asked);
}

const MONEY = moneyPattern();
const COST_KEYS = new Set(["cost", "costs", "costing", "worth", "priced", "valued"].map((w) => termKey(w)));

/**
 * The sum's clause says what it is the cost of ("a flood scheme costing £18.5 million"), a thing
 * the question does not name, and no word of the question stands in that clause.
 */
function costOfOther(terms: readonly TaggedTerm[], c: Candidate, asked: ReadonlyMap<string, number>): boolean {
  const clauses = clausesOf(terms);
  const clause = terms.filter((_, i) => clauses[i] === c.clause);
  if (clause.some((t) => asked.has(t.key) && !COST_KEYS.has(t.key))) return false;
  let verb = c.from - 1;
  while (verb >= 0 && clauses[verb] === c.clause && !COST_KEYS.has(terms[verb]!.key)) verb--;
  if (verb < 0 || clauses[verb] !== c.clause) return false;
  const holder = terms[verb - 1];
  return verb > 0 && clauses[verb - 1] === c.clause && holder!.tags.has("Noun") && !holder!.tags.has("Pronoun");
}

/**
 * "Chief Inspector Ada Vell", "Harbour Board president Ada Vell": the phrase opens with the
 * question's words and ends on a name they don't hold. Where that name starts, or -1.
 */
function nameAfterTitle(terms: readonly TaggedTerm[], c: Candidate, asked: ReadonlyMap<string, number>): number {
  let i = c.from;
  // (A title may be written in lower case after the body's name: "Board president".)
  while (i < c.to && asked.has(terms[i]!.key) && (/^\p{Lu}/u.test(terms[i]!.text) || PEOPLE_WORDS.has(terms[i]!.lower)))
    i++;
  if (i === c.from || i === c.to) return -1;
  return terms.slice(i, c.to).every((t) => isProper(t) && !asked.has(t.key)) ? i : -1;
}

/** The way a measure asked goes ("how deep", "what is the height …"), as a row of DIMENSIONS. */
function askedDimension(q: AnalysedQuestion): (typeof DIMENSIONS)[number] | undefined {
  if (q.answerType !== "number") return undefined;
  const how = q.tokens.findIndex((t) => t.lower === "how");
  const word = how >= 0 ? q.tokens[how + 1]?.lower : q.target[0];
  return word ? DIMENSIONS.find((d) => d.asked.includes(word)) : undefined;
}

/** A number the sentence says goes another way: "an elevation of 1,140 metres" asked "how deep". */
function saysOtherDimension(terms: readonly TaggedTerm[], c: Candidate, asked: (typeof DIMENSIONS)[number]): boolean {
  const near = [...terms.slice(Math.max(0, c.from - 3), c.from), ...terms.slice(c.to, c.to + 3)].map((t) => t.lower);
  if (near.some((w) => asked.said.includes(w))) return false;
  return DIMENSIONS.some((d) => d !== asked && near.some((w) => d.said.includes(w)));
}

/** "No. 3", "Op. 12", "no.5", "#4", "number 10": a number that names one of a series. */
function isLabelNumber(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const first = terms[c.from];
  const before = terms[c.from - 1];
  if (first && /^(?:no\.|#)\d/i.test(first.text)) return true;
  return (
    before !== undefined &&
    /^\d/.test(first?.text ?? "") &&
    /^(?:nos?|op|vol|number)$/i.test(before.text) &&
    (before.lower === "number" || before.post.startsWith("."))
  );
}

/** "five main sites", "40 km": a phrase that opens on a number. */
const startsWithCount = (terms: readonly TaggedTerm[], c: Candidate) =>
  terms[c.from] !== undefined && isNumber(terms[c.from]!);

/**
 * "How much money did the appeal raise?" and "how much did the bridge cost?" are answered by a sum
 * ("$40 million"), not "Orrin Bowl 50" or "between 1994 and 1997".
 */
function howMuchMoney(q: AnalysedQuestion): RegExp | undefined {
  if (!/\bhow much\b/i.test(q.text)) return undefined;
  return moneyUnits(q.target[0] ?? "") ?? (asksPrice(q.tokens.map((t) => t.lower)) ? moneyPattern() : undefined);
}

/** The units "how fast/far/tall …" asks to be answered in, when the question asks one of those. */
function howUnitsAsked(q: AnalysedQuestion): RegExp | undefined {
  const how = q.tokens.findIndex((t) => t.lower === "how");
  const word = q.tokens[how + 1]?.lower;
  // ("How high did the song go in the charts?" asks a place in a chart, not a height.)
  if (/\bcharts?\b/i.test(q.text)) return undefined;
  if (how < 0 || !word) return undefined;
  // ("How big is the park?": an area or a length, not a count.)
  const land = landSizeUnits(word, q.tokens.at(-1)?.lower ?? "");
  return land ?? howUnits(word, /^(is|was|are|were)$/.test(q.tokens[how + 2]?.lower ?? ""));
}

/**
 * The candidate as an age, or undefined when it is none: a number of years old ("58-year-old",
 * taking in the "old", "515 million years"), or one after "aged", "age (of)" or "turned" ("aged 71",
 * "at the age of six", "he turned 39", "his debut at 17"), or set off after a name ("Oduya, 52,").
 * "Twelve years" in power is no age.
 */
function ageOf(terms: readonly TaggedTerm[], c: Candidate): Candidate | undefined {
  if (!c.number) return undefined;
  const before = terms.slice(Math.max(0, c.from - 2), c.from).map((t) => t.lower);
  if (/^(aged|age|turned|turning)$/.test(before.at(-1) ?? "") || before.join(" ") === "age of") {
    // ("The men, aged 19 and 23, …": both ages.)
    const [and, other] = [terms[c.to], terms[c.to + 1]];
    return and?.lower === "and" && other && /^\d{1,3}$/.test(other.text) ? { ...c, to: c.to + 2 } : c;
  }
  // "made his debut at 17": a bare number after "at" (no unit after it) is an age.
  const unit = terms[c.to];
  if (
    before.at(-1) === "at" &&
    c.to === c.from + 1 &&
    /^\d{1,3}$/.test(terms[c.from]!.text) &&
    (!unit || endsClause(terms[c.from]!) || !unit.tags.has("Noun"))
  )
    return c;
  // "Oduya, 52, promised …": news gives an age set off by commas after the name (a sentence's
  // first word too, which a tagger may not call a name).
  const name = terms[c.from - 1];
  if (
    name &&
    (isProper(name) || (c.from === 1 && /^\p{Lu}\p{Ll}/u.test(name.text))) &&
    name.post.includes(",") &&
    c.to === c.from + 1 &&
    /^\d{1,3}$/.test(terms[c.from]!.text) &&
    terms[c.from]!.post.includes(",")
  )
    return c;
  const year = terms.slice(c.from, c.to + 2).findIndex((t) => /\byears?\b/.test(t.lower));
  if (year < 0) return undefined;
  const at = c.from + year;
  const end = at + 1;
  // An age, not any span of years ("in power for twelve years"): "years old", "-year-old", "years
  // of age", "years ago", or a geologist's "million years".
  const word = terms[at]!.lower;
  const after = terms.slice(end, end + 2).map((t) => t.lower);
  const isAge =
    /year-old$/.test(word) ||
    /^(old|ago)$/.test(after[0] ?? "") ||
    after.join(" ") === "of age" ||
    /^(million|billion|thousand)$/.test(terms[at - 1]?.lower ?? "");
  if (!isAge) return undefined;
  return terms[end]?.lower === "old" && end >= c.to ? { ...c, to: end + 1 } : c;
}

/** The phrase ends on a kind of place other than the one asked ("the city" for "what country"). */
function otherPlaceKind(content: readonly TaggedTerm[], asked: string): boolean {
  const head = content.at(-1)!;
  // (Written in lower case: the tagger marks "region" or "valley" as a place, as it does a name.)
  return !/^\p{Lu}/u.test(head.text) && isPlaceNoun(head.lower) && stem(head.lower) !== stem(asked);
}

/** The stem of the noun a how-many question counts: "deaths" in "how many measles deaths were there?". */
function countedNoun(q: AnalysedQuestion): string | undefined {
  const nouns = tagSentence(q.text).filter(
    (t) => q.target.includes(t.lower) && t.tags.has("Noun") && !t.tags.has("Verb"),
  );
  const last = nouns.at(-1);
  return last ? stem(last.lower) : undefined;
}

const PEOPLE_STEM = stem("people");
/** "How many people live …?": a population asked without the word. */
const LIVE_THERE = /\bhow\s+many\s+(?:people|residents|inhabitants)\s+(?:live|lived|living)\b/i;
/** Words that say a count is of those who live somewhere: "a population of", "41,000 inhabitants". */
const SAYS_RESIDENTS =
  /\b(?:populations?|populated|inhabitants?|residents?|citizens|people\s+(?:live|lived|living)|(?:is|was)\s+home\s+to|census|populous)\b/i;
/**
 * The candidate is a time counted from something the question asks about: "within 30 days of its
 * first sitting", "two weeks after the vote", "a day before the final".
 */
function timeFromAsked(terms: readonly TaggedTerm[], c: Candidate, weights: ReadonlyMap<string, number>): boolean {
  if (!/^(?:of|after|before|since|from)$/.test(terms[c.to]?.lower ?? "")) return false;
  if (
    !/^(?:within|about|some|around|nearly|just|only|\d|one|two|three|four|five|six|seven|eight|nine|ten|a)\b/i.test(
      terms[c.from]?.lower ?? "",
    )
  )
    return false;
  // (The words of the noun phrase after it, to its end.)
  for (let i = c.to + 1; i < Math.min(terms.length, c.to + 6); i++) {
    if ((weights.get(terms[i]!.key) ?? 0) > 0 && terms[i]!.tags.has("Noun")) return true;
    if (endsClause(terms[i]!)) break;
  }
  return false;
}

/** The length of time a bare figure opens ("two" of "two weeks"), if it opens one. */
function durationFrom(candidates: readonly Candidate[], figure: Candidate): Candidate | undefined {
  return candidates.find((c) => c.duration && c.from === figure.from && c.to > figure.to);
}

/** A unit of time: "weeks", "a year", "hrs". */
const TIME_UNIT =
  /^(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|decades?|centur(?:y|ies))$/i;

/** A count of all there are: "how many seats are there?", "… in total?", "… altogether?". */
const ASKS_TOTAL =
  /\b(?:there|total|altogether|in\s+all|overall|whole)\b|\b(?:have|has|had|hold|holds|contain|contains|include|includes)\s*\??$/i;
const HAVE_FORMS = /^(?:have|has|had|having|hold|holds|contain|contains|include|includes)$/;
/** "How many …?" without a rate: "per pair", "a day", "on average", "each". */
const ASKS_WHOLE_COUNT = /^how\s+many\b(?!.*\b(?:per|average|each|a\s+(?:day|week|month|year|game|season))\b)/i;
/** A number with a decimal part and no scale word after it: "3.1", "about 1.8 chicks". */
const FRACTION_COUNT =
  /^(?:\D+\s)?\d+\.\d+(?![\d.]|\s*(?:%|(?:million|billion|trillion|thousand|m|bn|k|per\s*cent|percent)\b))/i;
const PERSON_STEMS: ReadonlySet<string> = new Set(PEOPLE_NOUNS.map((w) => stem(w)));
/** Nouns that count people by what befell them or what they did: "14 deaths", "40,000 signatures". */
const PEOPLE_EVENTS =
  /^(deaths?|casualt(?:y|ies)|fatalit(?:y|ies)|injur(?:y|ies)|cases?|arrests?|votes?|signatures?|lives|births?|admissions?|applications?|entries|jobs?|places?|seats?|tickets?|beds?)$/i;
/**
 * True when the number plainly counts things, not people: "30 million sensor units", "400 homes".
 * A noun of people ("residents", "guests"), one that names a doer ("miners", "fishermen"), a people
 * ("Russians"), or what befalls people ("deaths") is none; nor is a number that counts no noun.
 */
function countsThings(terms: readonly TaggedTerm[], c: Candidate): boolean {
  if (!c.number) return false;
  // (The nouns after its last number word: "more than 30 million sensor units" → units.)
  let last = c.to - 1;
  while (last > c.from && !isNumber(terms[last]!)) last--;
  // (Or the noun after "of": "a retrospective of 112 of his works" counts works.)
  let start = last + 1;
  if (start === c.to && terms[start]?.lower === "of") {
    start++;
    while (/^(the|his|her|their|its|our|these|those)$/.test(terms[start]?.lower ?? "")) start++;
  }
  const noun = headNoun(terms, start, Math.max(c.to, start) + 3);
  if (
    !noun ||
    isProper(noun) ||
    noun.tags.has("Demonym") ||
    noun.tags.has("Actor") ||
    PERSON_STEMS.has(stem(noun.lower))
  )
    return false;
  return (
    !/(?:er|ers|or|ors|ist|ists|ant|ants|ent|ents|ian|ians|man|men|ee|ees|il|ils|ren)$/.test(noun.lower) &&
    !PEOPLE_EVENTS.test(noun.lower)
  );
}

/** What counts the number: the first noun in or after it ("14 deaths", "312 suspected cases"). */
function countedBy(terms: readonly TaggedTerm[], c: Candidate): TaggedTerm | undefined {
  return terms.slice(c.from, c.to + 3).find((t) => t.tags.has("Noun") && !t.tags.has("Value") && !/^\d/.test(t.text));
}

/**
 * "Who resigned?" or "which minister resigned?" is not answered by "a government minister", nor
 * "what profit do they expect?" by "an underlying profit": a phrase that opens with "a" or "an"
 * and holds no name or number introduces someone or something the sentence does not identify.
 */
function unnamedIndefinite(q: AnalysedQuestion, terms: readonly TaggedTerm[], c: Candidate): boolean {
  if (!/^(a|an)$/.test(terms[c.from]!.lower) || c.named || c.number || c.date || q.asksKindOf) return false;
  const nouns = terms.slice(c.from, c.to).filter((t) => t.tags.has("Noun"));
  const head = nouns.at(-1);
  if (head !== undefined && q.target.some((w) => stem(w) === stem(head.lower))) return true;
  // (A question about what is done in general, "who normally signs a lease?", is answered by a kind
  // of person, "a lawyer"; one about what someone did is not.)
  return q.answerType === "person" && askedInThePast(q) && !/\b(a|an)\b/i.test(q.text);
}

/** The phrase's head word: the last before a preposition or a comma ("delegation" in "a delegation from the union"). */
function headWord(terms: readonly TaggedTerm[], c: Candidate): TaggedTerm {
  for (let i = c.from; i < c.to - 1; i++)
    if (terms[i]!.post.includes(",") || terms[i + 1]!.tags.has("Preposition")) return terms[i]!;
  return terms[c.to - 1]!;
}

/** The named place a phrase opens before its time words: "Varnholm" of "Varnholm the following month". */
function placeBeforeTime(
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  c: Candidate,
): Candidate | undefined {
  return candidates
    .filter((p) => p.from === c.from && p.to < c.to && p.named && !namesTimeOnly(terms, p))
    .sort((a, b) => b.to - a.to)[0];
}

/** "July 1961", "the 2015 season": a phrase with a word of time in it and no place named. */
function namesTimeOnly(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const words = terms.slice(c.from, c.to);
  const time = words.some((t) => t.tags.has("Date") || /^(1[5-9]|20)\d\d$/.test(t.text));
  return time && !words.some((t) => t.tags.has("Place") || t.tags.has("City") || t.tags.has("Country"));
}

/** The phrase completes a group noun: "the union" in "a delegation from the union", "members of the board". */
function ofCollective(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const at = /^(the|a|an)$/.test(terms[c.from - 1]?.lower ?? "") ? c.from - 2 : c.from - 1;
  return /^(from|of)$/.test(terms[at]?.lower ?? "") && COLLECTIVE_NOUNS.has(terms[at - 1]?.lower ?? "");
}

/** A first and last name and nothing after them: "Carla Vell", "protest leader Carla Vell". */
function namesOnePerson(terms: readonly TaggedTerm[], c: Candidate): boolean {
  const [first, last] = [terms[c.to - 2], terms[c.to - 1]!];
  return c.to - c.from >= 2 && first?.tags.has("FirstName") === true && last.tags.has("Person") && isProper(last);
}

/** A question about something that happened: "who resigned?", "who did they arrest?", "who wrote it?". */
const PAST_EVENT = /\b(did|was|were|had)\b|^\S+\s+\p{L}+ed\b/iu;
const askedInThePast = (q: AnalysedQuestion) =>
  PAST_EVENT.test(q.text) || (q.tokens[1] !== undefined && IRREGULAR_VERBS[q.tokens[1].lower] !== undefined);

/** A time that names no date: the article says when only roughly. */
const VAGUE_TIME =
  /^(?:soon|recently|lately|later|earlier|now|currently|eventually|shortly|in the future|in the past)$/i;
/** Words for the present: never when something in the past happened. */
const PRESENT_TIME = /^(?:today|now|currently|nowadays|presently|at present|these days)$/i;
/** A question that asks for a date, not for roughly when. */
const ASKS_EXACT_TIME = /\b(?:what|which)\s+(?:date|day|year|month|time)\b|\bexactly\b/i;

/** The keys of every country and its people ("ruritania" and "ruritanian" share one). */
export const NATION_KEYS: ReadonlySet<string> = new Set(COUNTRY_GROUPS.map((g) => termKey(g[0]!)));

/** The words right after the number name a nation, and none the question asks about. */
function countsOtherNation(terms: readonly TaggedTerm[], c: Candidate, asked: ReadonlySet<string>): boolean {
  if (!c.number) return false;
  const after = terms.slice(c.to, c.to + 3);
  const end = after.findIndex((t) => endsClause(t));
  const nations = (end < 0 ? after : after.slice(0, end + 1)).filter((t) => NATION_KEYS.has(t.key));
  return nations.length > 0 && !nations.some((t) => asked.has(t.key));
}

/** Whether the number counts a noun of the question other than the one it asks to count. */
function countsOtherAsked(
  terms: readonly TaggedTerm[],
  c: Candidate,
  counted: string,
  /** The keys of the nouns the question puts after a preposition ("at the factory"). */
  placed: ReadonlySet<string>,
): boolean {
  if (!c.number) return false;
  // The noun it counts ("two factories", "two new factories", "11 migraine days"); "20 in the
  // attack" counts nothing named.
  // ("the 150-seat parliament" counts seats, joined to the number.)
  const joined = c.to - 1 > c.from || !/^-/.test(terms[c.from]!.post) ? undefined : terms[c.from + 1];
  const noun = joined ?? headNoun(terms, c.from, c.to + 3);
  return noun !== undefined && placed.has(noun.key) && stem(noun.lower) !== counted && !isProper(noun);
}

/** Verbs news uses for an amount going up or down. */
const MOVE_VERBS =
  "rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop|drops|dropped|grow|grows|grew|grown|increase|increases|increased|decrease|decreases|decreased|climb|climbs|climbed|jump|jumps|jumped|slump|slumps|slumped|decline|declines|declined|gain|gains|gained|slide|slid|plunge|plunged|soar|soared|shrink|shrank|shrunk";
const MOVE = new RegExp(`^(?:${MOVE_VERBS})$`, "i");
const ASKS_CHANGE_BY = new RegExp(
  `^how\\s+(?:much|many|far)\\s+(?:\\S+\\s+){0,5}?(?:${MOVE_VERBS}|go|went|gone)\\b`,
  "i",
);
const MOVED_TO = new RegExp(`\\b(?:${MOVE_VERBS}|go|went|gone)\\s+(?:down\\s+|up\\s+)?to\\s*\\??$`, "i");
const ASKS_LEVEL = /^how\s+(?:much|many)\s+(?:is|are|was|were)\s/i;

type Movement = "change" | "level" | "before";

/** What a "how much …?" asks of an amount that moved: the change, the level, the level before, or neither. */
function askedMovement(question: string): Movement | undefined {
  if (/\b(?:before|previously|last\s+time|used\s+to|originally|beforehand|at\s+first)\b/i.test(question))
    return "before";
  // ("How many seats did they fall to?" asks where it ended, as "to what?" does.)
  if (/\bto\s+what\b/i.test(question) || MOVED_TO.test(question.trim())) return "level";
  if (ASKS_CHANGE_BY.test(question)) return "change";
  return ASKS_LEVEL.test(question) ? "level" : undefined;
}

/**
 * Whether a number in a sentence of movement is the change ("rose 3%", "by 3%", "a 3% rise"), the
 * level ("to £9.8bn") or the level before ("fell to 15 seats from 31"); undefined when no movement
 * is written next to it.
 */
function movedAmount(terms: readonly TaggedTerm[], c: Candidate): Movement | undefined {
  const before = terms[c.from - 1];
  if (!before) return undefined;
  const moved = (from: number) => terms.slice(Math.max(0, from), c.from - 1).some((t) => MOVE.test(t.lower));
  if (before.lower === "to" && moved(c.from - 5)) return "level";
  // (Not "from 76,000 to 540,000": a range tells the whole move.)
  if (
    before.lower === "from" &&
    !c.range &&
    terms[c.to]?.lower !== "to" &&
    (/^(up|down)$/.test(terms[c.from - 2]?.lower ?? "") || moved(c.from - 7))
  )
    return "before";
  if (before.lower === "by" || MOVE.test(before.lower)) return "change";
  const after = terms[c.to];
  return after && MOVE.test(after.lower) && after.tags.has("Noun") ? "change" : undefined;
}

/** The number is the "five" of "one train in five" or "three out of four voters". */
function denominatorOf(terms: readonly TaggedTerm[], c: Candidate): boolean {
  if (!c.number) return false;
  const before = terms.slice(Math.max(0, c.from - 4), c.from).map((t) => t.lower);
  const at = before.lastIndexOf("in") >= 0 ? before.lastIndexOf("in") : before.lastIndexOf("of");
  if (at < 0 || at !== before.length - 1 || (before[at] === "of" && before[at - 1] !== "out")) return false;
  // A count before it: "one train in", "three out of".
  return before
    .slice(0, before[at] === "of" ? at - 1 : at)
    .some((w) => /^(one|a|\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(w));
}

/**
 * The last noun of the first run of nouns from `from` ("the migraine trial" → trial), before any
 * preposition; a word after a hyphen counts as a noun ("the 150-seat parliament" → seat).
 */
function headNoun(terms: readonly TaggedTerm[], from: number, to: number): TaggedTerm | undefined {
  let noun: TaggedTerm | undefined;
  for (let i = from; i < Math.min(to, terms.length); i++) {
    const t = terms[i]!;
    const isNoun =
      (t.tags.has("Noun") || /-$/.test(terms[i - 1]?.post ?? "")) && !t.tags.has("Value") && !/^\d/.test(t.text);
    if (isNoun) noun = t;
    // (Nor past a verb: "14,500 watched the match" counts no matches.)
    else if (noun || t.tags.has("Preposition") || (t.tags.has("Verb") && !t.tags.has("Adjective"))) break;
    if (noun && endsClause(t)) break;
  }
  return noun;
}

/**
 * "How many people work at the factory?": the keys of the nouns after a preposition that follows
 * the counted phrase, where the counted are. ("How many times …?" counts events, whatever they are.)
 */
function nounsAfterPreposition(q: AnalysedQuestion): ReadonlySet<string> {
  const tagged = tagSentence(q.text);
  const many = tagged.findIndex((t, i) => /^(many|much)$/.test(t.lower) && tagged[i - 1]?.lower === "how");
  if (many < 0 || /^times?$/.test(tagged[many + 1]?.lower ?? "")) return EMPTY;
  const keys = new Set<string>();
  tagged.forEach((t, i) => {
    if (i <= many + 1 || !t.tags.has("Preposition")) return;
    // (The head of the phrase: "in the migraine trial" is about a trial.)
    const noun = headNoun(tagged, i + 1, i + 5);
    if (noun && !isProper(noun)) keys.add(noun.key);
  });
  return keys;
}

/** For "how many X": the number whose following words name X, in a clause that is about X. */
function countScore(
  terms: readonly TaggedTerm[],
  c: Candidate,
  targetKeys: ReadonlySet<string>,
  weights: ReadonlyMap<string, number>,
  /** The stem of the noun the question counts. */
  counted: string | undefined,
): number {
  let score = 0;
  // (What the words after it count, up to another number listed after it: "29.8% and 81 seats"
  // counts no seats; "one in four 11-year-olds" counts the 11-year-olds.)
  // (Nor past the end of its clause: "287 metres, although the average depth is …" counts no depth.)
  const end = terms.slice(c.to, c.to + 4).findIndex(endsClause);
  const next = endsClause(terms[c.to - 1]!) ? [] : terms.slice(c.to, end < 0 ? c.to + 4 : c.to + end + 1);
  const another = next.findIndex(
    (t, i) =>
      isNumber(t) &&
      (/^(and|or|but)$/.test(next[i - 1]?.lower ?? "") || /[,;]/.test((i ? next[i - 1]! : terms[c.to - 1]!).post)),
  );
  const after = another < 0 ? next : next.slice(0, another);
  const unit = terms.slice(c.from, c.to);
  if (after.some((t) => targetKeys.has(t.key)) || unit.some((t) => targetKeys.has(t.key))) score += 1.2;
  else if (after.some((t) => weights.has(t.key))) score += 0.5;
  // "How many deaths?" of "312 cases, including 14 deaths": a part named by the very noun asked
  // is what the question counts (the same word, not a near-synonym: "… 224 individuals, including
  // three citizens" does not answer "how many people …?").
  const noun = counted === undefined ? undefined : countedBy(terms, c);
  const sameNoun = noun !== undefined && stem(noun.lower) === counted;
  // "How many survivors are Dunmeran?": the count of the ones the question names ("three
  // Dunmeran sailors") says more than the count of all of them ("40 survivors").
  // ("How many Dunmeran sailors …" names the part in what it counts.)
  const narrows = (t: TaggedTerm) => weights.has(t.key) && (isProper(t) || t.tags.has("Demonym"));
  const narrowed = targetKeys.size > 0 && after.slice(0, 2).some(narrows);
  if (narrowed) score += 0.9;
  // "… 40 survivors, including three children": the number after "including" counts a part of the
  // whole, and answers only a question that names that part.
  else if (
    !sameNoun &&
    SUBSET_BEFORE.test(
      terms
        .slice(Math.max(0, c.from - 2), c.from)
        .map((t) => t.lower)
        .join(" "),
    )
  )
    score -= 1;
  // A clause that counts an event the question does not ask about ("50 hostages … have died").
  const clauseEnd = terms.findIndex((t, i) => i >= c.to && /[,;:]/.test(t.post));
  const clause = terms.slice(c.to, clauseEnd < 0 ? terms.length : clauseEnd + 1);
  if (clause.some((t) => isEventVerb(t) && !weights.has(t.key))) score -= 1;
  if (/^\d{4}$/.test(terms[c.from]!.text)) score -= 0.5;
  // "62 percent of the vote" is a share, not a count of the seats asked about.
  if (
    targetKeys.size &&
    unit.some((t) => /^(%|percent|cent)$/.test(t.lower)) &&
    !unit.some((t) => targetKeys.has(t.key))
  )
    score -= 1;
  // "the 40-seat council" gives the council's size: a count of seats someone won it is not,
  // unless the question asks about that council ("how many seats does the council have?").
  const [unitWord, owner] = [terms[c.to], terms[c.to + 1]];
  if (terms[c.to - 1]?.post === "-" && unitWord && owner?.tags.has("Noun") && !weights.has(owner.key)) score -= 2;
  return score;
}

/** The question's own doer ("the union" of "who did the union meet?") stands after the verb in the sentence, and not before. */
function askedSubjectAfter(q: AnalysedQuestion, terms: readonly TaggedTerm[], anchor: number): boolean {
  const aux = q.tokens.findIndex((t) => /^(did|does|do|will|would|could|can)$/.test(t.lower));
  const verbAt = q.tokens.findIndex((t, i) => i > aux && t.lower === q.askedVerb);
  if (aux < 0 || verbAt < 0) return false;
  const keys = new Set(
    q.tokens
      .slice(aux + 1, verbAt)
      .filter((t) => !isStopword(t.lower))
      .map((t) => t.key),
  );
  if (!keys.size) return false;
  // "Edith's sister" names the sister, not Edith: a possessive is not the one met.
  const named = (t: TaggedTerm) => keys.has(t.key) && !/['’]s$/.test(t.text);
  return terms.slice(anchor + 1).some(named) && !terms.slice(0, anchor).some((t) => keys.has(t.key));
}

const SPOUSE_WORD = /^(wife|husband|spouse)$/;

/**
 * "Who was his wife?" is not answered by "… the second son of Oren Brek, a dyer, and his wife Ada":
 * the only spouse the sentence names is a parent's.
 */
function onlyParentsSpouse(q: AnalysedQuestion, terms: readonly TaggedTerm[]): boolean {
  if (!q.terms.some((t) => SPOUSE_WORD.test(t.lower))) return false;
  const spouses = terms.flatMap((t, k) => (SPOUSE_WORD.test(t.lower) ? [k] : []));
  const parentOf = terms.findIndex((t, i) => PARENTAGE.test(t.lower) && terms[i + 1]?.lower === "of");
  return (
    spouses.length > 0 &&
    parentOf >= 0 &&
    spouses.every((k) => k > parentOf && /^(his|her)$/.test(terms[k - 1]?.lower ?? ""))
  );
}

const PARENTAGE = /^(son|daughter|child|children|sons|daughters)$/;

/** A count alone ("two" of "its two factories"), not a number naming the asked thing ("Category 3", "the 41-yard line"). */
function bareCount(terms: readonly TaggedTerm[], c: Candidate, target: readonly string[]): boolean {
  // (Digits or number words only: "£5m", "40%" and "12 km" are amounts of something.)
  const words = terms.slice(c.from, c.to);
  if (!c.number || !words.every((t) => t.tags.has("Value") && /^(?:[\d,]+|\p{L}+)$/u.test(t.text))) return false;
  const before = terms[c.from - 1];
  const named = before !== undefined && target.some((w) => termKey(w) === before.key);
  return !named && !/^-/.test(terms[c.to - 1]!.post);
}

/** A relative time ("three years later") stands nearer the asked words than the date taken does. */
function datedRelatively(
  text: string,
  terms: readonly TaggedTerm[],
  weights: ReadonlyMap<string, number>,
  c: Candidate,
): boolean {
  const asked = terms.flatMap((t, k) => ((weights.get(t.key) ?? 0) > 0 && !isProper(t) ? [k] : []));
  if (!asked.length) return false;
  // (An asked word inside either phrase is no evidence: "in what year" and "that year".)
  const distance = (from: number, to: number, other: Candidate | { from: number; to: number }) =>
    Math.min(
      ...asked
        .filter((k) => (k < from || k >= to) && (k < other.from || k >= other.to))
        .map((k) => (k < from ? from - k : k - to + 1)),
    );
  for (const m of text.matchAll(RELATIVE_TIME_PATTERN)) {
    const from = terms.findIndex((t) => t.start >= m.index);
    const to = terms.findIndex((t) => t.start >= m.index + m[0].length);
    if (from < 0 || (from < c.to && (to < 0 ? terms.length : to) > c.from)) continue;
    const relative = { from, to: to < 0 ? terms.length : to };
    if (distance(relative.from, relative.to, c) < distance(c.from, c.to, relative)) return true;
  }
  return false;
}

/**
 * The figure (or date) of the clause whose subject is the question's name, when the one taken is
 * in a parallel clause with another subject: "Brek pledged £5m, while Velt promised $12m".
 */
function figureOfNamedClause(
  q: AnalysedQuestion,
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  c: Candidate,
): Candidate | undefined {
  const names = new Set(q.terms.filter((t) => t.isName && !/^\d/.test(t.lower)).map((t) => t.key));
  if (!names.size) return undefined;
  const clauses = clausesOf(terms);
  // The clause's subject: its first words, after a joining word ("while", "whereas", "but") and "the".
  const subjectOf = (clause: number) => {
    let k = clauses.indexOf(clause);
    if (k < 0) return [];
    while (terms[k] && /^(while|whereas|but|and|the)$/.test(terms[k]!.lower)) k++;
    // (A title or a word of role before the name: "and substitute Ines Korra made it 3-1".)
    for (let n = 0; n < 2 && terms[k] && !isProper(terms[k]!) && terms[k + 1] && isProper(terms[k + 1]!); n++) k++;
    const subject: TaggedTerm[] = [];
    while (terms[k] && clauses[k] === clause && isProper(terms[k]!)) subject.push(terms[k++]!);
    return subject;
  };
  // (Its subject may be a name the tagger reads as a word: "Marsh was picked in 1998, while Velt …";
  // and the other clause's subject must be one the figure's own clause does not name.)
  if (subjectOf(c.clause).some((t) => names.has(t.key))) return undefined;
  const inOwn = new Set(terms.filter((_, i) => clauses[i] === c.clause).map((t) => t.key));
  const parallel = [...new Set(clauses)].find(
    (k) =>
      k !== c.clause &&
      PARALLEL.test(terms[clauses.indexOf(k)]?.lower ?? "") &&
      subjectOf(k).some((t) => names.has(t.key) && !inOwn.has(t.key)),
  );
  if (parallel === undefined) return undefined;
  const kind = c.date || q.answerType === "date" ? "date" : "number";
  return candidates.find((o) => o.clause === parallel && o[kind] && (kind === "date" || !o.date));
}

/** Words that open a clause parallel to the one before: "…, while Velt promised $12m". */
const PARALLEL = /^(while|whereas|but|and)$/;

/**
 * Where the sentence names the role a "who is the …?" question asks about (its words before any
 * "of"), unless a rank before it makes it another role ("Deputy Mayor" for "the mayor") or it is
 * someone's relation to the role ("a spokesman for the mayor"). Undefined when the sentence never
 * names it (then any name may be the answer, as before); empty when it names it only so.
 */
function rolePositions(q: AnalysedQuestion, terms: readonly TaggedTerm[]): number[] | undefined {
  const m =
    /^who\s+(?:is|was|are|were)\s+the\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?:\s+(?:of|for|at|in)\b|\s*\??$)/iu.exec(
      q.text,
    );
  const role = m?.[1]?.split(/\s+/).at(-1)?.toLowerCase();
  if (!role || !PEOPLE_NOUNS.includes(role) || ANYONE.test(role)) return undefined;
  const key = termKey(role);
  const asksRank = (w: string) => new RegExp(`\\b${w}\\b`, "i").test(q.text);
  const at = terms.flatMap((t, i) => (t.key === key ? [i] : []));
  if (!at.length) return undefined;
  return at.filter((i) => {
    // (One holder is asked: a plural, "accused ministers of …", names none.)
    if (terms[i]!.tags.has("Plural") && !/s$/.test(role)) return false;
    const rank = terms[i - 1]?.lower ?? "";
    // (Nor is "a spokesman for the mayor" the mayor: the role there is someone else's.)
    const related = /^(for|of|to)$/.test(terms[i - 1]?.lower === "the" ? (terms[i - 2]?.lower ?? "") : rank);
    return !(RANK_WORDS.has(rank) && !asksRank(rank)) && !related;
  });
}

/** People nouns that name no role: "who was the first person in space?". */
const ANYONE = /^(person|people|man|men|woman|women|one|child|children|boy|girl|individual)$/;

/**
 * A name set off by a comma before a phrase that holds every word the question asks about, less its
 * names: "Marlow" of "Marlow, the country's second city," for "what is Estravia's second city?".
 */
function nameBeforeApposition(text: string, terms: readonly TaggedTerm[], q: AnalysedQuestion): Span | null {
  const asked = q.tokens.filter(
    (t) =>
      !isStopword(t.lower) &&
      !/^[\p{Lu}\d]/u.test(t.text) &&
      !/['’]s$/.test(t.lower) &&
      !/^(what|which|who)$/.test(t.lower),
  );
  // ("Who was the president of X?" asks one role word; "what is the city?" is too little to go on.)
  if (asked.length < (q.kind === "who" ? 1 : 2)) return null;
  for (let k = 0; k + 1 < terms.length; k++) {
    if (!terms[k]!.post.includes(",") || !isProper(terms[k]!)) continue;
    let start = k;
    while (start > 0 && isProper(terms[start - 1]!) && !terms[start - 1]!.post.trim()) start--;
    if (!/^(the|a|an|its|their)$/.test(terms[k + 1]!.lower)) continue;
    // (The name is a phrase of its own, not the end of one: "the shale of northern Carrow, the
    // oldest rock" is about the shale.)
    const before = terms[start - 1];
    if (before && !before.post.trim() && (before.tags.has("Adjective") || before.tags.has("Noun"))) continue;
    let end = k + 1;
    while (end < terms.length && !endsClause(terms[end]!)) end++;
    // (And what follows is set off, not a clause: "From Carrow, the old branch is called …".)
    // (A verb after "to", or in a relative clause, stays inside the phrase: "the first series to
    // feature …", "a parody which became known …".)
    const relative = terms.findIndex((t, i) => i > k && i <= end && /^(that|which|who|whose)$/.test(t.lower));
    const finite = (t: TaggedTerm, i: number) =>
      t.tags.has("Copula") ||
      (isVerb(t) && !t.tags.has("Infinitive") && !t.tags.has("Gerund") && terms[i - 1]?.lower !== "to");
    const last = relative > k ? relative : end + 1;
    if (terms.slice(k + 1, last).some((t, j) => finite(t, k + 1 + j))) continue;
    const apposition = new Set(terms.slice(k + 1, end + 1).map((t) => t.key));
    if (asked.every((t) => apposition.has(t.key))) return phraseSpan(text, terms, start, k + 1, NAME_AFTER_NOUN_SCORE);
  }
  return null;
}

/**
 * "What does the water board do?" of "The Water Board, which runs the network today, lost …": the
 * deed a relative clause set off after the asked words gives ("runs the network today").
 */
function relativeDeed(text: string, terms: readonly TaggedTerm[], matched: readonly number[]): Span | null {
  for (let i = 1; i + 1 < terms.length; i++) {
    if (!/^(which|who)$/.test(terms[i]!.lower) || !terms[i - 1]!.post.includes(",") || !matched[i - 1]) continue;
    if (!isVerb(terms[i + 1]!)) continue;
    let end = i + 2;
    while (end < terms.length && !endsClause(terms[end - 1]!)) end++;
    return phraseSpan(text, terms, i + 1, end, 2);
  }
  return null;
}

/** "Who won?", "who lost the final?": a question about the sides of a win. */
const ASKS_WINNER = /^who\s+(won|wins|win|lost|lose|loses)\b/i;
/** A win written with its loser after it: "beat Athletic", "a 3-2 win over Athletic", "victory against …". */
const BEAT = /^(beat|beats|defeated|defeats|overcame|edged|thrashed|routed|downed)$/;
const WIN_NOUN = /^(win|victory|triumph)$/;

/** The named side before the win ("City" of "City beat Athletic"), or after it for the loser. */
function sideOfWin(
  text: string,
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  loser: boolean,
): Span | null {
  const at = terms.findIndex(
    (t, i) => BEAT.test(t.lower) || (WIN_NOUN.test(t.lower) && /^(over|against)$/.test(terms[i + 1]?.lower ?? "")),
  );
  if (at < 0) return null;
  const after = WIN_NOUN.test(terms[at]!.lower) ? at + 2 : at + 1;
  // (Not the dateline's place: "HARTLEY, May 9 – City moved top after a 3-2 win …".)
  const dateline = datelineEnd(terms);
  const named = candidates.filter((c) => c.named && !c.date && !c.number && c.from >= dateline);
  const side = loser
    ? named.filter((c) => c.from === after).sort((a, b) => b.to - a.to)[0]
    : named
        .filter((c) => c.to <= at && c.clause === (clausesOf(terms)[dateline] ?? 0))
        .sort((a, b) => a.from - b.from || b.to - a.to)[0];
  return side ? phraseSpan(text, terms, side.from, side.to, NAME_AFTER_NOUN_SCORE) : null;
}

/** Words of place or kind that name nothing on their own: "nowhere else", "somewhere". */
const NOWHERE = /^(else|elsewhere|nowhere|anywhere|somewhere|everywhere|otherwise)$/;

/**
 * The agent after the participle (by its key) and "by", with the rest of its clause: "tourism" of
 * "is dominated by tourism", "a fee per minute of connection time" of "is characterized by a fee
 * per minute of connection time, while …" (up to a word that opens another clause).
 */
function agentAfterBy(
  text: string,
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  participleKey: string,
  /** Take the rest of the clause too ("tourism and fishing"); a person asked is the phrase alone. */
  whole = true,
): Span | null {
  const at = terms.findIndex((t, i) => t.key === participleKey && terms[i + 1]?.lower === "by");
  if (at < 0) return null;
  const agent = candidates.filter((c) => c.from === at + 2 && !c.date).sort((a, b) => b.to - a.to)[0];
  if (!agent) return null;
  if (!whole) return phraseSpan(text, terms, agent.from, agent.to, NAME_AFTER_NOUN_SCORE);
  let end = agent.to;
  while (
    end < terms.length &&
    end - agent.from < 8 &&
    !endsClause(terms[end - 1]!) &&
    !/^(while|whereas|but|even|when|which|that|and)$/.test(terms[end]!.lower)
  )
    end++;
  return phraseSpan(text, terms, agent.from, end, NAME_AFTER_NOUN_SCORE);
}

/** The preposition a question ends on, or opens with before "whom": "who did they sell it to?", "to whom …?". */
function strandedPreposition(question: string): string | undefined {
  const q = question.trim();
  const end = /^(?:who|whom|what|which)\b.*\s(to|from|with|into|for|on|in|at)\s*\??$/i.exec(q)?.[1];
  const opening = /^(to|from|with|for) (?:whom|what|which)\b/i.exec(q)?.[1];
  return (end ?? opening)?.toLowerCase();
}

/** The phrase right after the first `preposition` past the verb at `anchor`, in the same sentence part. */
function phraseAfter(
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  anchor: number,
  preposition: string,
  answerType: string,
  weights: ReadonlyMap<string, number>,
  target: readonly string[],
): Candidate | undefined {
  for (let i = anchor + 1; i < Math.min(terms.length - 1, anchor + 20); i++) {
    if (/[;.]/.test(terms[i - 1]!.post)) return undefined;
    // (Not "to" before a verb: "wants to link the paths to …".)
    if (terms[i]!.lower !== preposition || isVerb(terms[i + 1]!)) continue;
    // (A person is the name alone, "Harbour Media", not "Harbour Media for $1.6bn"; a thing takes
    // its whole phrase, "the new station at Tarnby".)
    const found = candidates
      .filter((c) => c.from === i + 1 && c.content?.length)
      .sort((a, b) => (answerType === "person" ? a.to - b.to : b.to - a.to))[0];
    if (!found) return undefined;
    if (answerType === "person" && (found.date || found.number)) return undefined;
    if (answerType === "date" && !found.date) return undefined;
    if (answerType === "number" && !found.number) return undefined;
    // (Not a name the question itself gives, "who did the Guild clash with?" of "… clashed with the
    // Guild outside …", unless it is the kind asked: "for which Doctor …?" of "for the Seventh Doctor".)
    if (found.content!.some((t) => isProper(t) && weights.has(t.key) && !target.includes(t.lower))) return undefined;
    return found;
  }
  return undefined;
}

/** The name right before a bracket whose words hold every word of the question; null when none. */
function nameBeforeBrackets(
  text: string,
  terms: readonly TaggedTerm[],
  candidates: readonly Candidate[],
  weights: ReadonlyMap<string, number>,
): Span | null {
  const asked = [...weights].filter(([, w]) => w > 0).map(([k]) => k);
  if (asked.length < 2) return null;
  for (let k = 1; k < terms.length; k++) {
    if (!terms[k]!.pre.includes("(")) continue;
    const inside = new Set<string>();
    for (let j = k; j < terms.length; j++) {
      const t = terms[j]!;
      inside.add(t.key).add(termKey(t.lower.replace(/[()]/g, "")));
      if (/\)/.test(t.text + t.post)) break;
    }
    if (!asked.every((key) => inside.has(key))) continue;
    // (A candidate may run on into the brackets: "Ada Brek (winner …)".)
    const name = candidates.find((c) => c.named && c.from < k && c.to >= k && k - c.from <= 4);
    if (name) return phraseSpan(text, terms, name.from, k, NAME_AFTER_NOUN_SCORE);
  }
  return null;
}
