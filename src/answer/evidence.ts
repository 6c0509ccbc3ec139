// Whether the best-ranked sentence really answers the question, and if not, why: the names,
// numbers and counted things asked about must stand there, the words must not be turned round
// (opposites, subject and object swapped, negation), a yes/no question must be affirmed in full,
// and a short answer must be more than the question's own words.
import type { Sentence } from "../knowledge/article.ts";
import { ASKS_AGE, type AnalysedQuestion, nounAskedFor } from "../question/analyse-question.ts";
import { isDateNoun, isNumberNoun, moneyUnits, namesOtherKind, nounUnits } from "../question/head-nouns.ts";
import { findAttribution, SAY_VERB_FORMS, withoutSayVerb } from "../analysis/attribution.ts";
import { ENTRY_TITLE, type KeyLookup, type KnowledgeIndex, type QueryTerm } from "../search/knowledge-index.ts";
import { deniesAsWord, deniesOrLeavesOpen, isNegated, statesUnknown } from "../text/negation.ts";
import { isDemonym } from "../text/countries.ts";
import { ordinalValue } from "../text/number-value.ts";
import { COLLECTIVE_NOUNS, KIN_NOUNS, PEOPLE_NOUN_ROWS, PEOPLE_NOUNS } from "../text/people.ts";
import { endsClause, isProper, isVerb, tagSentence, type TaggedTerm, usedAsVerb } from "../text/tag-sentence.ts";
import { antonymKeys, isStopword, oppositeOutcome, stem, termKey, type Token, tokenize } from "../text/tokens.ts";
import { infinitive } from "../text/verb-forms.ts";
import { type WordRow, keysOf } from "../text/word-rows.ts";
import { FILLER_WORDS } from "../text/words.ts";
import { EVENT_VERBS, NATION_KEYS, RECIPROCAL_KEYS, type Span } from "./choose-span.ts";
import type { ScoredSentence } from "./scored-sentence.ts";
import { notYetDone } from "./yes-no.ts";

/** Below this, the best candidate answer sits far from the question's words or repeats them: too weak to give. */
export const MIN_SPAN_SCORE = -0.5;
/**
 * Words that say who said something, or that any sentence might use ("reported", "recently",
 * "the figure"), weigh less: they rarely decide which sentence answers, and a yes/no question is
 * affirmed without them.
 */
export const LIGHT_WORDS: readonly WordRow[] = [
  { word: "said", example: "Was it the mayor who said the bridge would close?" },
  { word: "take", example: "Did the repairs take a month?" },
  { word: "get", example: "Did the farmers get the money?" },
  { word: "give", example: "Did the council give a reason?" },
  { word: "go", example: "Did the ferry go to the island?" },
  { word: "come", example: "Did the aid come by road?" },
  { word: "happen", example: "Did the flood happen at night?" },
  { word: "put", example: "Was the cost put at two million?" },
  { word: "occur", example: "Did the landslide occur on Monday?" },
  { word: "also", example: "Was the school also closed?" },
  { word: "current", example: "Is the current mayor a farmer?" },
  { word: "actual", example: "Was the actual cost higher?" },
  { word: "main", example: "Is the main road open?" },
  { word: "mainly", example: "Were the victims mainly children?" },
  { word: "first", example: "Was the first bridge wooden?" },
  { word: "last", example: "Was the last train late?" },
  { word: "new", example: "Is the new dam finished?" },
  { word: "old", example: "Was the old mill sold?" },
  { word: "recent", example: "Did the recent storm close the port?" },
  { word: "recently", example: "Was the library recently rebuilt?" },
  { word: "number", example: "Did the number of visitors fall?" },
  { word: "figure", example: "Is the figure confirmed?" },
  { word: "amount", example: "Was the amount paid?" },
  { word: "true", example: "Is it true that the bridge closed?" },
];
export const LIGHT_KEYS = keysOf(LIGHT_WORDS);
/** A sentence that opens with a pronoun is about what the sentence before it names. */
// (News also refers back to the person just named by age or stage of life: "The 19-year-old won …",
// "The teenager said …".)
export const OPENS_WITH_PRONOUN =
  /^(it|its|he|his|she|her|they|their|this|these|there|the\s+(?:\d+|[a-z]+)-year-old|the\s+(?:teenager|youngster|pensioner)s?)\b/i;
/** A sentence that opens with a pronoun as the subject of a passive: "It was bought by …". */
const PRONOUN_PASSIVE =
  /^(?:it|they|this|these)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|lt|ght)\b/iu;
/** A sentence that speaks of the one before it: "The authenticity of this claim …", "It …". */
export const REFERS_BACK =
  /^(it|this|these|that|such)\b|\b(this|that|these|those|the|such)\s+(claims?|figures?|reports?|numbers?|accounts?|statements?|allegations?|information)\b/i;
const PEOPLE_KEY = termKey("people");
/**
 * Words that say a count is asked, not what is counted: each row's question is answered by its
 * sentence, which counts the thing without the word. (Not "times", "time" nor "total": measured on
 * SQuAD dev, "how many times …?" and "how much time …?" freed as many wrong answers as right.)
 */
export const COUNTING_WORD_ROWS: readonly (WordRow & { answeredBy: string })[] = [
  {
    word: "number",
    example: "What number of boats moored at the quay?",
    answeredBy: "Twelve boats moored at the quay.",
  },
  { word: "amount", example: "What amount of fish was landed?", answeredBy: "Four tonnes of fish was landed." },
  {
    word: "types",
    example: "How many types of birds nest on the island?",
    answeredBy: "Some 40 birds nest on the island.",
  },
  {
    word: "kinds",
    example: "How many kinds of trees grow in the park?",
    answeredBy: "About 60 trees grow in the park.",
  },
  {
    word: "sorts",
    example: "How many sorts of cheese does the dairy make?",
    answeredBy: "The dairy makes nine cheeses.",
  },
  {
    word: "forms",
    example: "How many forms of the dance survive?",
    answeredBy: "Three dances survive, the guild says.",
  },
  { word: "share", example: "What share of the votes did she win?", answeredBy: "She won 41% of the votes." },
  {
    word: "proportion",
    example: "What proportion of the trains ran?",
    answeredBy: "Only 11 percent of the trains ran on Monday.",
  },
];
const SAYS_TIMES = /\b(?:once|twice|thrice|[\p{L}\d-]+\s+times)\b/iu;
const COUNTING_WORDS: ReadonlySet<string> = new Set(COUNTING_WORD_ROWS.map((r) => r.word));
const EVENT_KEYS = keysOf(EVENT_VERBS);
const SAY_KEY = termKey("said");
const VERIFY_KEY = termKey("verified");

/** Why the best sentence, though it matches, does not answer the question; undefined when it does. */
export function evidenceProblem(
  index: KnowledgeIndex,
  q: AnalysedQuestion,
  terms: readonly QueryTerm[],
  best: ScoredSentence,
  asWritten: (t: QueryTerm) => string,
): string | undefined {
  // A name or number the question is about must stand in or beside the answering sentence:
  // "who led the army in 1107?" is not answered by a sentence about 1082.
  const near = nearKeys(index, best.sentence);
  // A decline names a content word the article lacks, never a filler ("want", "thing"): with only
  // fillers to name it says plainly that the article doesn't say.
  const naming = (t: QueryTerm, message: (word: string) => string) =>
    FILLER_WORDS.has(t.lower) ? "The article doesn't say." : message(asWritten(t));
  // "How much is still missing?" is not answered by "200 homes are still waiting": a sentence that
  // shares only a filler word ("still", "want", "thing") with the question says nothing about it.
  const shared = terms.filter((t) => index.hasKey(best.sentence.id, t.key));
  if (shared.length && shared.every((t) => FILLER_WORDS.has(t.lower)) && terms.some((t) => !FILLER_WORDS.has(t.lower)))
    return "The article doesn't say.";
  const named = namedElsewhere(index, terms, best.sentence, near);
  const missing = blameable(terms.filter((t) => t.known && mustMatch(t, q) && !near.has(t.key) && !named(t)));
  if (missing) return naming(missing, (w) => `The article doesn't say that about “${w}”.`);
  // "How many soldiers …": what is counted must be named where the number stands.
  // ("How many people died?" is answered by "14 deaths": "people" is what any count of deaths counts.)
  // ("How many fans attended?": "attended" says what they did, not what is counted; but "how many
  // children died?" counts deaths, an event that must be there: not "vaccinate 1.2 million children".)
  const counted =
    q.answerType === "number"
      ? blameable(
          terms.filter(
            (t) =>
              q.target.includes(t.lower) &&
              t.key !== PEOPLE_KEY &&
              // (Nor a word that only says a count is asked: "exceeds what number?", "how many
              // kinds of birds …": the thing counted is elsewhere.)
              !COUNTING_WORDS.has(t.lower) &&
              // ("How many times was it besieged?" of "it was besieged twice".)
              !(t.lower === "times" && SAYS_TIMES.test(best.sentence.text)) &&
              (!isVerbIn(q, t.lower) || EVENT_KEYS.has(t.key)) &&
              // ("how many extra flights": the flights are counted; "extra" only says which.)
              !isAdjectiveIn(q, t.lower) &&
              // (The age "how old …?" asks for is no thing counted, nor is a measure: "what is the
              // height of the tower?" is answered by "120 metres tall", the unit saying what it measures.)
              !(t.lower === "age" && ASKS_AGE.test(q.text)) &&
              nounUnits(t.lower) === undefined &&
              moneyUnits(t.lower) === undefined &&
              !(t.known && near.has(t.key)),
          ),
        )
      : undefined;
  if (counted) return naming(counted, (w) => `The article doesn't give a number of “${w}”.`);
  // "How many Dunmerans died?" counts people of that country: "12 Dunmeran sailors", "three
  // Dunmerans", not a sentence whose number counts something else beside "Dunmeran ships".
  const people = q.answerType === "number" ? countedPeople(q, terms, best.sentence) : undefined;
  if (people) return naming(people, (w) => `The article doesn't give a number of “${w}”.`);
  // "Modern Dunmere" asked of a sentence about "medieval Dunmere".
  const opposite = oppositeWord(index, terms, best.sentence, near);
  // (Asked "did shares fall?" of "shares rose", the answer is No, which the yes/no reading gives.)
  const answeredNo =
    q.answerType === "yes-no" &&
    opposite !== undefined &&
    // (The asked verb, or the question's last word of content: "did Velt shares fall?".)
    (opposite.asked.lower === q.askedVerb || opposite.asked === [...terms].reverse().find((t) => !t.isName)) &&
    oppositeOutcome(opposite.asked.key) !== undefined;
  if (opposite && !answeredNo) return `The article says “${opposite.said}”, not “${asWritten(opposite.asked)}”.`;
  const ranked = otherRank(q.text, best.sentence.text);
  if (ranked) return `The article says “${ranked.said}”, not “${ranked.asked}”.`;
  if (comparedTheOtherWay(q.text, best.sentence.text)) return "The article says it the other way round.";
  const swapped = subjectAsObject(index, q, best.sentence);
  if (swapped) return `The article doesn't say: there, “${swapped.subject}” is not the one who ${swapped.verb}.`;
  const speaker = otherSpeaker(q, terms, best.sentence);
  if (speaker) return `The article doesn't say: there, it is ${speaker} who says so.`;
  const role = otherNationRole(q, best);
  if (role) return `The article doesn't say: the sentence closest to it is about another ${role}.`;
  const other = otherDoer(q, terms, best.sentence);
  if (other)
    return other.name
      ? `The article doesn't say: there, it is ${other.name} who ${other.verb}.`
      : "The article doesn't say: the sentence closest to it is about someone else.";
  const reversed = objectAsSubject(q, best.sentence);
  if (reversed)
    return `The article doesn't say: there, “${reversed.object}” is the one who ${reversed.verb}, not the other way round.`;
  // "Yes" affirms the whole question, so every word of it must be there: "did Velt develop it
  // with the goal of monetizing it?" is not answered by a sentence that never mentions money.
  const unsaid =
    q.answerType === "yes-no"
      ? blameable(
          terms.filter(
            (t) =>
              (!LIGHT_KEYS.has(t.key) || isClaimed(q, t)) &&
              !(t.known && near.has(t.key)) &&
              // (Its opposite answers it No: "did shares fall?" of "shares rose".)
              !near.has(oppositeOutcome(t.key) ?? "") &&
              // (A preposition says how, not what: "among the passengers" is "including … passengers".)
              !RELATING_WORDS.has(t.lower),
          ),
        )
      : undefined;
  if (unsaid)
    return naming(
      unsaid,
      (w) => `The article doesn't say whether that is so: the passage closest to it doesn't mention “${w}”.`,
    );
  // "Is Ilka a violinist?" is not affirmed by "She had one daughter, Ilka, who is also a
  // conductor" beside a sentence about "the violinist Oren Dale": what someone is said to be must
  // be said in the sentence that names them.
  const predicate = q.answerType === "yes-no" ? COPULAR_PREDICATE.exec(q.text.trim())?.[1] : undefined;
  const predicateTerm = predicate ? terms.find((t) => t.lower === predicate.toLowerCase()) : undefined;
  if (predicateTerm?.known && !index.hasKey(best.sentence.id, predicateTerm.key))
    return naming(
      predicateTerm,
      (w) => `The article doesn't say whether that is so: the sentence closest to it doesn't say “${w}”.`,
    );
  // And the deed asked must be in the sentence itself, not only beside it: "were 224 hostages
  // killed?" is not affirmed by "… is holding at least 224 hostages" before a sentence about deaths.
  // (The question's last verb is the deed: "did fire crews see any flames?" asks about seeing.)
  const deed =
    q.answerType === "yes-no" && !REFERS_BACK.test(best.sentence.text) && !OPENS_WITH_PRONOUN.test(best.sentence.text)
      ? [...terms].reverse().find((t) => t.known && !t.isName && (isVerbIn(q, t.lower) || endsQuestion(q, t.lower)))
      : undefined;
  // ("Is the claim verified?" is answered by the next sentence's caveat: see yes-no.ts.)
  const deedElsewhere =
    deed && !LIGHT_KEYS.has(deed.key) && deed.key !== VERIFY_KEY && !index.hasKey(best.sentence.id, deed.key)
      ? deed
      : undefined;
  if (deedElsewhere)
    return naming(
      deedElsewhere,
      (w) => `The article doesn't say whether that is so: the sentence closest to it doesn't say “${w}”.`,
    );
  // "Is the strike over?", "is the deal off?": the state asked about is a small word the search
  // skips, so the sentence must say it; "Yes — the deal" affirms nothing.
  const state = q.answerType === "yes-no" ? STATE_ASKED.exec(q.text.trim())?.[1]?.toLowerCase() : undefined;
  if (state && !new RegExp(`\\b${state}\\b`, "i").test(best.sentence.text))
    return `The article doesn't say whether it is ${state}.`;
  // And the names it is about must be in that very sentence, unless it refers back ("this claim"):
  // "Did City win?" is not answered by "… her team had earned … the win" because the sentence
  // before mentions City.
  const inSentence =
    REFERS_BACK.test(best.sentence.text) || OPENS_WITH_PRONOUN.test(best.sentence.text)
      ? near
      : index.keysOf(best.sentence.id);
  // (In an article titled with a name alone, "Cornelius Vane", "he" and "his" are that person, and
  // "the company" or "the club" is that company or club: an entry is about its title throughout.)
  const subject =
    titledWithName(index, best.sentence) &&
    (PERSON_PRONOUN.test(best.sentence.text) || ENTRY_SUBJECT.test(best.sentence.text));
  const titleKeys = subject ? headlineKeys(index, best.sentence) : undefined;
  const unnamedHere = (t: QueryTerm) => t.isName && !inSentence.has(t.key) && !titleKeys?.has(t.key);
  const absent = q.answerType === "yes-no" ? blameable(terms.filter(unnamedHere)) : undefined;
  if (absent) return naming(absent, (w) => `The article doesn't say whether that is so about “${w}”.`);
  // So must the names of a who-question: "who is the leader of the Guild?" is not answered by
  // "Ada Brek, the ministry's chief negotiator, …" beside a sentence that names the Guild, nor
  // "who scored for City?" by "Osei scored twice" after a sentence about beating City.
  // (A name the question puts before a noun the sentence has after "the" — "who confirmed the Carrow
  // visit?" of "… confirmed the visit" — is the story's own when the headline names it.)
  const storyTopic = (t: QueryTerm) =>
    modifiesDefinite(q, t, best.sentence.text) && headlineKeys(index, best.sentence).has(t.key);
  const absentFromWho =
    q.answerType === "person" ? blameable(terms.filter((t) => t.known && unnamedHere(t) && !storyTopic(t))) : undefined;
  if (absentFromWho)
    return naming(absentFromWho, (w) => `The article doesn't say: the sentence closest to it doesn't mention “${w}”.`);
  // "Who did not …?" asked of a sentence that negates nothing is not answered by it.
  // ("Pubs that don't enforce the ban" is what "licensees who fail to enforce the law" are.)
  if (isNegated(q.text) && !isNegated(best.sentence.text) && !deniesOrLeavesOpen(best.sentence.text))
    return "The article doesn't say.";
  // "What did the council approve?" is not answered by "The council did not approve the plan":
  // wherever the sentence tells of the deed asked, it denies it.
  const denied = deniedDeed(q, best.sentence.text);
  if (denied) return `The article doesn't say: there, it says “${denied}”.`;
  // "What caused the fire?" of "the cause of the fire was not yet known": the article says that
  // nobody knows, and no phrase of the sentence answers.
  const unknown = q.answerType === "yes-no" ? undefined : saysUnknown(best.sentence.text, terms);
  if (unknown) return `The article says this is not known: “${unknown}”.`;
  // "What is the two-rate plan?" asks what it is: a sentence that only names it ("… to agree a
  // two-rate plan and end the dispute") does not say, whatever phrase stands near it.
  const defined = undefinedThing(q, best);
  if (defined) return `The article doesn't say what “${defined}” is.`;
  return undefined;
}

/** "Not only … but also" denies nothing. */
const NOT_ONLY = /^(?:only|just|merely|simply)$/;
/** "Did not reopen until 1920" says when it did. */
const UNTIL = /^(?:until|till|before|unless)$/;

/**
 * The denied deed ("did not approve") when the sentence tells of the question's deed only in denying
 * it; undefined when the question is a yes/no one (its answer is then "No"), asks about a denial
 * itself ("who did not vote?"), or the sentence tells of the deed once without denying it.
 */
function deniedDeed(q: AnalysedQuestion, sentence: string): string | undefined {
  if (q.answerType === "yes-no" || isNegated(q.text)) return undefined;
  const asked = tagSentence(q.text)
    .slice(1)
    .filter(
      (w) => w.tags.has("Verb") && !w.tags.has("Auxiliary") && !w.tags.has("Copula") && !SAY_VERB_FORMS.has(w.lower),
    )
    .map((w) => infinitive(w.lower));
  // (The tagger may read a bare verb at the end as a noun: "what does the guild support".)
  if (q.askedVerb) asked.push(infinitive(q.askedVerb));
  if (!asked.length) return undefined;
  const words = tagSentence(sentence);
  let shown: string | undefined;
  for (let i = 0; i < words.length; i++) {
    // (The tag first: the infinitive may ask the lexicon.)
    if (!isVerb(words[i]!) || !asked.includes(infinitive(words[i]!.lower))) continue;
    let denier = -1;
    for (let j = i - 1; j >= Math.max(0, i - 3) && !endsClause(words[j]!); j--) {
      if (deniesAsWord(words[j]!.lower) && !NOT_ONLY.test(words[j + 1]!.lower)) denier = j;
    }
    // ("It did not recover until the 17th century": it recovered then.)
    const rest = words.slice(i + 1);
    const clauseEnd = rest.findIndex(endsClause);
    if (denier < 0 || rest.slice(0, clauseEnd < 0 ? undefined : clauseEnd + 1).some((w) => UNTIL.test(w.lower)))
      return undefined;
    shown ??= words
      .slice(Math.max(0, denier - 1), i + 1)
      .map((w) => w.text)
      .join(" ");
  }
  return shown;
}

/**
 * The clause of the sentence that says a thing is not known, when it holds a word the question
 * asks about other than a name ("the cause" for "what caused …"); undefined otherwise.
 */
export function saysUnknown(text: string, terms: readonly QueryTerm[]): string | undefined {
  const asked = new Set(terms.filter((t) => t.known && !t.isName && !LIGHT_KEYS.has(t.key)).map((t) => t.key));
  for (const clause of text.split(/(?<=[,;:])\s+|\s+(?=but\s)/)) {
    if (!statesUnknown(clause)) continue;
    if (tokenize(clause).some((w) => asked.has(w.key))) return clause.replace(/[,;:.]+$/, "").trim();
  }
  return undefined;
}

/**
 * "What treaty …": the kind of thing asked for, when the article uses that word at all but not in
 * or beside this sentence. The sentence may still answer (Wikipedia names "a broken arm", not "an
 * injury"), but which phrase of it is the treaty it cannot say. (A word the article never uses may
 * be a broader one: "what needlework" → embroidery.)
 */
export function unnamedKind(
  index: KnowledgeIndex,
  q: AnalysedQuestion,
  terms: readonly QueryTerm[],
  best: ScoredSentence,
): string | undefined {
  const head = askedNoun(q);
  const near = nearKeys(index, best.sentence);
  const kindOf = head ? terms.find((t) => t.lower === head && t.known && !near.has(t.key)) : undefined;
  return kindOf ? `The article doesn't say which “${kindOf.lower}”.` : undefined;
}

/** The noun a "which X …?" or "what is the name of the X?" question asks to be identified. */
function identifiedNoun(q: AnalysedQuestion): string | undefined {
  if (!["thing", "person", "place"].includes(q.answerType)) return undefined;
  const named = /\bname of (?:the|a|an|his|her|their|its)\s+(\p{L}+)\s*\??$/iu.exec(q.text.trim())?.[1];
  if (named) return named.toLowerCase();
  // ("Who was her father?" of "Her father taught her at home": the kin asked for, unnamed there.)
  const kin = /^who (?:is|was|are|were) (?:her|his|their|its|the)\s+(\p{L}+)\s*\??$/iu.exec(q.text.trim())?.[1];
  if (kin && KIN_NOUNS.includes(kin.toLowerCase())) return kin.toLowerCase();
  if (!/^(which|what)\s/i.test(q.text)) return undefined;
  // The last word of the run of nouns and adjectives after "which": "which committee members" →
  // members, "what investment firm" → firm ("firm" may be read as an adjective). A word read as a
  // verb right after "what" is the noun when an auxiliary follows it ("what campaign was …").
  const tagged = tagSentence(q.text);
  const first = tagged[1];
  // ("What first opened …?" asks no kind: "first" is no noun.)
  const nounFirst =
    first !== undefined &&
    !isStopword(first.lower) &&
    (first.tags.has("Noun") ||
      (first.tags.has("Verb") &&
        !first.tags.has("PastTense") &&
        /^(is|are|was|were|did|does|do|has|have|had)$/.test(tagged[2]?.lower ?? "")) ||
      (first.tags.has("Adjective") && tagged[2]?.tags.has("Noun") === true));
  let head = nounFirst && !first.tags.has("Adjective") ? first.lower : undefined;
  for (const t of nounFirst ? tagged.slice(2) : []) {
    if (t.tags.has("Verb") || t.tags.has("Pronoun") || !(t.tags.has("Noun") || t.tags.has("Adjective"))) break;
    // (An adjective after a noun is one more noun: "what investment firm" → firm.)
    if (t.tags.has("Noun") || head !== undefined) head = t.lower;
  }
  return head && !NOT_IDENTIFYING_NOUNS.has(head) && !isDateNoun(head) && !isNumberNoun(head) ? head : undefined;
}
/** Nouns that ask for a kind or a part, not for which one: "what type of …", "which part of …". */
const NOT_IDENTIFYING_NOUNS: ReadonlySet<string> = new Set(
  "type types kind kinds sort sorts form forms part parts way ways name names word words thing things".split(" "),
);

/** A copula stands before word k, over adverbs: "is nowadays a clean river". */
function afterCopula(words: readonly TaggedTerm[], k: number): boolean {
  let b = k - 1;
  // (A tagger may read "nowadays" as a noun.)
  while (
    b >= 0 &&
    (words[b]!.tags.has("Adverb") || /^(nowadays|now|today|still|also|currently)$/.test(words[b]!.lower))
  )
    b--;
  return /^(is|was|are|were|becomes|became|remains|remained)$/.test(words[b]?.lower ?? "");
}

/**
 * Words before a noun that leave it unnamed: "a conference", "to hospital", "his yacht", "a nearby
 * clinic". ("The" is not one: "the drama" mostly points back to a name already given.)
 */
const UNNAMING =
  /^(a|an|to|in|at|on|by|for|from|into|of|his|her|their|its|our|my|your|one|two|three|four|five|another|some|any|every|each|local|nearby|nearest|unnamed|undisclosed|unknown|unidentified|other|several|various|major|minor)$/;

/**
 * "Which hospital were they taken to?" of "two were taken to hospital as a precaution": the
 * sentence speaks of a hospital but never says which, so no phrase of it answers ("a precaution"
 * is no hospital). Undefined when it names one: "St Aldo's Hospital", "the journal Coastal Notes",
 * "a yacht, the Sea Wren,", "Tarn, a port", "the children's hospital"; or when the noun is not there.
 */
export function unidentifiedKind(q: AnalysedQuestion, best: ScoredSentence): string | undefined {
  const noun = identifiedNoun(q);
  if (!noun) return undefined;
  const key = termKey(noun);
  const text = best.sentence.text;
  const words = tagSentence(text); // cached
  const at = words.flatMap((w, i) => (w.key === key ? [i] : []));
  if (!at.length) return undefined;
  const capital = (i: number) => i > 0 && /^\p{Lu}/u.test(words[i]?.text ?? "");
  const identified = (i: number) => {
    const before = words[i - 1];
    const after = text.slice(words[i]!.end);
    return (
      capital(i) ||
      // A word that says which: "the children's hospital", "the 7-4-2 system", "the “Open Day” campaign".
      // (Not after "a": "a primary school" is one of a kind, not which; but "a 2012 study" is, and
      // "the Orr is a clean river" says which river.)
      (before !== undefined &&
        !before.post.replace(/['’"”]/g, "").trim() &&
        !UNNAMING.test(before.lower) &&
        !(/^(a|an)$/.test(words[i - 2]?.lower ?? "") && !/^\d/.test(before.text) && !afterCopula(words, i - 2))) ||
      // A name or number after it: "the river Alden", "a yacht, the Sea Wren", "magnitude 6.7", "the song “Rain”".
      /^\s*(?:[,(:]\s*)?(?:(?:the|of|in|at|called|named|known as)\s+)*["“‘']?[\p{Lu}\d]/u.test(after) ||
      // A clause, a role or a list that says which: "the direction in which it swims", "his post as
      // chairman", "spin-offs in print, including …", "a style of the 1970s known as …".
      /^\s*(?:,\s*)?(?:in which|which|that|where|whose|who|as\s+(?!a\s|an\s|the\s|well\b|part\b)|like|:)/iu.test(
        after,
      ) ||
      /^[^.;]{0,60}?\b(?:such as|including|among them|namely|known as|called|named|titled|dubbed)\b/iu.test(after) ||
      // A name before it: "Tarn, a port", "Tarn is the port".
      (/^(a|an|the)$/.test(before?.lower ?? "") &&
        (/,\s*$/.test(words[i - 2]?.post ?? "") || /^(is|was|are|were)$/.test(words[i - 2]?.lower ?? "")) &&
        (capital(i - 2) || capital(i - 3)))
    );
  };
  if (at.some(identified)) return undefined;
  const asked = /^who (?:is|was|are|were) ((?:her|his|their|its|the)\s+\p{L}+)\s*\??$/iu.exec(q.text.trim())?.[1];
  if (asked) return `The article doesn't name ${asked.toLowerCase()}.`;
  return /\bname of\b/i.test(q.text)
    ? `The article doesn't name the ${noun}.`
    : `The article doesn't say which ${noun}.`;
}

/**
 * "Who leads the party?" asked of a sentence without "lead" (nor a doer noun of it, "the party's
 * leader, Ada Brek"): whoever it names, it does not say they do that.
 */
export function lacksAskedVerb(
  q: AnalysedQuestion,
  best: ScoredSentence,
  sentenceUses?: (lower: string) => boolean,
): boolean {
  const verb = askedSubjectVerb(q);
  const key = verb ? q.tokens.find((t) => t.lower === verb)?.key : undefined;
  return (
    verb !== undefined &&
    sentenceUses !== undefined &&
    !sentenceUses(verb) &&
    !(key && best.span && doerOfNoun(best.sentence.text, key, best.span))
  );
}

/**
 * Why the best sentence has no short answer to give, though it may still be the passage that
 * answers: none of the asked type stands there, it sits far from the question's words, or it is
 * made only of the question's own words ("what was absorbed into the old Dunmeran language?" →
 * "the old Dunmeran language"). Undefined when it has one.
 */
export function spanProblem(
  q: AnalysedQuestion,
  best: ScoredSentence,
  /** Whether the sentence uses this question word (spelling corrected); without it, not checked. */
  sentenceUses?: (lower: string) => boolean,
): string | undefined {
  if (q.answerType === "yes-no") return undefined;
  // "Who leads the party?" asked of a sentence without "lead": it cannot say who does.
  const verb = askedSubjectVerb(q);
  const key = verb ? q.tokens.find((t) => t.lower === verb)?.key : undefined;
  if (lacksAskedVerb(q, best, sentenceUses)) return `The article doesn't say (it has no ${typeWord(q)} for that).`;
  // "Where did she die?" is not answered by "Ada Brek (1891 – 1967) … extracting aluminium from
  // clay": a sentence without the deed (there, only her dates) has no place for it.
  // (In any form: "killing King Odo at Carrow Field" says where he died.)
  if (lacksPlaceDeed(q, best.sentence.text)) return `The article doesn't say (it has no ${typeWord(q)} for that).`;
  // Nor "who released the hostages?" by "… urged the group to release all hostages": there the
  // deed is only asked for, and nobody has done it.
  if (key && notYetDone(best.sentence.text, key))
    return "The article doesn't say that anyone did: it speaks of it only as asked for or planned.";
  // "Who invited the painter?" of "The painter was invited to Carrowby": the deed is there, the doer is not.
  if (key && !/^(is|are|was|were)$/i.test(q.tokens[1]?.text ?? "") && doneWithoutDoer(best.sentence.text, key))
    return "The article doesn't say who did it: it says only that it was done.";
  if (!best.span || best.span.score < MIN_SPAN_SCORE || echoesQuestion(q, best.span.text))
    return `The article doesn't say (it has no ${typeWord(q)} for that).`;
  // "Who is the chief Ada met?" is not answered by "the fate of the talks", nor "what are the names of
  // the sailors?" by "Carrow": asked who someone is, or people's names, the answer names a person.
  const identity = asksWhoSomeoneIs(q);
  if (identity && !namesSomeone(best.span, identity)) return "The article doesn't say (it has no name for that).";
  // "What league do they play in?" is not answered by "Harrow Park": a name of another kind of place.
  const kind = !q.asksKindOf ? nounAskedFor(q) : undefined;
  if (kind && namesOtherKind(kind, best.span.text)) return `The article doesn't say which ${kind}.`;
  // "Where did the club finish?" asks a standing ("14th", "bottom"), not a place ("the Premier League").
  if (ASKS_STANDING.test(q.text.trim()) && !STANDING.test(best.span.text))
    return "The article doesn't say (it has no standing for that).";
  // "How many hostages are Velti?" is not answered by "Velti sources say 224 are held": the count
  // must be of the ones the people word names ("three Velti citizens").
  const people = HOW_MANY_ARE.exec(q.text.trim())?.[1];
  if (people && isDemonym(people.toLowerCase()) && !countsPeople(best.sentence.text, best.span.text, termKey(people)))
    return `The article doesn't say how many are ${people}.`;
  // "What happened to the ferry?" asks for what it went through, which a sentence tells whole: a
  // phrase of it ("the harbour", "Monday") is no answer.
  // Nor "what does the council think of the plan?", an opinion, which the sentence words whole.
  if (asksWhatHappenedTo(q.text) || ASKS_WHAT_FOLLOWS.test(q.text) || ASKS_OPINION.test(q.text))
    return "The article tells it in the passage: no short phrase says it.";
  // "Who sank the ferry?" of "The rebels claim that the ferry sank after a navy strike": the
  // one who says so is not who did it.
  if (key && verb && !SAY_VERB_FORMS.has(verb) && onlyTheSource(best.sentence.text, best.span.text, key))
    return "The article doesn't say who did it: the name there is only who says so.";
  return undefined;
}

/**
 * For "what is the X?" (X in lower case, as a thing and not a name), X as the sentence writes it
 * when the answer is not tied to it there: not "X, a …", "X is …", "X (…)", "X include …" or
 * "… known as X"; undefined otherwise.
 */
function undefinedThing(q: AnalysedQuestion, best: ScoredSentence): string | undefined {
  // (Its head noun in lower case: "the Dunmeran regime" is a thing; "the Dunmere Times" is a name.)
  const m = /^[Ww]hat\s+(?:is|are|was|were)\s+(?:the|a|an)\s+(\p{L}[\p{L} -]*\s)?(\p{Ll}[\p{Ll}-]*)\s*\??$/u.exec(
    q.text.trim(),
  );
  if (!m || !best.span) return undefined;
  const thing = `${m[1] ?? ""}${m[2]}`.toLowerCase();
  const text = best.sentence.text;
  const at = text.toLowerCase().indexOf(thing);
  if (at < 0) return undefined;
  const end = at + thing.length;
  const spanAt = text.indexOf(best.span.text);
  if (spanAt < 0) return undefined;
  const between = spanAt >= end ? text.slice(end, spanAt) : text.slice(spanAt + best.span.text.length, at);
  // Tied: next to it with only a comma, a bracket, a dash, a copula or "known as"/"called" between.
  const tied =
    /^[\s,(–—:-]*(?:(?:is|are|was|were|be|means|refers to|known as|called|or|i\.e\.|include|includes|included|including|such as|consists? of|comprises?)\s*)*[\s,(–—:-]*(?:(?:the|a|an)\s+)?$/i;
  return tied.test(between) ? undefined : text.slice(at, end);
}

/**
 * "How many people died?" of "at least 23 Velti citizens have died": the count is of the Velti
 * ones only, which a bare "at least 23" would hide. True when a people word stands right after
 * the count that the question does not use, or a word of how badly ("serious injuries").
 */
export function countsNarrower(q: AnalysedQuestion, best: ScoredSentence): boolean {
  if (q.answerType !== "number" || !best.span) return false;
  const around = wordsAround(best.sentence.text, best.span.text);
  if (!around) return false;
  const asked = new Set(q.tokens.map((t) => t.key));
  const after = around.after.slice(0, 5);
  // (Or how badly: "four people suffered serious injuries" counts the worst hurt only.)
  return (
    after.slice(0, 2).some((t) => isDemonym(t.lower) && !asked.has(t.key)) ||
    after.some((t) => SEVERITY.test(t.lower) && !q.tokens.some((k) => SEVERITY.test(k.lower)))
  );
}
/**
 * Words that count only the worst hurt: "seriously injured", "in critical condition". (Not "minor":
 * "eleven people were treated for minor injuries" is mostly all of them.)
 */
const SEVERITY = /^(?:serious|seriously|critical|critically|severe|severely|gravely)$/;

/**
 * "Where did the club finish?", "where will they end up?": a place in a table or a race. (Not of a
 * race, a route or a journey, which finish somewhere: "where did the march finish?".)
 */
const ASKS_STANDING =
  /^where\s+(?:did|does|do|will|would|could|is|are|was|were)\s+(?!.*\b(?:race|tour|march|parade|route|journey|trip|road|river|line|trail|walk|rally|procession|stage|flight|voyage|path|track)s?\b).+?\s+(?:finish|finished|finishing|end\s+up|ended\s+up|rank|ranked)\b(?!.*\bfrom\b)/i;
/** A standing: "14th", "third", "bottom", "top of the table", "runner-up". */
const STANDING =
  /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|bottom|top|runners?-up|champions?)\b/i;

/** "How many (of the) hostages are Velti?": group 1, the word that says which of them are counted. */
const HOW_MANY_ARE = /^how\s+many\s+(?:of\s+(?:the\s+)?)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:are|were)\s+(\p{L}+)\s*\??$/iu;

/** The number `span` stands right before the people word (within two words): "three Velti citizens". */
function countsPeople(text: string, span: string, key: string): boolean {
  const around = wordsAround(text, span);
  return around !== undefined && [...around.before.slice(-1), ...around.after.slice(0, 2)].some((t) => t.key === key);
}

/** The sentence's words before and after the short answer, or undefined when it does not stand there. */
function wordsAround(text: string, span: string): { before: Token[]; after: Token[] } | undefined {
  const at = text.indexOf(span);
  if (at < 0) return undefined;
  return { before: tokenize(text.slice(0, at)), after: tokenize(text.slice(at + span.length)) };
}

/** "What does the council think of the plan?", "what did she feel about it?": an opinion asked. */
const ASKS_OPINION = /^what\s+(?:do|does|did)\s+.+?\s+(?:think|feel|believe)\s+(?:of|about)\b/i;
/** "What happens if there's no deal?", "what will happen when the fund runs out?": an outcome, told by a clause. */
const ASKS_WHAT_FOLLOWS =
  /^what\s+(?:happens|happened|will\s+happen|would\s+happen|could\s+happen|is\s+going\s+to\s+happen)\s+(?:if|when|unless|after|once)\b/i;

/** "What happened to the ferry?", "what has happened to Ada Brek?" (not "what happened to prompt the recall?"). */
const HAPPENED_TO = /^what\s+(?:has\s+|had\s+|is\s+|will\s+)?(?:happen|happens|happened|happening)\s+to\s+(\S+)/i;
export function asksWhatHappenedTo(question: string): boolean {
  const m = HAPPENED_TO.exec(question);
  if (!m) return false;
  // (Not "to" and a verb: "what happened to prompt the recall?" asks for a cause.)
  const at = m[0].length - m[1]!.length;
  return !tagSentence(question).some((t) => t.start === at && isVerb(t) && !/^\p{Lu}/u.test(t.text));
}

/**
 * The answer stands in the sentence only inside its attribution ("the Guild claims", "according to
 * …"), and the asked deed only outside it. ("Carrow coach Ada Brek said …" still says who
 * coaches: the deed is in the source's own words.)
 */
function onlyTheSource(text: string, answer: string, verbKey: string): boolean {
  const source = findAttribution(text);
  if (!source) return false;
  const at = text.indexOf(source);
  const end = at + source.length;
  const first = text.indexOf(answer);
  if (first < at || text.lastIndexOf(answer) + answer.length > end) return false;
  const deeds = tokenize(text).filter((w) => w.key === verbKey);
  return deeds.length > 0 && deeds.every((w) => w.start < at || w.start >= end);
}

/**
 * The statement check when the deed stands as a noun: "who coaches the side?" of "… coach Ada
 * Vell said", "who is investigating?" of "under investigation by the Rail Safety Office", "who
 * founded it?" of "its founder, Ada Brek". The answer must be the one the noun names as the doer: a
 * title right before it, the name in apposition right after an agent noun, or the one after
 * "by"/"of" that follows the noun (no clause or verb between).
 */
export function doerOfNoun(text: string, verbKey: string, span: Span): boolean {
  const words = tagSentence(text); // cached
  const { from } = span.candidate;
  return words.some((w, i) => {
    const agent = isAgentNoun(w.lower, verbKey);
    if ((w.key !== verbKey && !agent) || usedAsVerb(words, i)) return false;
    // "coach Ada Vell", "founder Ada Brek" (a person's title); "its founder, Ada Brek".
    if (from === i + 1 && (agent || (w.tags.has("Actor") && !endsClause(w)))) return true;
    // "The twins gave the side hope with victory over the champions": the deed's noun after
    // "with" is done by the clause's subject, which the answer opens.
    if (w.key === verbKey && withDeedOfSubject(words, i, span)) return true;
    // "Ada Vell was the big winner": the answer is what the agent noun is said of. (So is it of
    // the deed's own noun: "the council stands as an intermediary" says who mediates.)
    if ((agent || w.key === verbKey) && namedAsAgent(words, span.candidate.to, i)) return true;
    const link = words[i + 1];
    if (!link || endsClause(w) || !/^(by|of)$/.test(link.lower) || from <= i + 1 || from - (i + 1) > 8) return false;
    // ("… the investigation, which was led by …": no verb between the noun and the doer.)
    return !words.slice(i + 2, from).some((t) => isVerb(t));
  });
}

/** The noun at `i` follows "with" (and a determiner or adjectives), in the clause the answer opens as its subject. */
function withDeedOfSubject(words: readonly TaggedTerm[], i: number, span: Span): boolean {
  let k = i - 1;
  while (k >= 0 && (/^(a|an|the|their|his|her|its)$/.test(words[k]!.lower) || words[k]!.tags.has("Adjective"))) k--;
  if (words[k]?.lower !== "with") return false;
  const { from, to } = span.candidate;
  const opensClause = from === 0 || endsClause(words[from - 1]!);
  return opensClause && to <= k && !words.slice(from, k).some((t) => endsClause(t));
}

/** "founder" of "founded", "director" of "directs": the one who does what the verb says. */
function isAgentNoun(lower: string, verbKey: string): boolean {
  const base = /^(\p{L}{3,})(?:er|or)s?$/u.exec(lower)?.[1];
  return base !== undefined && [base, `${base}ed`, `${base}s`].some((form) => termKey(form) === verbKey);
}

/**
 * The phrase ending at `end` is said to be the agent noun at `noun`: "X was the big winner", "X is
 * its founder", "X acts as an intermediary".
 */
function namedAsAgent(words: readonly TaggedTerm[], end: number, noun: number): boolean {
  if (end >= noun) return false;
  const role =
    /^(?:stands?|stood|acts?|acted|serves?|served)$/.test(words[end]?.lower ?? "") && words[end + 1]?.lower === "as";
  if (!role && !/^(is|was|are|were|became|becomes)$/.test(words[end]?.lower ?? "")) return false;
  // (Only a determiner and up to three modifiers between: "the big", "its first", "the surprise".)
  const between = words.slice(end + (role ? 2 : 1), noun);
  return (
    between.length <= 4 &&
    between.every(
      (t) =>
        /^(the|a|an|its|their|his|her|this|that)$/.test(t.lower) ||
        (/^\p{Ll}/u.test(t.text) && !isVerb(t) && !endsClause(t)),
    )
  );
}

/** The noun phrase after the asked verb, "of" included: "the majority of the population". */
function thingAfter(q: AnalysedQuestion, verb: string): AnalysedQuestion["tokens"] {
  const after = q.tokens.slice(q.tokens.findIndex((t) => t.lower === verb) + 1);
  const end = after.findIndex((t) => isStopword(t.lower) && !/^(the|a|an|of|his|her|their|its)$/.test(t.lower));
  return end < 0 ? after : after.slice(0, end);
}

/**
 * The statement check for "who VERB THING?": the answer is whoever the sentence says did that to
 * that thing, so the thing must be there. "Who won the relay?" is not answered by "Valdoria won the
 * cup" when the article speaks of the relay elsewhere. (A thing the article never names may be a
 * paraphrase, and is not checked.)
 */
export function objectUnsaid(
  q: AnalysedQuestion,
  terms: readonly QueryTerm[],
  best: ScoredSentence,
  /** The sentence before: "It was bought by …" speaks of the thing that one names. */
  previous?: Sentence,
): string | undefined {
  const verb = askedSubjectVerb(q);
  if (!verb) return undefined;
  const thing = thingAfter(q, verb)
    .map((t) => terms.find((x) => x.lower === t.lower))
    .filter((t): t is QueryTerm => t !== undefined);
  // Only a thing the article names somewhere, and no name (names are checked in evidenceProblem).
  if (!thing.length || thing.some((t) => !t.known || t.isName)) return undefined;
  const words = tagSentence(best.sentence.text); // cached
  // (Only a passive's pronoun subject is the thing done to: "It was bought by …"; in "They
  // considered the town …" the pronoun is the doer, and the thing is the one the sentence names.)
  const before = previous && PRONOUN_PASSIVE.test(best.sentence.text) ? tagSentence(previous.text) : [];
  return thing.some((t) => words.some((w) => w.key === t.key) || before.some((w) => w.key === t.key))
    ? undefined
    : `The article doesn't say: the sentence closest to it doesn't mention “${thing[0]!.lower}”.`;
}

/**
 * "Who controls the harbour?" of "The guild, controlling the docks, visited the harbour on
 * Monday": the thing asked stands in the sentence, but only after another verb, as what that one
 * was done to. The asked verb's own object is something else, so its subject is no answer.
 */
export function objectOfOtherVerb(q: AnalysedQuestion, best: ScoredSentence): string | undefined {
  const verb = askedSubjectVerb(q);
  const at = q.tokens.findIndex((t) => t.lower === verb);
  if (!verb || at < 0) return undefined;
  const thing = thingAfter(q, verb).filter((t) => !isStopword(t.lower));
  if (!thing.length) return undefined;
  const keys = new Set(thing.map((t) => t.key));
  const words = tagSentence(best.sentence.text); // cached
  const uses = words.flatMap((w, i) => (w.key === q.tokens[at]!.key && usedAsVerb(words, i) ? [i] : []));
  const places = words.flatMap((w, i) => (keys.has(w.key) ? [i] : []));
  if (!uses.length || !places.length) return undefined;
  // (Standing before the verb, the thing may be what it was done to, "the port, which the guild
  // controls", as a passive's subject is; not a dateline's place, "Carrow – The guild …".)
  const objectBefore = (v: number, i: number) =>
    i < v && (v - i <= 3 || words.slice(i + 1, v).some((w) => /^(which|that|whom)$/.test(w.lower)));
  const otherVerbBetween = (v: number, i: number) =>
    i > v && words.slice(v + 1, i).some((w, j) => j > 0 && isVerb(w) && !w.tags.has("Gerund"));
  // (And only where it does stand after another verb: "Ada Brek recovered it" says what "it" is
  // elsewhere.)
  if (
    uses.some(
      (v) =>
        isPassive(words, v) ||
        !places.some((i) => otherVerbBetween(v, i)) ||
        places.some((i) => objectBefore(v, i) || (i > v && !otherVerbBetween(v, i))),
    )
  )
    return undefined;
  return `The article doesn't say who ${verb} ${thing.map((t) => t.text).join(" ")}.`;
}

/**
 * "Who did Oren marry?" asked of "Tomas married Oren's sister": the question's subject stands
 * after the verb in the sentence, as its object, and nowhere before it.
 */
function subjectAsObject(
  index: KnowledgeIndex,
  q: AnalysedQuestion,
  s: Sentence,
): { subject: string; verb: string } | undefined {
  if (!q.askedVerb || !/^(who|whom|what)$/.test(q.tokens[0]?.lower ?? "")) return undefined;
  const aux = q.tokens.findIndex((t) => /^(did|does|do)$/.test(t.lower));
  const verbAt = q.tokens.findIndex((t, i) => i > aux && t.lower === q.askedVerb);
  // ('"…," said Maya Lindqvist' puts the speaker after the verb: saying verbs are exempt.)
  if (aux !== 1 || verbAt < 0 || q.tokens[verbAt]!.key === SAY_KEY || !index.hasKey(s.id, q.tokens[verbAt]!.key))
    return undefined;
  const subject = q.tokens.slice(aux + 1, verbAt).filter((t) => !isStopword(t.lower));
  if (!subject.length) return undefined;
  const words = tagSentence(s.text); // cached: no new tokens on every ask
  // The same verb, not a synonym ("say" is not "according to").
  const v = usesOfVerb(words, q.tokens[verbAt]!)[0];
  if (v === undefined) return undefined;
  const keys = new Set(subject.map((t) => t.key));
  const before = words.slice(0, v).some((w) => keys.has(w.key));
  const after = words.slice(v + 1).some((w) => keys.has(w.key));
  const found = { subject: subject.map((t) => t.text).join(" "), verb: words[v]!.text };
  // "Who did the guild invite?" asked of "The guild was invited by the mayor": there the guild is
  // the one invited (unless it is the one after "by"). Only with "by" and a person asked for:
  // "what are cells specialised for" reads a state, not a deed.
  if (isPassive(words, v)) {
    const byAgent = words.slice(v + 1, v + 8).some((w) => w.lower === "by");
    return q.answerType === "person" && byAgent && before && !after && sameClauseBefore(words, keys, v)
      ? found
      : undefined;
  }
  // "Who did Oren meet?" of "Tomas met Oren": met says it of both sides, so Tomas answers it
  // (but "Tomas married Oren's sister" is still the sister).
  const reciprocal =
    RECIPROCAL_KEYS.has(words[v]!.key) && words.slice(v + 1).some((w) => keys.has(w.key) && !/['’]s$/.test(w.text));
  return !before && after && !reciprocal ? found : undefined;
}

/**
 * The people a count question counts by their country ("how many Dunmerans …?"), when the
 * sentence's numbers count something else: no number stands within three words before the
 * demonym there.
 */
function countedPeople(q: AnalysedQuestion, terms: readonly QueryTerm[], s: Sentence): QueryTerm | undefined {
  const demonym = terms.find(
    (t) => q.target.includes(t.lower) && /s$/.test(t.lower) && isDemonym(t.lower.replace(/s$/, "")),
  );
  if (!demonym) return undefined;
  const words = tagSentence(s.text); // cached
  const counted = words.some(
    (w, i) =>
      w.key === demonym.key &&
      words.slice(Math.max(0, i - 3), i).some((b) => b.tags.has("Value") || /^\d/.test(b.text)),
  );
  return counted ? undefined : demonym;
}

/** Nouns of a role a person holds, as a title: "president", "minister", "negotiator". */
const ROLE_KEYS: ReadonlySet<string> = new Set(
  PEOPLE_NOUN_ROWS.filter((r) => r.title).flatMap((r) => r.forms.map((f) => termKey(f))),
);

/**
 * "Who is the Dunmeran president?" asked of "Officials, including President Kelby, … blamed
 * Dunmeran diplomacy", with the answer "the Guild": no "president" there is Dunmere's ("the
 * Dunmeran president", "Dunmere's president", "the president of Dunmere"), and the answer holds no
 * "president" either. One country's president is not another's. (An answer that holds the role,
 * "said foreign ministry spokesman Ito" asked for the Dunmeran spokesman, is left: news often
 * leaves the country to the story.) Returns the role as the question writes it.
 */
function otherNationRole(q: AnalysedQuestion, best: ScoredSentence): string | undefined {
  if (q.answerType !== "person" || !best.span) return undefined;
  const asked = q.tokens;
  let nation: string | undefined;
  let role: { key: string; lower: string } | undefined;
  for (let i = 0; i < asked.length && !role; i++) {
    if (!NATION_KEYS.has(asked[i]!.key)) continue;
    nation = asked[i]!.key;
    // "the Dunmeran (chief) negotiator", or "the negotiator of (the) Dunmere".
    const of = asked[i - 1]?.lower === "the" ? i - 2 : i - 1;
    role =
      asked.slice(i + 1, i + 4).find((t) => ROLE_KEYS.has(t.key)) ??
      (asked[of]?.lower === "of" && ROLE_KEYS.has(asked[of - 1]?.key ?? "") ? asked[of - 1] : undefined);
  }
  if (!nation || !role) return undefined;
  const words = tagSentence(best.sentence.text); // cached
  const held = words.flatMap((w, j) => (w.key === role.key ? [j] : []));
  if (!held.length) return undefined;
  const phraseOf = (j: number) => {
    let start = Math.max(0, j - 3);
    for (let k = start; k < j; k++) if (endsClause(words[k]!)) start = k + 1;
    const after = words[j + 1]?.lower === "of" ? words.slice(j + 2, j + 5) : [];
    return [...words.slice(start, j), ...after];
  };
  if (held.some((j) => phraseOf(j).some((w) => w.key === nation))) return undefined;
  const { from, to } = best.span.candidate;
  // The answer holds the role: "President Kelby", "the president of the Guild", "Kelby, the
  // president", "the president, Kelby".
  const holds = held.some(
    (j) =>
      (j >= from - 3 && j < to && !words.slice(j, from).some((w) => endsClause(w))) ||
      (j >= to && j <= to + 5 && endsClause(words[to - 1]!)) ||
      (j < from && j >= from - 2 && endsClause(words[j]!)),
  );
  return holds ? undefined : role.lower;
}

/**
 * "What did the Guild say?" asked of "However, the council claims that …" (or "…, the council
 * said"): the sentence gives its words to another source, and none of the words the question
 * names its speaker by is in that source.
 */
function otherSpeaker(q: AnalysedQuestion, terms: readonly QueryTerm[], s: Sentence): string | undefined {
  if (!q.askedVerb || !SAY_VERB_FORMS.has(q.askedVerb) || q.answerType === "person") return undefined;
  const at = q.tokens.findIndex((t) => t.lower === q.askedVerb);
  const before = new Set(q.tokens.slice(0, Math.max(at, 0)).map((t) => t.key));
  // (The speaker the question names: its words before the verb, "the harbour board".)
  const names = terms.filter((t) => before.has(t.key));
  if (!names.length) return undefined;
  const source = findAttribution(s.text);
  // (A pronoun, "he said", may be the one asked about: the sentence before names him.)
  if (!source || /^(?:he|she|they|it|we|i|you|this|that)\b/i.test(source)) return undefined;
  const said = new Set(tokenize(source).map((t) => t.key));
  return names.some((n) => said.has(n.key)) ? undefined : withoutSayVerb(source);
}

/**
 * "When did Oren flee?" asked of "Tomas fled in 1013": the asked verb's doer there is another
 * name, and no name of the question stands in the sentence. (Who-questions ask for the doer, and
 * are not checked.)
 */
function otherDoer(
  q: AnalysedQuestion,
  terms: readonly QueryTerm[],
  s: Sentence,
): { name: string; verb: string } | undefined {
  if (!q.askedVerb || q.answerType === "person") return undefined;
  // The doer the question names: its names before the verb ("when did Oren II flee to Carrowby").
  const at = q.tokens.findIndex((t) => t.lower === q.askedVerb);
  const verbToken = q.tokens[at];
  const before = new Set(q.tokens.slice(0, Math.max(at, 0)).map((t) => t.key));
  const names = terms.filter((t) => t.isName && !/^\d/.test(t.lower) && before.has(t.key));
  if (!names.length || !verbToken) return undefined;
  const words = tagSentence(s.text); // cached
  // "When did Vell die?" of "Vell married … the writer Tomas Lind, who died in 2015": the name
  // asked stands in the sentence, but the verb is said, after "who", of another name.
  const uses = usesOfVerb(words, verbToken);
  const askedKeys = new Set(names.map((n) => n.key));
  const relative = uses.map((v) => relativeDoer(words, v));
  if (uses.length && relative.every((r) => r !== undefined && !r.keys.some((k) => askedKeys.has(k))))
    return { name: relative[0]!.name, verb: words[uses[0]!]!.text };
  if (names.some((n) => words.some((w) => w.key === n.key))) return undefined;
  for (const v of uses) {
    const w = words[v]!;
    if (isPassive(words, v)) continue;
    const i = beforeVerb(words, v);
    const doer = words[i];
    if (doer && isProper(doer) && !doer.tags.has("Demonym") && !endsClause(doer)) {
      const first = nameStart(words, i);
      // ("Sailors held in the Carrow Strip died": a name after a preposition is not who did it;
      // someone else did, unnamed here.)
      const lead = words[first - 1]?.lower === "the" ? first - 2 : first - 1;
      if (words[lead]?.tags.has("Preposition")) return { name: "", verb: w.text };
      return {
        name: words
          .slice(first, i + 1)
          .map((t) => t.text)
          .join(" "),
        verb: w.text,
      };
    }
  }
  return undefined;
}

/** "Is Ilka a violinist?", "was the mill an old school?": the noun said of the subject. */
const COPULAR_PREDICATE = /^(?:is|was|are|were)\s+\S.*?\s+(?:a|an)\s+(?:\p{L}+\s+){0,2}?(\p{L}+)\s*\??$/iu;

/** The word is the question's last ("did Labour win?": the deed, whatever a tagger calls "win"). */
function endsQuestion(q: AnalysedQuestion, lower: string): boolean {
  return q.tokens.at(-1)?.lower === lower && q.tokens.length > 2;
}

/** The name a "who" clause says the verb at `v` of: "Tomas Lind, who died in 2015" → Tomas Lind. */
function relativeDoer(words: readonly TaggedTerm[], v: number): { name: string; keys: string[] } | undefined {
  const i = beforeVerb(words, v);
  if (words[i]?.lower !== "who") return undefined;
  const last = i - 1;
  if (last < 0 || !isProper(words[last]!)) return undefined;
  const run = words.slice(nameStart(words, last), last + 1);
  return { name: run.map((t) => t.text).join(" "), keys: run.map((t) => t.key) };
}

/** The word before the verb at `v`, past its adverbs and helping verbs ("Kelby had quickly left"). */
function beforeVerb(words: readonly TaggedTerm[], v: number): number {
  let i = v - 1;
  while (i >= 0 && (words[i]!.tags.has("Adverb") || words[i]!.tags.has("Auxiliary"))) i--;
  return i;
}

/** Where the run of name words ending at `last` starts, within its clause ("Tomas Lind"). */
function nameStart(words: readonly TaggedTerm[], last: number): number {
  let first = last;
  while (first > 0 && isProper(words[first - 1]!) && !endsClause(words[first - 1]!)) first--;
  return first;
}

/**
 * "Who replaced the council?" asked of "The council replaced the old board": the thing the question
 * says was acted on is the doer there, standing before the active verb and not after it.
 */
/** Words of time a tagger may call adjectives ("visit Carrowby soon"). */
const TIME_ADVERB = /^(soon|now|later|today|tomorrow|yesterday|again|already|tonight)$/;

function objectAsSubject(q: AnalysedQuestion, s: Sentence): { object: string; verb: string } | undefined {
  const asked = askedSubjectVerb(q);
  if (!asked) return undefined;
  const at = q.tokens.findIndex((t) => t.lower === asked);
  const rest = q.tokens.slice(at + 1);
  const end = rest.findIndex((t) => isStopword(t.lower) && !/^(the|a|an|of|his|her|their|its)$/.test(t.lower));
  // (Not an adverb: "who is gonna visit Carrowby soon" has no "soon" visited.)
  const adverbs = new Set(
    tagSentence(q.text)
      .filter((t) => t.tags.has("Adverb"))
      .map((t) => t.lower),
  );
  const phrase = (end < 0 ? rest : rest.slice(0, end)).filter(
    (t) => !isStopword(t.lower) && !adverbs.has(t.lower) && !TIME_ADVERB.test(t.lower),
  );
  // Its head: the last word before any "of" ("the first plastome" → plastome, "the rest of it" → rest).
  const ofAt = phrase.findIndex((t, i) => i > 0 && rest[rest.indexOf(t) - 1]?.lower === "of");
  const head = (ofAt > 0 ? phrase.slice(0, ofAt) : phrase).at(-1);
  if (!head || q.tokens[at]!.key === SAY_KEY) return undefined;
  const words = tagSentence(s.text); // cached
  const uses = usesOfVerb(words, q.tokens[at]!);
  const keys = new Set([head.key]);
  // Every use of the verb must have it the other way round: active, the thing before and not after.
  const reversedAt = (v: number) =>
    !isPassive(words, v) && !words.slice(v + 1).some((w) => keys.has(w.key)) && sameClauseBefore(words, keys, v);
  return uses.length && uses.every(reversedAt) ? { object: head.text, verb: words[uses[0]!]!.text } : undefined;
}

/** Where the sentence uses the question's verb itself, as a verb: the same word, not a synonym. */
function usesOfVerb(words: readonly TaggedTerm[], token: { key: string; lower: string }): number[] {
  const verb = stem(token.lower);
  return words.flatMap((w, i) => (w.key === token.key && stem(w.lower) === verb && isVerb(w) ? [i] : []));
}

/** "was invited", "were eventually invited", and without "be": "the raids launched by rebels". */
function isPassive(words: readonly TaggedTerm[], v: number): boolean {
  let i = v - 1;
  // ("was reportedly first introduced": adverbs and "first" stand between.)
  while (i >= 0 && (words[i]!.tags.has("Adverb") || /^(first|last|not|never|later|once)$/.test(words[i]!.lower))) i--;
  return /^(is|are|was|were|be|been|being)$/.test(words[i]?.lower ?? "") || words[v + 1]?.lower === "by";
}

/**
 * One of these words stands before the verb as its subject: in the same clause, with no "which" or
 * "that" between ("the cup that Valdoria won" has the cup before "won", as what was won).
 */
function sameClauseBefore(words: readonly TaggedTerm[], keys: ReadonlySet<string>, v: number): boolean {
  let last = -1;
  for (let i = 0; i < v; i++) if (keys.has(words[i]!.key)) last = i;
  if (last < 0) return false;
  // "a claim Nordvale denied": a name or a new noun phrase right after the word opens a clause of
  // its own, and the word is what that clause's verb was done to.
  const next = words[last + 1];
  if (last + 1 < v && next && (isProper(next) || /^(the|this|its|their|he|she|they|we|it)$/.test(next.lower)))
    return false;
  const between = words.slice(last, v);
  return !between.some((w, i) => (i > 0 && RELATIVE.test(w.lower)) || /[,;:()]/.test(w.post));
}
const RELATIVE = /^(which|that|who|whom|whose|where|when)$/;

/** True when the question uses this word as a verb ("How many fans attended?"). */
function isVerbIn(q: AnalysedQuestion, lower: string): boolean {
  const t = tagSentence(q.text).find((x) => x.lower === lower);
  return !!t?.tags.has("Verb") && !t.tags.has("Adjective");
}

/** True when the question uses this word only as an adjective ("how many extra flights"). */
function isAdjectiveIn(q: AnalysedQuestion, lower: string): boolean {
  const t = tagSentence(q.text).find((x) => x.lower === lower);
  // (Nor "per": "the price per share" counts no shares.)
  return (!!t?.tags.has("Adjective") && !t.tags.has("Noun")) || lower === "per";
}

/** True when every content word of the answer is already in the question. */
function echoesQuestion(q: AnalysedQuestion, answer: string): boolean {
  const asked = new Set(q.tokens.map((t) => t.key));
  // ("Who killed the Velti citizens?" is not answered by "23 Velti citizens": a count of those asked
  // about is them again.)
  const said = tokenize(answer).filter(
    (w) => !isStopword(w.lower) && (q.answerType !== "person" || !/^[\d.,]+$/.test(w.lower)),
  );
  return said.length > 0 && said.every((w) => asked.has(w.key));
}

/** A question word the sentence does not use, where it uses the opposite ("modern" asked, "medieval" said). */
function oppositeWord(
  index: KnowledgeIndex,
  terms: readonly QueryTerm[],
  s: Sentence,
  near: { has(key: string): boolean },
): { asked: QueryTerm; said: string } | undefined {
  for (const t of terms) {
    if (t.isName || near.has(t.key)) continue;
    for (const k of antonymKeys(t.key)) {
      if (!index.hasKey(s.id, k)) continue;
      const said = tokenize(s.text).find((w) => w.key === k)!.text;
      return { asked: t, said };
    }
  }
  // "correct" asked, "incorrect" said, or the other way round: an adjective (or its adverb,
  // "synchronously" and "asynchronously") and its negating prefix.
  const adjectives = tagSentence(s.text).filter((w) => w.tags.has("Adjective") || w.tags.has("Adverb"));
  const negates = (long: string, short: string) =>
    NEGATING_PREFIXES.some((p) => long === p + short) || (short.length >= 6 && long === `a${short}`);
  for (const t of terms) {
    if (t.isName || near.has(t.key) || index.hasKey(s.id, t.key)) continue;
    const said = adjectives.find(
      (w) => Math.min(w.lower.length, t.lower.length) >= 4 && (negates(w.lower, t.lower) || negates(t.lower, w.lower)),
    );
    if (said) return { asked: t, said: said.text };
  }
  return undefined;
}

/** Each superlative of a text with its rank: "the third-largest lake" → largest at 3, "the largest" at 1. */
function superlatives(text: string): { key: string; rank: number; text: string }[] {
  const words = tagSentence(text); // cached
  return words.flatMap((w, i) => {
    if (!w.tags.has("Superlative")) return [];
    const before = words[i - 1];
    const ordinal = before?.lower.replace(/^(\d+)(?:st|nd|rd|th)$/, "$1") ?? "";
    // (An ordinal ranks it: "the second-largest city", "the 3rd biggest".)
    const rank = ordinalValue(ordinal) ?? (/^\d+$/.test(ordinal) ? Number(ordinal) : 1);
    const shown = rank > 1 ? `${before!.text}${before!.post.trim() === "-" ? "-" : " "}${w.text}` : w.text;
    return [{ key: w.key, rank, text: shown }];
  });
}

/**
 * "What is the second biggest city?" is not answered by "the capital and largest city", nor "is it
 * the largest lake?" by "the third-largest lake": the same superlative at another rank.
 */
function otherRank(question: string, sentence: string): { asked: string; said: string } | undefined {
  const said = superlatives(sentence);
  for (const asked of superlatives(question)) {
    const same = said.filter((x) => x.key === asked.key);
    if (same.length && !same.some((x) => x.rank === asked.rank)) return { asked: asked.text, said: same[0]!.text };
  }
  return undefined;
}

/**
 * "Are the males bigger than the females?" of "Females are usually slightly larger than males":
 * the same comparison with its two sides swapped. Each side is the content words before the
 * comparative (back to the clause's start) and after "than" (to the clause's end).
 */
export function comparedTheOtherWay(question: string, sentence: string): boolean {
  // (A question that offers both ways, "is it older or younger than …?", is answered either way.)
  if (/\bor\b/i.test(question)) return false;
  const sides = (text: string) => {
    const words = tagSentence(text); // cached
    return words.flatMap((w, i) => {
      if (!w.tags.has("Comparative") || words[i + 1]?.lower !== "than") return [];
      let from = i;
      while (from > 0 && !endsClause(words[from - 1]!)) from--;
      let to = i + 2;
      while (to < words.length && !endsClause(words[to - 1]!)) to++;
      const keys = (part: readonly TaggedTerm[]) =>
        new Set(part.filter((t) => !isStopword(t.lower) && !isVerb(t) && !t.tags.has("Adverb")).map((t) => t.key));
      return [{ key: w.key, before: keys(words.slice(from, i)), after: keys(words.slice(i + 2, to)) }];
    });
  };
  const said = sides(sentence);
  return sides(question).some((asked) =>
    said.some(
      (s) =>
        s.key === asked.key &&
        [...asked.before].some((k) => s.after.has(k) && !s.before.has(k)) &&
        [...asked.after].some((k) => s.before.has(k) && !s.after.has(k)),
    ),
  );
}

/** Prefixes that make an adjective its opposite: "unknown", "incorrect", "impossible", "illegal", "irregular", "dishonest", "nonprofit" (and "a" before a long one: "atypical"). */
const NEGATING_PREFIXES = ["un", "in", "im", "il", "ir", "dis", "non"];

/** Prepositions the stopword list keeps as words (they may matter to ranking), but no yes/no claim turns on. */
const RELATING_WORDS: ReadonlySet<string> = new Set(["among", "amongst", "via", "within"]);

/** The noun a "what/which X …" question asks for ("what major conquest" → conquest); none for "what prompted …". */
function askedNoun(q: AnalysedQuestion): string | undefined {
  if (q.kind !== "what" || q.answerType !== "thing" || q.target.length === 0) return undefined;
  const tagged = tagSentence(q.text);
  for (let i = tagged.findIndex((t) => t.lower === q.target[0]); i >= 0 && i < tagged.length; i++) {
    const tags = tagged[i]!.tags;
    if (tags.has("Verb") || tags.has("Pronoun") || !(tags.has("Noun") || tags.has("Adjective"))) return undefined;
    if (tags.has("Noun")) return tagged[i]!.lower;
  }
  return undefined;
}

/** The first of these words that is not filler, else the first (which the message then doesn't name). */
function blameable(failing: readonly QueryTerm[]): QueryTerm | undefined {
  return failing.find((t) => !FILLER_WORDS.has(t.lower)) ?? failing[0];
}

/**
 * A name of the question that the passage names in another way: the article's headline names
 * what every sentence is about ("Flood in Carrowby" → "the river rose" is about Carrowby), and a
 * name of several words is named by one of them ("Ilka Velt" → "Velt", "the Harbour Guild" →
 * "the Guild").
 */
const PERSON_PRONOUN = /\b(he|she|his|her|him)\b/i;

/** How an encyclopaedia entry refers back to its subject: "the company", "the club", "its river". */
const ENTRY_SUBJECT =
  /\b(?:the|its)\s+(?:company|firm|club|group|city|town|species|band|university|school|party|country|island|park|river|line|railway|museum|church|cathedral)\b/i;

/** The article's headline is a name and nothing else ("Cornelius Vane", "Ilse Marrow"): an encyclopaedia entry. */
function titledWithName(index: KnowledgeIndex, s: Sentence): boolean {
  const headline = headlineOf(index, s)?.text.trim();
  return headline !== undefined && ENTRY_TITLE.test(headline);
}

/** The question has the name right before a noun ("the Carrow visit") that the sentence writes after "the". */
function modifiesDefinite(q: AnalysedQuestion, t: QueryTerm, text: string): boolean {
  const at = q.tokens.findIndex((k) => k.key === t.key);
  const noun = q.tokens[at + 1];
  if (at < 0 || !noun || isStopword(noun.lower)) return false;
  return tokenize(text).some((w, i, all) => w.key === noun.key && all[i - 1]?.lower === "the");
}

function headlineKeys(index: KnowledgeIndex, s: Sentence): KeyLookup {
  const headline = headlineOf(index, s);
  return headline ? index.keysOf(headline.id) : new Set();
}

/** The headline of the article `s` stands in, if it has one. */
const headlineOf = (index: KnowledgeIndex, s: Sentence): Sentence | undefined =>
  index.articleOf(s)?.sentences.find((h) => h.part === "headline");

function namedElsewhere(
  index: KnowledgeIndex,
  terms: readonly QueryTerm[],
  s: Sentence,
  near: { has(key: string): boolean },
): (t: QueryTerm) => boolean {
  const headline = index
    .articleOf(s)
    ?.sentences.filter((h) => h.part === "headline")
    .map((h) => index.keysOf(h.id));
  return (t) => {
    if (!t.isName || /^\d/.test(t.lower)) return false;
    if (headline?.some((keys) => keys.has(t.key))) return true;
    // The last word of the run of names it opens ("Ilka" in "Ilka Velt" is named by "Velt").
    const at = terms.indexOf(t);
    let last = at;
    while (last + 1 < terms.length && terms[last + 1]!.isName && !/^\d/.test(terms[last + 1]!.lower)) last++;
    const head = terms[last]!;
    return last > at && head.known && near.has(head.key);
  };
}

/**
 * "Is it the first probe to reach Jupiter?": after "the", an ordinal is the very thing asked, not
 * a light word ("was the first bridge wooden?" keeps it light: no "to" or "ever" follows).
 */
function isClaimed(q: AnalysedQuestion, t: QueryTerm): boolean {
  // ("Is this the club's first title?", "is it the first visit?", "was it her last race?": one's
  // first or last is the claim. Not "is it true that …?", which only asks.)
  return (
    new RegExp(`\\bthe ${t.lower}\\b(?: \\S+){0,3} (?:to|ever)\\b`, "i").test(q.text) ||
    new RegExp(`(?:['’]s?|\\b(?:his|her|their|its|my|your|our))\\s+${t.lower}\\b`, "i").test(q.text) ||
    new RegExp(`\\b(?:this|it|that)\\s+(?:is\\s+|was\\s+)?the\\s+${t.lower}\\b`, "i").test(q.text) ||
    // ("Is Ada Brek the first mayor sacked?": the ordinal after "the" is what is claimed of her.)
    new RegExp(`^(?:is|was|are|were)\\s+\\S+(?:\\s+\\S+)?\\s+the\\s+${t.lower}\\b`, "i").test(q.text)
  );
}

/** "Who leads the party?" → "leads": the verb a who-question asks the subject of, if it asks one. */
/** True when a "where did she die?" question meets a sentence that has no form of its deed. */
export function lacksPlaceDeed(q: AnalysedQuestion, text: string): boolean {
  const verb = q.answerType === "place" ? placeDeed(q) : undefined;
  const key = verb && q.tokens.find((t) => t.lower === verb)?.key;
  return key !== undefined && !tagSentence(text).some((t) => t.key === key);
}

/** The deed of "where did she die?", "where was he born?"; none for being somewhere ("where is it located?"). */
function placeDeed(q: AnalysedQuestion): string | undefined {
  // ("where was she born?": the participle at the end.)
  const last = q.tokens.at(-1)?.lower ?? "";
  const verb =
    q.askedVerb ??
    (/^(is|are|was|were)$/.test(q.tokens[1]?.lower ?? "") && /(ed|en|rn)$/.test(last) ? last : undefined);
  if (!verb || LIGHT_KEYS.has(termKey(verb)) || BEING_SOMEWHERE.test(verb)) return undefined;
  return verb !== q.askedVerb || isVerbIn(q, verb) ? verb : undefined;
}
const BEING_SOMEWHERE =
  /^(?:be|is|are|was|were|located|situated|based|found|lie|lies|sit|sits|stand|stands|live|lives|lived|held|played|staged|hosted|fought|set|take|place)$/;

function askedSubjectVerb(q: AnalysedQuestion): string | undefined {
  const [wh, second, third] = q.tokens;
  if (!wh || !second || !/^who$/i.test(wh.text)) return undefined;
  // "who is running the campaign?", "who has signed it?": the verb after the auxiliary.
  let verb =
    /^(is|are|was|were|has|have|had)$/i.test(second.text) && third && /(ing|ed|en)$/.test(third.lower) ? third : second;
  // ("Who will replace the coach?", "who could stop it?": the verb after the modal.)
  if (/^(will|would|can|could|should|may|might|must|shall)$/i.test(second.text) && third) verb = third;
  // ("Who is going to visit …?" asks who will visit.)
  const at = q.tokens.indexOf(verb);
  if (verb.lower === "going" && q.tokens[at + 1]?.lower === "to" && q.tokens[at + 2]) verb = q.tokens[at + 2]!;
  if (isStopword(verb.lower) || !isVerbIn(q, verb.lower)) return undefined;
  return verb.lower;
}

/**
 * The sentence uses the verb only in the passive and names no doer: "was invited to Carrowby",
 * "was surveyed in detail in 2008" (no "by …" after it).
 */
function doneWithoutDoer(text: string, key: string): boolean {
  const words = tagSentence(text); // cached
  const uses = words.map((w, i) => (w.key === key ? i : -1)).filter((i) => i >= 0);
  if (!uses.length) return false;
  return uses.every((i) => {
    let b = i - 1;
    while (b >= 0 && words[b]!.tags.has("Adverb")) b--;
    const passive =
      /^(is|are|was|were|be|been|being)$/.test(words[b]?.lower ?? "") && /(ed|en|wn|lt|ght)$/.test(words[i]!.lower);
    // ("was bought on the opening day of the show by a merchant": "by" may stand well after it, in its clause.)
    let end = i + 1;
    while (end < words.length && end - i <= 12 && !endsClause(words[end - 1]!)) end++;
    return passive && !words.slice(i + 1, end).some((w) => w.lower === "by");
  });
}

/** A be-question that ends on a state: "is the deal off?", "are the talks over?", "is it done?". */
const STATE_ASKED = /^(?:is|are|was|were|has|have)\b.*\b(done|over|off|on|out|through|gone|back)\s*\??$/i;

/**
 * Names, numbers and relatives ("when did the mayor's son return?") in a question pin down whom it
 * is about. A relative asked for is no pin: "who is the mayor's husband?" is answered by "… married
 * the mayor".
 */
export const mustMatch = (t: QueryTerm, q: AnalysedQuestion) =>
  t.isName || /^\d/.test(t.lower) || (KIN_KEYS.has(t.key) && !ASKS_WHO_IS.test(q.text) && !q.target.includes(t.lower));
const ASKS_WHO_IS = /^(who|whom)\s+(is|was|are|were)\b/i;
const KIN_KEYS = new Set(KIN_NOUNS.map((w) => termKey(w)));

/**
 * "Who is the chief …?" asks who someone is; "what are the names of the hostages?" asks people's
 * names ("people"), where a place's name does not do.
 */
function asksWhoSomeoneIs(q: AnalysedQuestion): "someone" | "people" | undefined {
  if (/^who\s+(?:is|was|are|were)\s+the\b/i.test(q.text)) return "someone";
  // ("Which leader did she meet?": one of a word for people.)
  // (Not "what are the nurses asking for?", whose nurses ask; nor "which population …?".)
  const noun = /^(?:on\s+|to\s+|with\s+|by\s+)?which\s/i.test(q.text) ? nounAskedFor(q) : undefined;
  if (noun && isPeopleWord(noun) && !COLLECTIVE_NOUNS.has(noun) && noun !== "population") return "someone";
  const named = /\bnames?\s+of\s+(?:the\s+)?(?:\S+\s+){0,3}?(\p{L}+)\s*\??$/iu.exec(q.text)?.[1]?.toLowerCase();
  return named !== undefined && isPeopleWord(named) && !COLLECTIVE_NOUNS.has(named) ? "people" : undefined;
}
const isPeopleWord = (w: string) => PEOPLE_NOUNS.includes(w) || PEOPLE_NOUNS.includes(w.replace(/s$/, ""));
/**
 * The short answer names a person or someone by a word for people ("Ada Brek", "the mayor of X");
 * the words before "of" say what it is: "the fate of the hostages" is a fate.
 */
function namesSomeone(
  span: { text: string; candidate: { person: boolean; personName: boolean; place: boolean } },
  asked: "someone" | "people",
): boolean {
  const c = span.candidate;
  if (asked === "people" && c.place && !c.person) return false;
  const head = span.text.split(/\s+of\s+/)[0]!;
  return (
    c.personName ||
    /\p{Lu}/u.test(head.replace(/^\P{L}*\p{L}/u, "")) ||
    (/^\p{Lu}/u.test(head) && !/^(?:The|A|An)\b/.test(head)) ||
    tokenize(head).some((t) => isPeopleWord(t.lower) || INFORMANT.test(t.lower))
  );
}
/** News's words for someone it does not name: "a source in the coastguard", "an insider". */
const INFORMANT = /^(?:sources?|insiders?|witness(?:es)?|informants?|someone|somebody)$/;

/** Keys of a sentence and of the sentences beside it, as one lookup (no copying). */
function nearKeys(index: KnowledgeIndex, s: Sentence): { has(key: string): boolean } {
  const sets = [s, index.previous(s), index.next(s)].filter((n) => n !== undefined).map((n) => index.keysOf(n.id));
  return { has: (key) => sets.some((set) => set.has(key)) };
}

function typeWord(q: AnalysedQuestion): string {
  if (q.asksName) return "name";
  return (
    { person: "name", place: "place", date: "date", number: "number", reason: "reason", manner: "explanation" }[
      q.answerType as string
    ] ?? "answer"
  );
}
