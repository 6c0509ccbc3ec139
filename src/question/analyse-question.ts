// Works out what a question asks for: the kind of question, the type of answer that would satisfy
// it, and the words that must be found in the article for an answer to count.
import { isStopToken, isStopword, termKey, tokenize, type Token } from "../text/tokens.ts";
import { isVerb, tagSentence } from "../text/tag-sentence.ts";
import { NO_TOPIC_WORDS, QUESTION_NOISE } from "../text/words.ts";
import { howAnswer, isDateNoun, isNumberNoun, isPersonNoun, isPlaceNoun, MEASURE_KINDS } from "./head-nouns.ts";

/** The kind of question asked, as the reply reports it. */
export type QuestionKind =
  | "who"
  | "what"
  | "how-many"
  | "how-much"
  | "when"
  | "where"
  | "why"
  | "how"
  | "yes-no"
  | "describe";

/** What an acceptable answer is made of. */
export type AnswerType =
  | "person"
  | "place"
  | "date"
  | "number"
  | "thing"
  | "reason"
  | "manner"
  | "yes-no"
  | "description";

export interface QuestionTerm {
  lower: string;
  key: string;
  /** True for capitalised words and numbers: names the answer must share with the article. */
  isName: boolean;
}

export interface AnalysedQuestion {
  /** The question as asked, trimmed and cleaned of control characters and Markdown. */
  text: string;
  kind: QuestionKind;
  answerType: AnswerType;
  /** For "how many X" and "what X": the words naming what is asked about ("hostages", "country"). */
  target: string[];
  /** Content words to match, without question words and stopwords. */
  terms: QuestionTerm[];
  /** "What did the mayor eat?": the verb after "did X", which the article must use for an answer to count. */
  askedVerb?: string;
  /** "What did X ask Y to do?": the answer is an action (a verb phrase), not a thing. */
  wantsAction: boolean;
  /** "What kind of bureaucracy …?": the answer is what the article puts before that noun ("meritocratic"). */
  asksKindOf: boolean;
  /** "What is her opera called?", "what was the name of the ship?": the answer is a name. */
  asksName: boolean;
  tokens: Token[];
}

const AUX = /^(is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)$/;
/** "What is her opera called?", "what was the ship named?", "what is the name of the bridge?", "what is the driver's name?". */
// One thing, not a kind of thing: "the"/a possessive before it, and not plural ("what are the small
// tentacles called?" asks for a term, which is no name).
const NAME_FRAME =
  /^what\s+(?:is|was)\s+(?:the|his|her|its|their|\S+['’]s)\s+(?:\S+\s+){0,4}?(?:called|named|name)\s*\??$|^what\s+(?:is|was)\s+the\s+name\s+of\s+(?:the|his|her|its|their|\S+['’]s)\s|^what\s+(?:are|were)\s+the\s+names\s+of\s/i;

/** Removes what is not part of a question: control characters, Markdown marks, mentions, extra space. */
export function cleanQuestion(raw: string): string {
  return (
    String(raw ?? "")
      .normalize("NFKC")
      .replace(/<(?:@[!&]?|#)\d+>/g, " ")
      .replace(/@(everyone|here)\b/gi, " ")
      .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]/g, " ")
      // "# of passengers": chat's "number of", kept for the chat rules; any other "#" is Markdown.
      .replace(/(^|\s)#\s*(?=of\b)/gi, "$1number ")
      .replace(/[*_~`|>#]+/g, " ")
      // "who's", "where's": the question word must stand alone to be recognised.
      .replace(/\b(who|what|where|when|how|why|which)['’]s\b/gi, "$1 is")
      .replace(/\b(who|what|where|when|how|why|which)['’]re\b/gi, "$1 are")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 500)
  );
}

/** "Who is the president of the region?", "who was Dunmere's envoy?": a question for the holder of a role. */
export const asksForRoleHolder = (q: AnalysedQuestion): boolean =>
  q.answerType === "person" && /^who (is|was|are|were) (the\b|\S+['’]s\b)/i.test(q.text);
/**
 * The noun a what/which question asks for: "which treaty fixed …?" → "treaty", "what is the
 * longest tributary of …?" → "tributary", "on which mountain …?" → "mountain"; undefined when it
 * asks by no noun ("what happened?").
 */
export function nounAskedFor(q: AnalysedQuestion): string | undefined {
  // (Read once per question: the span chooser asks it of every candidate.)
  if (!nounsAsked.has(q)) nounsAsked.set(q, readNounAsked(q));
  return nounsAsked.get(q);
}
const nounsAsked = new WeakMap<AnalysedQuestion, string | undefined>();

function readNounAsked(q: AnalysedQuestion): string | undefined {
  const words = q.tokens.map((t) => t.lower);
  let i = words.findIndex((w, k) => k <= 2 && /^(what|which)$/.test(w));
  if (i < 0) return undefined;
  i++;
  if (/^(is|was|are|were)$/.test(words[i] ?? "")) i++;
  while (/^(the|a|an|his|her|its|their|our|this|that)$/.test(words[i] ?? "")) i++;
  const tagged = tagSentence(q.text);
  // (The word right after "which" is the noun whatever the tagger says, "which boat sank?", unless
  // it is an auxiliary or a pronoun: "what did he win?" asks by no noun.)
  const right = i === words.findIndex((w) => /^(what|which)$/.test(w)) + 1;
  let noun: string | undefined;
  for (let first = true; i < words.length; i++, first = false) {
    const w = words[i]!;
    const t = tagged.find((x) => x.lower === w);
    if (!t || NOT_A_NOUN.test(w) || t.tags.has("Preposition") || t.tags.has("Determiner")) break;
    // ("What happened?", "what causes floods?": a verb in the past or in the third person is no noun.)
    const finite = t.tags.has("PastTense") || t.tags.has("Gerund") || (t.tags.has("PresentTense") && /s$/.test(w));
    if (
      (first && right && !(finite && !t.tags.has("Noun"))) ||
      (t.tags.has("Noun") && !t.tags.has("Pronoun") && !(isVerb(t) && noun))
    )
      noun = w;
    else if (noun || isVerb(t)) break;
  }
  return noun;
}

const NOT_A_NOUN =
  /^(is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must|i|you|he|she|it|we|they|kind|kinds|sort|sorts|type|types)$/;

/** "How old is she?", "at what age did he retire?": the question asks for an age. */
export const ASKS_AGE = /\bhow\s+old\b|^(?:at\s+)?what\s+age\b/i;

export function analyseQuestion(raw: string): AnalysedQuestion {
  const text = cleanQuestion(raw);
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.lower);
  const { kind, answerType, targetStart } = classify(words, tokens);

  const target: string[] = [];
  if (targetStart >= 0) {
    for (let i = targetStart; i < words.length && target.length < 4; i++) {
      const w = words[i]!;
      if (AUX.test(w) || (isStopword(w) && target.length > 0)) break;
      if (!isStopword(w)) target.push(w);
    }
  }

  const terms: QuestionTerm[] = [];
  tokens.forEach((t, i) => {
    if (isStopToken(t) || QUESTION_NOISE.has(t.lower) || NO_TOPIC_WORDS.has(t.lower)) return;
    // "how long", "how old": the word after "how" belongs to the question, not to the topic.
    if (tokens[i - 1]?.lower === "how" && howAnswer(t.lower)) return;
    if (i === 0 && /^(tell|describe|explain|name|list|give|say)$/.test(t.lower)) return;
    if (/^(me|us|about|article|text|story|report)$/.test(t.lower) && kind === "describe") return;
    const isName = /^\p{Lu}/u.test(t.text) ? i > 0 || looksLikeName(text, t, tokens[1]) : /^\p{N}/u.test(t.text);
    terms.push({ lower: t.lower, key: t.key, isName });
  });
  // "How old is Brek?" asks for her age, which the article may give as "Brek, 52," (knowledge-index.ts).
  if (ASKS_AGE.test(text) && !terms.some((t) => t.lower === "age")) {
    terms.push({ lower: "age", key: termKey("age"), isName: false });
    target.push("age");
  }
  const wantsAction = kind === "what" && /\b(to do|do|doing|done)\b/i.test(words.slice(2).join(" "));
  const asksKindOf =
    kind === "what" && target.length > 0 && /\b(what|which) (kinds?|types?|sorts?|forms?) of\b/i.test(text);
  return {
    text,
    kind,
    answerType,
    target,
    terms,
    wantsAction,
    asksKindOf,
    asksName: NAME_FRAME.test(text),
    tokens,
    ...askedVerbOf(tokens, text),
  };
}

/**
 * The first word of a question is capitalised whatever it is: it counts as a name when it looks
 * like one anyway ("FloodNet", "X.25"), starts a run of capitalised words ("Ilka Velt developed …"),
 * or is a noun ("Gaugenet consisted of …"); not when it is a verb, preposition or the like ("Living
 * from 973 CE, he …", "During what campaign …").
 */
function looksLikeName(text: string, t: Token, next: Token | undefined): boolean {
  if (/^(who|what|when|where|why|how|which|is|are|was|were|do|does|did|has|have|the|a|an)$/i.test(t.text)) return false;
  if (/\p{Lu}.*\p{Lu}|\p{N}/u.test(t.text) || (next !== undefined && /^\p{Lu}/u.test(next.text))) return true;
  const tags = tagSentence(text)[0]?.tags;
  return !!tags?.has("Noun") && !tags.has("Gerund") && !tags.has("Pronoun");
}

/**
 * "what did [the] mayor eat" → "eat": the verb after the subject of did/does/do. A capitalised
 * subject ends where the capitals do; a lower-case one ("did the city council approve") ends at the
 * first word the tagger reads as a verb, or else after one word ("did the storm kill", which the
 * tagger reads as a noun).
 */
function askedVerbOf(tokens: readonly Token[], text: string): { askedVerb?: string } {
  const aux = tokens.findIndex((t, i) => i <= 3 && /^(did|does|do|will|would|can|could|should|shall)$/.test(t.lower));
  if (aux < 0) return {};
  // ("What does the water board do?": the verb asked is "do" itself, what the subject does.)
  if (tokens.at(-1)?.lower === "do" && tokens.length > aux + 2) return {};
  // "Who will visit the port?" asks for the doer: after a modal, a verb straight away has no subject
  // between, unlike "who will Velt meet?".
  // (An adverb may stand between: "who will soon visit …".)
  if (!/^(did|does|do)$/.test(tokens[aux]!.lower)) {
    let n = aux + 1;
    while (n + 1 < tokens.length && ADVERB_BEFORE_VERB.test(tokens[n]!.lower)) n++;
    const next = tokens[n];
    if (!next || tagSentence(text).some((t) => t.lower === next.lower && isVerb(t))) return {};
  }
  let start = aux + 1;
  while (start < tokens.length && DETERMINER.test(tokens[start]!.lower)) start++;
  if (start >= tokens.length) return {};
  const tagged = tagSentence(text);
  // A capitalised subject ("did Velt's team decide", "did Ilka Velt build") ends where the capitals do.
  let i = start + 1;
  if (/^\p{Lu}/u.test(tokens[start]!.text)) {
    // (With a small word inside the name: "did the Duke of Carrow die", "did Ada van Brek win".)
    const joinsName = (k: number) =>
      NAME_JOINERS.test(tokens[k]?.text ?? "") && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "");
    while (i < tokens.length && (/^\p{Lu}/u.test(tokens[i]!.text) || joinsName(i))) i++;
    // ("did the Dunmeran army reoccupy …": a lower-case noun after the capitals, before a verb, ends the subject.)
    const tagOf = (k: number) => tagged.find((t) => t.lower === tokens[k]?.lower);
    const noun = tagOf(i);
    if (noun?.tags.has("Noun") && !isVerb(noun) && tagOf(i + 1) && isVerb(tagOf(i + 1)!)) i++;
  } else {
    const verbAt = (k: number) => tagged.some((t) => t.lower === tokens[k]!.lower && isVerb(t));
    const verb = tokens.findIndex((t, k) => k > start && verbAt(k) && !isStopword(t.lower));
    if (verb > 0) i = verb;
  }
  // "When did Velt finally leave?", "did Velt first visit …": an adverb between subject and verb is
  // not the action asked about.
  const isAdverb = (k: number) =>
    ADVERB_BEFORE_VERB.test(tokens[k]?.lower ?? "") ||
    tagged.some((t) => t.lower === tokens[k]?.lower && t.tags.has("Adverb") && !isVerb(t));
  while (i + 1 < tokens.length && isAdverb(i)) i++;
  // "does Velt want to raise the fee?" asks about raising: a verb of wanting before "to" only says
  // it is wished for.
  const wish =
    tokens[i] && WISH_VERB.test(tokens[i]!.lower) && tokens[i + 1]?.lower === "to" ? tokens[i + 2] : undefined;
  const t = wish ?? tokens[i];
  return t && !isStopword(t.lower) && !/'s$/.test(t.lower) ? { askedVerb: t.lower } : {};
}

/** Small words inside a name: "Duke of Carrow", "Ada van Brek", "Isle of Tarn". */
const NAME_JOINERS = /^(of|de|du|da|del|della|la|le|von|van|der|den|al|bin|ibn)$/;

/** Words between a subject and its verb that tagging may read otherwise ("did the team first win …"). */
const ADVERB_BEFORE_VERB =
  /^(first|last|ever|never|also|still|even|just|once|again|really|actually|soon|now|then|already|finally|eventually|probably|likely|not)$/;

/**
 * The word at `k` stands before two more nouns of its phrase: "general" in "general aviation
 * airport". (One noun after it may be the verb the tagger took for a noun: "what party rules …",
 * "what officer shot him".)
 */
function modifiesNoun(tokens: readonly Token[], k: number): boolean {
  const tagged = tagSentence(tokens.map((t) => t.text).join(" "));
  const noun = (t: Token | undefined) => {
    const tag = t && !isStopword(t.lower) ? tagged.find((w) => w.lower === t.lower) : undefined;
    return tag !== undefined && tag.tags.has("Noun") && !isVerb(tag);
  };
  return noun(tokens[k + 1]) && noun(tokens[k + 2]);
}

const WISH_VERB = /^(want|wants|wish|wishes|hope|hopes|plan|plans|intend|intends|need|needs)$/;

const DETERMINER = /^(the|a|an|his|her|its|their|this|that|these|those|any|some|all|no|every|each|\S+'s)$/;

function classify(
  words: string[],
  tokens: Token[],
): { kind: QuestionKind; answerType: AnswerType; targetStart: number } {
  // Find the question word; questions may open with a clause ("In 1066, who …", "According to X, what …").
  let wh = words.findIndex((w) => /^(who|whom|whose|what|which|when|where|why|how)$/.test(w));
  // "Rocks at that depth where they are stretched are often what?": a question that ends on its
  // question word asks with that one, not with a 'where' or 'when' inside a clause before it.
  const last = words.length - 1;
  if (wh > 0 && last > wh && /^(who|whom|what|which|when|where)$/.test(words[last]!)) wh = last;
  // "When rock is re-melted, what is formed?": an opening when/where/if clause sets the scene; the
  // question word that follows it asks.
  // ("When did the attack occur in which …?" is a when-question: there the verb comes straight after.)
  if (/^(when|where|if)$/.test(words[0] ?? "") && !AUX.test(words[1] ?? "")) {
    const later = words.findIndex((w, i) => i > 1 && /^(who|whom|whose|what|which|how)$/.test(w));
    if (later > 0) wh = later;
  }
  const first = words[0] ?? "";
  if (/^(tell|describe|explain)$/.test(first) || (first === "what" && /^(about|of)$/.test(words[1] ?? ""))) {
    return { kind: "describe", answerType: "description", targetStart: -1 };
  }
  if (AUX.test(first) && (wh < 0 || wh > 3)) return { kind: "yes-no", answerType: "yes-no", targetStart: -1 };
  if (wh < 0) {
    if (/^(name|list|give|identify)$/.test(first)) wh = 0;
    else return { kind: "what", answerType: "thing", targetStart: -1 };
  }
  const w = words[wh]!;
  const next = words[wh + 1] ?? "";
  const after = words[wh + 2] ?? "";
  switch (w) {
    case "who":
    case "whom":
    case "whose": {
      // "Who is Tomas Brek?" asks for a description; "Who is the spokesperson …?" asks for a person.
      const rest = tokens.slice(wh + 2);
      // Only when the rest is just the name: "Who was Ilka's brother?" asks for a person.
      const justAName =
        rest.length > 0 &&
        rest.every((t) => /^\p{Lu}/u.test(t.text) || /^(of|the|de|al|bin|von|van)$/.test(t.lower)) &&
        !/^the$/i.test(rest[0]!.text) &&
        // (A possessive before the last word makes it a role: "who is Tarnby's Chief Envoy?".)
        !rest.slice(0, -1).some((t) => /['’]s$/.test(t.text));
      if (/^(is|was|are|were)$/.test(next) && justAName) {
        return { kind: "describe", answerType: "description", targetStart: -1 };
      }
      return { kind: "who", answerType: "person", targetStart: -1 };
    }
    case "when":
      return { kind: "when", answerType: "date", targetStart: -1 };
    case "where":
      return { kind: "where", answerType: "place", targetStart: -1 };
    case "why":
      return { kind: "why", answerType: "reason", targetStart: -1 };
    case "how": {
      if (next === "many") return { kind: "how-many", answerType: "number", targetStart: wh + 2 };
      if (next === "much") return { kind: "how-much", answerType: "number", targetStart: wh + 2 };
      // "How long is the river?" asks a length (or a duration), a number either way.
      if (next === "long" && /^(is|was|are|were)$/.test(words[wh + 2] ?? ""))
        return { kind: "how-much", answerType: "number", targetStart: -1 };
      const how = howAnswer(next);
      if (how) return { kind: "how-much", answerType: how, targetStart: -1 };
      return { kind: "how", answerType: "manner", targetStart: -1 };
    }
    default: {
      // "What is Velt?" asks what a name stands for, like "Who is X?".
      // "What is the Carrowby Charter?" too: a leading "the" belongs to the name.
      const the = /^the$/i.test(tokens[wh + 2]?.text ?? "") && tokens.length > wh + 3 ? 1 : 0;
      const rest = tokens.slice(wh + 2 + the);
      // So does "what was telenet?": one bare word after the verb is the thing to define ("what is the headline?" is not).
      // ("What is formed?" asks what comes of something: a participle is not a thing to define.)
      const bareWord = !the && rest.length === 1 && !isStopword(rest[0]!.lower) && !/ed$/.test(rest[0]!.lower);
      if (
        w === "what" &&
        /^(is|are|was|were)$/.test(next) &&
        rest.length > 0 &&
        (bareWord || rest.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text)))
      ) {
        return { kind: "describe", answerType: "description", targetStart: -1 };
      }
      // "What kind of group …?" asks for a kind, whatever the noun: "terrorist group", not a person.
      if (/^(kinds?|types?|sorts?|forms?)$/.test(next) && after === "of")
        return { kind: "what", answerType: "thing", targetStart: wh + 3 };
      // what / which / name: the head noun tells the answer type ("what year", "which country").
      let i = wh + 1;
      // "what was the wedding date" → the head is "wedding date", not "was".
      if (/^(is|was|are|were)$/.test(words[i] ?? "") && /^(the|a|an)$/.test(words[i + 1] ?? "")) i++;
      while (i < words.length && /^(kinds?|types?|sorts?|of|the|a|an|other|two|three)$/.test(words[i]!)) i++;
      const head = words[i] ?? "";
      const headAfter = words[i + 1] ?? "";
      const target = i;
      // "At what age did she retire?" asks how old, as "in what age …?" asks for an era.
      if (head === "age" && !/^(in|during)$/.test(words[wh - 1] ?? ""))
        return { kind: "how-much", answerType: "number", targetStart: -1 };
      if (isDateNoun(head) || isDateNoun(headAfter)) return { kind: "when", answerType: "date", targetStart: target };
      if (isPlaceNoun(head)) return { kind: "where", answerType: "place", targetStart: target };
      if (isNumberNoun(head)) return { kind: "how-many", answerType: "number", targetStart: target };
      // "What is the average depth …?", "the total cost": a measure, said which of it.
      if (MEASURE_KINDS.test(head) && isNumberNoun(headAfter))
        return { kind: "how-many", answerType: "number", targetStart: target + 1 };
      // ("What is the busiest general aviation airport?": a people noun before another noun only
      // says which kind of that noun.)
      const person = [i + 2, i + 1, i].find((k) => isPersonNoun(words[k] ?? ""));
      if (person !== undefined && !modifiesNoun(tokens, person)) {
        if (!AUX.test(head)) return { kind: "who", answerType: "person", targetStart: target };
      }
      if (AUX.test(next) || next === "") return { kind: "what", answerType: "thing", targetStart: -1 };
      return { kind: "what", answerType: "thing", targetStart: target };
    }
  }
}
