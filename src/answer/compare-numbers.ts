// Yes/no questions that compare a number: "are there more than 200 passengers?" is answered from
// the number the article gives for the same thing ("at least 240 passengers" → yes; "fewer than
// 10 boats?" of "12 boats" → no). When the article's number leaves it open ("at least 240" asked
// "fewer than 300?"), or gives other counts of the same thing that answer otherwise, the
// sentences are shown as the passage, with no yes or no.
import type { Sentence } from "../knowledge/article.ts";
import { analyseQuestion, type AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex } from "../search/knowledge-index.ts";
import { isStopword, tokenize, type Token } from "../text/tokens.ts";
import { findAttribution, flagsUnverified } from "../analysis/attribution.ts";
import { REFERS_BACK } from "./evidence.ts";
import { toQuote } from "./quote.ts";
import type { Reply } from "./types.ts";
import { rankSentences, termWeights } from "./rank-sentences.ts";
import { isEventVerb } from "./choose-span.ts";
import { tagSentence } from "../text/tag-sentence.ts";
import { isDemonym } from "../text/countries.ts";
import { passage } from "./decline.ts";
import { numberValue } from "../text/number-value.ts";

type Comparison = ">" | "<" | ">=" | "<=" | "=";

/** How a question or an article qualifies a number, each row with an example. */
const QUALIFIERS: readonly { words: RegExp; asked: Comparison; example: string }[] = [
  {
    words: /^(?:more|greater|higher|larger|bigger|longer|older)\s+than$|^(?:over|above|beyond)$/,
    asked: ">",
    example: "more than 200",
  },
  {
    words: /^(?:fewer|less|lower|smaller|shorter|younger)\s+than$|^(?:under|below)$/,
    asked: "<",
    example: "fewer than 10",
  },
  { words: /^(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of)$/, asked: ">=", example: "at least 5" },
  { words: /^(?:at\s+most|up\s+to|no\s+more\s+than|a\s+maximum\s+of)$/, asked: "<=", example: "up to 40" },
  { words: /^(?:exactly|precisely)$/, asked: "=", example: "exactly 12" },
];
/** Words before an article's number that make it rough: "about 3,000" is 2,700 to 3,300. */
const ROUGHLY = /^(?:about|around|some|roughly|approximately|an\s+estimated|estimated|nearly|almost|close\s+to)$/;
const MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

interface FoundNumber {
  value: number;
  percent: boolean;
  /** What the question or article says of it: ">" for "more than", "~" for "about", "=" when bare. */
  qualifier: Comparison | "~";
  /** Where the qualifier (or the number) starts, and where the number's words end. */
  start: number;
  end: number;
  /** Index of the token after the number (and its multiplier). */
  next: number;
  /** A sum of money: a currency sign before it ("£34m") or its name after ("34 million pounds"). */
  money: boolean;
  /** Written with a letter for its scale ("30m", "2.5bn", "30k"): money, or metres, by the words around it. */
  lettered: boolean;
}

export function compareNumbers(index: KnowledgeIndex, q: AnalysedQuestion): Reply | null {
  if (q.answerType !== "yes-no") return null;
  const qTokens = tokenize(q.text);
  const found = numbersIn(q.text, qTokens).find((n) => n.qualifier !== "=" && n.qualifier !== "~");
  // ("Was the fee more than 30m?" asks a sum; "is the spire over 50m?" a height, which this does not read.)
  const asked =
    found && (found.money || ((found.lettered || found.value >= 1e6) && MONEY_WORDS.test(q.text)))
      ? { ...found, money: true }
      : found?.lettered
        ? undefined
        : found;
  // "are there more than the refugees?": a comparison with no number to compare is not one the
  // sentences can settle with a yes or a no.
  if (!asked && /\b(?:more|fewer|less)\s+than\b/i.test(q.text))
    return { outcome: "declined", answered: false, answer: "The article doesn't say.", quotes: [], related: [] };
  if (!asked) return null;
  // What is counted: the content words after the number ("200 passengers").
  // ("more than 10% of the firm's revenue": what a share is of comes after "of".)
  const from = qTokens[asked.next]?.lower === "of" ? asked.next + 1 : asked.next;
  const countedTokens = qTokens.slice(from, from + 3).filter((t) => !isStopword(t.lower));
  const counted = new Set(countedTokens.map((t) => t.key));
  // "Are more than 5 of the crew Maltese?": a people word asked must stand with the number
  // ("three Maltese sailors"), not only the thing counted ("at least 40 crew").
  const people = new Set(qTokens.filter((t) => t.start > asked.end && isDemonym(t.lower)).map((t) => t.key));
  // "Was the crowd bigger than 10,000?": nothing named after the number, the subject before it is
  // what is counted. (Not for a sum, which is found by its sign, nor a share.)
  const subject = qTokens.filter(
    (t) =>
      t.end <= asked.start && !isStopword(t.lower) && !/^(?:is|are|was|were|did|does|do|has|have|had)$/.test(t.lower),
  );
  if (!counted.size && !asked.money && !asked.percent) {
    if (!subject.length) return null;
    for (const t of subject) counted.add(t.key);
  }
  // The sentence is the one that answers "how many": "are there more than 200 passengers on board?"
  // is ranked as "how many passengers are there on board?".
  const countedEnd = countedTokens.at(-1)?.end ?? asked.end;
  const rest = `${q.text.slice(0, asked.start)} ${q.text.slice(countedEnd)}`.replace(/[?!.]+/g, " ").trim();
  const howMany = analyseQuestion(`how many ${countedTokens.map((t) => t.text).join(" ")} ${rest}?`);
  const howManyTerms = index.queryTerms(howMany.terms);
  if (!howManyTerms.some((t) => t.known)) return null;
  const ranked = rankSentences(index, howMany, howManyTerms, termWeights(howManyTerms));
  const counts = ranked
    .slice(0, 5)
    .map((hit) => ({ hit, found: countIn(hit.sentence, counted, asked.percent, asked.money, people) }))
    .filter((c) => c.found !== undefined);
  const first = counts[0];
  if (!first) return null;
  const verdict = decide(asked, first.found!.number);
  const text = first.hit.sentence.text;
  const phrase = text.slice(first.found!.number.start, first.found!.end).replace(/[,;:.]+$/, "");
  // The article gives other counts of the same thing that answer otherwise ("at least 240 held",
  // "about 50 … died"): no yes or no, but the sentences, for the reader to weigh.
  // (A count of those an event befell is of a part, not of the same thing: "224 held" is not
  // contradicted by "50 of the hostages have died" when the question does not ask about dying.)
  const asks = new Set(qTokens.map((t) => t.key));
  const ofAnEvent = (s: Sentence) => tagSentence(s.text).some((t) => isEventVerb(t) && !asks.has(t.key));
  const disagreeing = counts
    .slice(1, 3)
    .filter((c) => decide(asked, c.found!.number) !== verdict && !ofAnEvent(c.hit.sentence));
  if (verdict === undefined || disagreeing.length) {
    const quotes = [first, ...disagreeing].map((c) => toQuote(c.hit.sentence));
    return passage(`The article says: ${phrase}.`, quotes);
  }
  const attribution = findAttribution(text);
  // "… a figure yet to be verified", in the sentence or in the next one speaking of it.
  const next = index.next(first.hit.sentence);
  const unverified =
    flagsUnverified(text) || (next !== undefined && flagsUnverified(next.text) && REFERS_BACK.test(next.text));
  return {
    answered: true,
    answer: `${verdict ? "Yes" : "No"} — ${phrase}${attribution ? `, ${attribution.replace(/^The\b/, "the")}` : ""}${unverified ? " (not yet verified)" : ""}`,
    quotes: [toQuote(first.hit.sentence)],
    related: [],
    ...(attribution ? { attribution } : {}),
  };
}

/** The first number of the sentence followed (within four words) by what is counted, or any number when nothing is named. */
function countIn(
  s: Sentence,
  counted: ReadonlySet<string>,
  percent: boolean,
  money: boolean,
  people: ReadonlySet<string> = new Set(),
): { number: FoundNumber; end: number } | undefined {
  const tokens = tokenize(s.text);
  for (const n of numbersIn(s.text, tokens)) {
    if (n.percent !== percent || n.money !== money) continue;
    // ("Add-ons could take the fee to £39m": what could be is not what is.)
    if (/\b(?:would|could|might)\b[^,;.]*$/i.test(s.text.slice(0, n.start))) continue;
    // "two blue trawlers": the phrase runs to the last counted word near the number.
    const window = tokens.slice(n.next, n.next + 4);
    if (people.size && !window.slice(0, 2).some((t) => people.has(t.key))) continue;
    if (!counted.size) return { number: n, end: n.end };
    let last = -1;
    window.forEach((t, i) => {
      if (counted.has(t.key)) last = i;
    });
    if (last >= 0) return { number: n, end: window[last]!.end };
  }
  return undefined;
}

/** Numbers written in a text, with the words that qualify them: "at least 224", "about 3 million", "16%". */
function numbersIn(text: string, tokens: readonly Token[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "more than half of smokers" asks about a share: half of them is 50%.
    const share = tokens[i + 1]?.lower === "of" ? SHARES[tokens[i]!.lower] : undefined;
    const lettered = LETTERED.exec(tokens[i]!.lower);
    let value =
      share ??
      (lettered ? Number(lettered[1]!.replace(/,/g, "")) * LETTER_SCALE[lettered[2]!]! : numberValue(tokens[i]!.lower));
    if (value === undefined) continue;
    let end = tokens[i]!.end;
    let next = i + 1;
    // "1,200" and "2.5" are tokenised as two numbers: read them as one.
    let digits = tokens[i]!.lower;
    while (/^\d/.test(digits) && /^[,.]$/.test(text.slice(end, end + 1)) && tokens[next]?.start === end + 1) {
      if (!/^\d+$/.test(tokens[next]!.lower)) break;
      digits += text[end] === "," ? tokens[next]!.lower : `.${tokens[next]!.lower}`;
      end = tokens[next]!.end;
      next++;
    }
    value = /^\d/.test(digits) && !lettered ? Number(digits) : value;
    const multiplier = MULTIPLIERS[tokens[next]?.lower ?? ""];
    if (multiplier) {
      value *= multiplier;
      end = tokens[next]!.end;
      next++;
    }
    const percent =
      share !== undefined || /^\s*%/.test(text.slice(end)) || /^(percent|per)$/.test(tokens[next]?.lower ?? "");
    // The qualifier: the one or two or three words before the number.
    let qualifier: FoundNumber["qualifier"] = "=";
    let start = tokens[i]!.start;
    for (const span of [3, 2, 1]) {
      if (i - span < 0) continue;
      const words = tokens
        .slice(i - span, i)
        .map((t) => t.lower)
        .join(" ");
      const row = QUALIFIERS.find((r) => r.words.test(words));
      if (row || ROUGHLY.test(words)) {
        qualifier = row ? row.asked : "~";
        start = tokens[i - span]!.start;
        break;
      }
    }
    const money =
      /[£$€]\s*$/.test(text.slice(Math.max(0, tokens[i]!.start - 2), tokens[i]!.start)) ||
      /^(?:pounds?|dollars?|euros?)$/.test(tokens[next]?.lower ?? "");
    // (The sign is part of what is quoted back: "£39m".)
    if (start === tokens[i]!.start && /[£$€]/.test(text[start - 1] ?? "")) start--;
    out.push({ value, percent, qualifier, start, end, next, money, lettered: lettered !== null });
    i = next - 1;
  }
  return out;
}

/** A figure with a letter for its scale: "30m", "2.5bn", "30k". */
const LETTERED = /^(\d[\d,]*(?:\.\d+)?)(k|m|bn|b)$/;
const LETTER_SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, bn: 1e9, b: 1e9 };
/** Words that say a sum of money is asked: "was the fee more than 30m?". */
const MONEY_WORDS =
  /\b(?:fee|fees|cost|costs|price|prices|paid|pay|worth|salary|wages?|budget|fine|bid|offer|deal|spent|spend|raised|earn(?:s|ed)?|money|sum|revenue|profit|loss|debt|funding|grant)\b/i;

/** Shares written as words, in percent ("half of the voters" is 50% of them). */
const SHARES: Readonly<Record<string, number>> = { half: 50, third: 100 / 3, quarter: 25 };

/**
 * Yes when every value the article's number allows meets the question's, no when none does,
 * undefined when it depends ("at least 224" asked "fewer than 300?").
 */
function decide(asked: FoundNumber, said: FoundNumber): boolean | undefined {
  const v = said.value;
  // The values the article allows, as an interval.
  const [lo, hi, loOpen, hiOpen] =
    said.qualifier === ">"
      ? [v, Infinity, true, false]
      : said.qualifier === ">="
        ? [v, Infinity, false, false]
        : said.qualifier === "<"
          ? [-Infinity, v, false, true]
          : said.qualifier === "<="
            ? [-Infinity, v, false, false]
            : said.qualifier === "~"
              ? [v * 0.9, v * 1.1, false, false]
              : [v, v, false, false];
  const n = asked.value;
  const holds = (x: number, open: boolean): boolean => {
    switch (asked.qualifier) {
      case ">":
        return x > n || (open && x === n);
      case ">=":
        return x >= n;
      case "<":
        return x < n || (open && x === n);
      case "<=":
        return x <= n;
      default:
        return x === n;
    }
  };
  const atLo = holds(lo, loOpen);
  const atHi = holds(hi, hiOpen);
  if (atLo && atHi) return true;
  if (!atLo && !atHi) return asked.qualifier === "=" && lo < n && n < hi ? undefined : false;
  return undefined;
}
