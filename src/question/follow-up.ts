// Follow-up questions: "and the port?", "what about Lena?", "why?", "how many?", "who else?" mean
// nothing alone; read against the previous question of the conversation they become whole
// ("who visited the capital?" + "and the port?" → "who visited the port?"). A question that
// stands alone is left as it is (resolveFollowUp returns undefined).
import { type TaggedTerm, tagSentence } from "../text/tag-sentence.ts";
import { isDemonym } from "../text/countries.ts";
import { infinitive } from "../text/verb-forms.ts";

export interface FollowUpForm {
  name: string;
  /** Matches the whole follow-up; group 1 is its topic or its question word. */
  pattern: RegExp;
  resolve: (previous: string, match: RegExpMatchArray) => string | undefined;
  /** A made-up previous question, a follow-up, and what the follow-up must be read as. */
  example: { previous: string; current: string; expected: string };
}

const AUX = /^(is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)$/i;
const WH = /^(who|whom|whose|what|which|when|where|why|how)$/i;
const DETERMINER = /^(the|a|an|his|her|its|their|this|that|these|those)$/i;
/** Words that make the rest a question of its own: "and who paid?" is not about the previous question. */
const OWN_QUESTION =
  /^(who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|tell|describe|explain)\b/i;

export const FOLLOW_UP_FORMS: readonly FollowUpForm[] = [
  {
    name: '"who else?" / "what else?": the same question again',
    pattern: /^(?:and\s+|so\s+)?(who|what|where|which)\s+else\b[\s?!.]*$/i,
    resolve: (previous) => previous,
    example: {
      previous: "who signed the treaty?",
      current: "who else?",
      expected: "who signed the treaty?",
    },
  },
  {
    name: 'a bare question word ("why?", "when?", "how many?"): the previous question asked that way',
    pattern:
      /^(?:and\s+|but\s+|so\s+|ok\s+|okay\s+)?(why|when|where|how many|how much|how|who|what)(?:\s+(?:though|tho|exactly|then|so|is that|was that|not))?[\s?!.]*$/i,
    resolve: (previous, m) => askedAnotherWay(previous, m[1]!.toLowerCase()),
    example: {
      previous: "who attacked the convoy?",
      current: "why?",
      expected: "why did they attack the convoy?",
    },
  },
  {
    name: '"how many are X?" with no noun: the previous count\'s noun ("how many hostages …" → "how many hostages are X")',
    // ("How much will it cost?" is whole: "how much" then a verb asks an amount of its own, so it
    // borrows a noun only before a form of "be": "how much was recovered?")
    pattern:
      /^(?:and\s+|so\s+)?how\s+(?:many|much(?=\s+(?:are|were|is|was|r)\b))\s+((?:are|were|is|was|r|did|do|does|have|has|had|will)\b.*?)[\s?!.]*$/i,
    resolve: (previous, m) => {
      const counted = /^how\s+(many|much)\s+(.+)$/i.exec(previous);
      if (!counted) return undefined;
      const words = counted[2]!.split(" ");
      const head: string[] = [];
      for (const w of words) {
        if (AUX.test(w) || /^r$/i.test(w) || isVerb(previous, w)) break;
        head.push(w);
      }
      return head.length ? `how ${counted[1]!.toLowerCase()} ${head.join(" ")} ${m[1]}` : undefined;
    },
    example: {
      previous: "how many sailors were rescued?",
      current: "how many are from Carrowby?",
      expected: "how many sailors are from Carrowby?",
    },
  },
  {
    name: '"who says so?" / "source?": whom the previous answer is according to',
    pattern:
      /^(?:and\s+|but\s+|so\s+)?(?:who\s+says(?:\s+so|\s+that)?|says\s+who|according\s+to\s+whom?|who\s+said\s+(?:so|that)|(?:what(?:'s|’s|\s+is)\s+)?(?:the\s+|your\s+)?source)[\s?!.]*$/i,
    // ("how many boats in Carrowby" has no verb to ask it another way: the source of it, as it stands.)
    resolve: (previous) => askedAnotherWay(previous, "according to whom") ?? `according to whom ${previous}`,
    example: {
      previous: "how many sailors were rescued?",
      current: "who says so?",
      expected: "according to whom were sailors rescued?",
    },
  },
  {
    name: '"how come?": why',
    pattern: /^how come[\s?!.]*$/i,
    resolve: (previous) => askedAnotherWay(previous, "why"),
    example: {
      previous: "did the mayor resign?",
      current: "how come?",
      expected: "why did the mayor resign?",
    },
  },
  {
    name: '"any X?" after a count: the count asked of X',
    pattern: /^any\s+(.+?)[\s?!.]*$/i,
    resolve: (previous, m) => {
      if (!/^how many\b/i.test(previous) || OWN_QUESTION.test(m[1]!)) return undefined;
      // "any ruritanians?" after "how many sailors …" asks how many of them are Ruritanian.
      const people = /^(\p{L}+)s$/iu.exec(m[1]!.trim())?.[1];
      if (people && isDemonym(people.toLowerCase())) return previous.replace(/^how many\s+/i, `how many ${people} `);
      // Otherwise they are counted instead: the noun phrase after "how many" gives way.
      const tagged = tagSentence(previous);
      let end = 2;
      while (end < tagged.length && tagged[end]!.chunk === "Noun" && !AUX.test(tagged[end]!.lower)) end++;
      if (end === 2) return undefined;
      return `how many ${m[1]!.trim()}${previous.slice(tagged[end - 1]!.end)}`;
    },
    example: {
      previous: "how many sailors were rescued?",
      current: "any fishermen?",
      expected: "how many fishermen were rescued?",
    },
  },
  {
    name: '"and X?" / "what about X?" / "X too?": the previous question about X',
    pattern:
      /^(?:(?:and|but|also|plus|or)\s+(?:what\s+about\s+|how\s+about\s+|for\s+|about\s+)?|what\s+about\s+|how\s+about\s+)(.+?)(?:\s+too)?[\s?!.]*$/i,
    resolve: (previous, m) => (OWN_QUESTION.test(m[1]!) ? undefined : aboutSomethingElse(previous, m[1]!)),
    example: {
      previous: "who visited the capital?",
      current: "and the port?",
      expected: "who visited the port?",
    },
  },
];

/**
 * "what did she say?" after the answer "Mira Okafor": a he/she/him/her/his of the question is the
 * person the previous answer named. Only when that answer is a name (every word capitalised) and
 * the question has one such pronoun; undefined otherwise. When the previous question already said
 * "she" ("who did she marry?" → "Jonas Pell", then "what was her first song?"), the pronoun goes
 * on meaning whoever it meant there, not the person just named.
 */
export function nameForPronoun(current: string, previousAnswer: string, previous = ""): string | undefined {
  // ("union leader Tomas Reyes": the name at the end of a titled answer, when it has two words.)
  const whole = previousAnswer.trim();
  const tail = /\s(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u.exec(whole);
  const name = NAME.test(whole) || !tail ? whole : tail[1]!;
  if (!NAME.test(name) || /^(yes|no)\b/i.test(name)) return undefined;
  // Not a name the question already holds ("what did Lindgren say about him?": he is someone
  // else), nor a place or an organisation the tagger knows for one ("Bayern Munich" is no "he").
  const words = tagSentence(name);
  const asked = new Set(tagSentence(current).map((w) => w.lower));
  if (words.some((w) => asked.has(w.lower))) return undefined;
  const thing = (w: TaggedTerm) => w.tags.has("Place") || w.tags.has("Organization");
  if (words.some(thing) && !words.some((w) => w.tags.has("Person"))) return undefined;
  const pronouns = [...current.matchAll(/\b(he|she|him|her|his)\b/gi)];
  if (pronouns.length !== 1) return undefined;
  const m = pronouns[0]!;
  const word = m[1]!.toLowerCase();
  if (samePerson(word).test(previous)) return undefined;
  // ("where did he die?" → "Corriden": the answer to a where, when, how or why is no person.)
  if (/^\s*(?:and\s+)?(where|when|how|why)\b/i.test(previous)) return undefined;
  const after = current.slice(m.index! + m[0].length);
  // "her" before a noun is a possessive ("her party"); otherwise the person ("did they meet her?").
  const possessive =
    word === "his" || (word === "her" && /^\s+\p{L}/u.test(after) && isNounAhead(current, m.index! + m[0].length));
  const replacement = possessive ? `${name}'s` : name;
  return current.slice(0, m.index!) + replacement + after;
}

/** The pronouns that name the same person as `word`: she and her, or he, him and his. */
function samePerson(word: string): RegExp {
  return /^(she|her)$/.test(word) ? /\b(she|her|hers|herself)\b/i : /\b(he|him|his|himself)\b/i;
}

/** Every word capitalised, one to five of them: "Mira Okafor", "Mayor Ilka Velt". */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;

function isNounAhead(text: string, from: number): boolean {
  const next = tagSentence(text).find((t) => t.start > from);
  return !!next && (next.tags.has("Noun") || next.tags.has("Adjective")) && !next.tags.has("Pronoun");
}

/** True for "who else?", "what else?": the answer already given is not an answer to it. */
export function asksForAnotherAnswer(current: string): boolean {
  return FOLLOW_UP_FORMS[0]!.pattern.test(current.replace(/\s+/g, " ").trim());
}

/** The current question read against the previous one, or undefined when it stands alone. */
export function resolveFollowUp(previous: string, current: string): string | undefined {
  // ("and how many died?" asked before is "how many died?": the "and" only joined it to the one before.)
  const asked = previous
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[?!.]*$/, "")
    .replace(/^(?:and|but|so|also|then|ok|okay)\s+/i, "");
  const prev = withVerb(asked);
  const cur = current.replace(/\s+/g, " ").trim();
  if (!prev || !cur) return undefined;
  for (const form of FOLLOW_UP_FORMS) {
    const m = cur.match(form.pattern);
    if (!m) continue;
    const resolved = form.resolve(prev, m);
    return resolved ? `${resolved.replace(/[?!.]*$/, "")}?` : undefined;
  }
  return undefined;
}

/**
 * "who attacked the convoy" asked with "why" → "why did they attack the convoy"; "did the mayor
 * resign" → "why did the mayor resign"; "how many hostages were taken" → "why were hostages taken".
 */
function askedAnotherWay(previous: string, wh: string): string | undefined {
  const words = previous.split(" ");
  const at = words.findIndex((w) => WH.test(w));
  // A yes/no question ("did the mayor resign") keeps its order behind the new question word.
  if (AUX.test(words[0] ?? "")) return `${wh} ${lowerFirst(previous)}`;
  if (at < 0) return undefined;
  // The previous question word and what it asked for ("how many hostages", "which city").
  let end = at + 1;
  if (/^how$/i.test(words[at]!) && /^(many|much|long|old|far|often)$/i.test(words[end] ?? "")) end++;
  const head: string[] = [];
  if (/^(how|which|what)$/i.test(words[at]!)) {
    while (end < words.length && !AUX.test(words[end]!) && !isVerb(previous, words[end]!)) head.push(words[end++]!);
  }
  // ("according to whom did they die" asked "why?" is "why did they die": the preposition went
  // with the question word it replaces.)
  const before = /(?:^|\s)(?:according\s+to|to|for|with|from|by|of|about|at|in|on)$/i.test(words.slice(0, at).join(" "))
    ? ""
    : words.slice(0, at).join(" ");
  const rest = words.slice(end);
  const prefix = before ? `${before} ` : "";
  if (AUX.test(rest[0] ?? "")) {
    // "how many hostages were taken" → "why were hostages taken"; with do, what was asked for is
    // the object: "how many boats does the club own" → "why does the club own boats".
    const [aux, ...after] = rest;
    const asked = head.join(" ");
    if (/^(do|does|did)$/i.test(aux!)) return `${prefix}${wh} ${aux} ${[...after, asked].join(" ")}`.trim();
    return `${prefix}${wh} ${aux} ${asked ? `${asked} ` : ""}${after.join(" ")}`.trim();
  }
  // A subject question ("who attacked the convoy"): the one who did it is "they".
  const [verb, ...after] = rest;
  if (!verb) return undefined;
  if (/^(who|what)$/.test(wh)) return `${prefix}${wh} ${rest.join(" ")}`;
  if (/^how (many|much)$/.test(wh)) return `${prefix}${wh} ${head.length ? `${head.join(" ")} ` : ""}${rest.join(" ")}`;
  return `${prefix}${wh} did ${head.length ? `the ${head.join(" ")}` : "they"} ${infinitive(verb)} ${after.join(" ")}`.trim();
}

/**
 * The previous question asked of another topic: the name in it replaced by a name ("did Lena sign
 * it?" + "and Omar?" → "did Omar sign it?"), otherwise its last noun phrase ("who visited the
 * capital?" + "and the port?" → "who visited the port?").
 */
function aboutSomethingElse(
  previous: string,
  topic: string,
  isName = /^[\p{Lu}\p{N}]/u.test(topic),
): string | undefined {
  // "who is Ada Brek?" + "what about the health board?": who a thing "is" asks nothing; it is a
  // new topic of its own.
  if (!isName && /^who\s+(?:is|was|are|were)\s+\p{Lu}/u.test(previous)) return `tell me about ${topic.trim()}`;
  // "who led Valdoria's team?" + "and Kestrania's?": the possessor is what changes, not the team.
  if (/['’]s$/i.test(topic.trim())) {
    const owner = /[\p{L}\p{N}.-]+['’]s\b/u.exec(previous);
    if (owner) return previous.slice(0, owner.index) + topic.trim() + previous.slice(owner.index + owner[0].length);
  }
  const tagged = tagSentence(previous);
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tagged.length; i++) {
    const t = tagged[i]!;
    const wanted = isName ? isNameWord(t, i) : t.chunk === "Noun" && !t.tags.has("Pronoun") && !WH.test(t.lower);
    if (!wanted) continue;
    let j = i;
    while (j + 1 < tagged.length && (isName ? isNameWord(tagged[j + 1]!, j + 1) : tagged[j + 1]!.chunk === "Noun")) j++;
    // "how many hostages": the quantity belongs to the question, not to the noun phrase.
    let start = i;
    while (start < j && /^(many|much|few)$/i.test(tagged[start]!.lower)) start++;
    // A noun phrase takes its article and possessive in ("the port", "its port"); so does a name
    // replaced by a phrase with its own ("the ministry" + "and Lena's office?" → not "the Lena's office").
    const ownDeterminer = /^(the|a|an)\s|['’]s\b/i.test(topic.trim());
    if ((!isName || ownDeterminer) && start > 0 && DETERMINER.test(tagged[start - 1]!.lower)) start--;
    spans.push({ start: tagged[start]!.start, end: tagged[j]!.end });
    i = j;
  }
  // With no name to swap, a name topic takes the place of the last noun phrase.
  let last = spans.at(-1);
  if (!last && isName) return aboutSomethingElse(previous, topic, false);
  if (!last) return undefined;
  if (!isName) {
    // The noun phrase that is not the question's own word ("what kind of group …" keeps "kind").
    last = spans.filter((s) => !/^(kind|kinds|type|types|sort|number)$/i.test(previous.slice(s.start, s.end))).at(-1);
    if (!last) return undefined;
  }
  return previous.slice(0, last.start) + topic.trim() + previous.slice(last.end);
}

function isNameWord(t: { text: string; tags: ReadonlySet<string> }, i: number): boolean {
  return (i > 0 && /^\p{Lu}/u.test(t.text)) || /^\p{N}/u.test(t.text);
}

function isVerb(sentence: string, word: string): boolean {
  const t = tagSentence(sentence).find((x) => x.text === word);
  return !!t && t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Adjective");
}

/**
 * "how many boats in Carrowby" (chat leaves the verb out) → "how many boats are there in Carrowby",
 * so that a follow-up can ask it another way.
 */
function withVerb(question: string): string {
  if (!/^how\s+(many|much)\s/i.test(question)) return question;
  const words = question.split(" ");
  if (words.some((w, i) => i > 1 && (AUX.test(w) || isVerb(question, w)))) return question;
  const at = words.findIndex((w, i) => i > 2 && PLACING.test(w));
  return at < 0 ? `${question} are there` : [...words.slice(0, at), "are there", ...words.slice(at)].join(" ");
}
const PLACING = /^(in|on|at|from|of|for|with|by|near|inside|across|since|during|after|before)$/i;

function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
