// Recognises dates in text and turns a date given in any usual form into ISO (YYYY-MM-DD).
import { createRequire } from "node:module";
import type { PhraseRow } from "./word-rows.ts";

// chrono-node (its "en" locale only) is loaded the first time a date is not in one of the usual forms:
// most knowledge never needs its ~8 MB.
const load = createRequire(import.meta.url);
let chrono: typeof import("chrono-node/en") | undefined;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_RE =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/**
 * Date-like expressions, most specific first: one row per form, each with a made-up sentence it
 * must find (test/engine/rule-tables.test.ts runs them). Besides calendar dates, the times a news
 * story gives when it has no date: a time of day, a deadline counted from now, how often.
 */
export const DATE_ROWS: readonly PhraseRow[] = [
  { pattern: `\\b\\d{4}-\\d{2}-\\d{2}\\b`, example: "The order took effect on 2021-03-09." },
  {
    pattern: `\\b(?:${WEEKDAY_RE},?\\s+)?${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`,
    example: "The bridge reopened on Tuesday, March 4, 2014.",
  },
  {
    pattern: `\\b(?:${WEEKDAY_RE},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+\\d{4})?\\b`,
    example: "She was born on 5 April 1920 in a mill town.",
  },
  { pattern: `\\b${MONTH_RE}\\s+\\d{4}\\b`, example: "The mine closed October 1987." },
  {
    pattern: `\\b(?:from|between)\\s+${MONTH_NAME}\\s+(?:to|and|until|till|through)\\s+${MONTH_NAME}\\b`,
    example: "The wet season lasts from November to April.",
  },
  {
    pattern: `\\b(?:${WEEKDAY_RE},?\\s+)?${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*(?:%|per\\s?cent|percent|,\\d))`,
    example: "The new rules take effect on September 1.",
  },
  {
    pattern: `\\b(?:in|since|by|until|from|during|before|after|early|late|mid-?|next|last|this)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?\\b`,
    example: "The ferry will run again from April.",
  },
  // A yearly time ("every June", "each spring"): when a recurring event happens.
  {
    pattern: `\\b(?:every|each)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter)\\b`,
    example: "The fair comes to town every September.",
  },
  { pattern: `\\b(?:early|mid|late)?-?\\s?\\d{4}s\\b`, example: "The town grew fast in the late 1890s." },
  {
    pattern: `\\b(?:the\\s+)?(?:early\\s+|late\\s+|mid-?|first half of the\\s+|second half of the\\s+)?\\d{1,2}(?:st|nd|rd|th)(?:\\s+(?:and|or|to)\\s+\\d{1,2}(?:st|nd|rd|th))?\\s+centur(?:y|ies)(?:\\s+(?:BC|AD|BCE|CE))?\\b`,
    example: "The chapel dates from the early 14th century.",
  },
  {
    pattern: `\\b(?:in|since|by|until|from|during|of|before|after|around|circa|c\\.)\\s+\\d{4}(?:\\s*(?:–|-|to)\\s*\\d{2,4}(?![,.]?\\d))?(?:\\s+(?:BC|AD|BCE|CE))?\\b`,
    example: "He ran the yard from 1948 to 1967.",
  },
  // A three-digit year only after a word that gives a time ("in 850", "c. 420"): "around 140
  // passengers", "of 300 homes" are counts.
  {
    pattern: `\\b(?:in|since|until|during|circa|c\\.)\\s+\\d{3}(?:\\s*(?:–|-|to)\\s*\\d{2,3}(?![,.]?\\d))?(?:\\s+(?:BC|AD|BCE|CE))?\\b(?!\\s*(?:%|per\\s?cent|percent))`,
    example: "The abbey was founded in 850.",
  },
  { pattern: `\\b\\d{3,4}\\s+(?:BC|AD|BCE|CE)\\b`, example: "The fort was abandoned around 410 AD." },
  { pattern: `\\b(?:1[0-9]|20)\\d{2}\\b`, example: "The 1987 storm felled the oak." },
  { pattern: `\\b${WEEKDAY_RE}\\b`, example: "The strike began on Monday." },
  {
    pattern: `\\b(?:the\\s+)?(?:first|second|latter|early|later)\\s+(?:half|part|quarter)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:year|decade|century|\\d{4})\\b`,
    example: "Work will start in the second half of the year.",
  },
  {
    pattern: `\\b(?:the\\s+)?(?:first|second|third|fourth)\\s+quarter(?:\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:year|\\d{4}))?\\b`,
    example: "Sales fell in the third quarter.",
  },
  { pattern: `\\b(?:later|earlier)\\s+this\\s+(?:week|month|year)\\b`, example: "The report is due later this month." },
  // A deadline or a time counted from now: "by the end of the month", "within 60 days", "two years ago".
  {
    pattern: `\\b(?:by|before|until|at|towards?)\\s+the\\s+(?:end|start|beginning|middle)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+)?(?:week|month|year|season|decade|summer|winter|spring|autumn)\\b`,
    example: "The crews will be freed by the end of the month.",
  },
  {
    pattern: `\\bwithin\\s+(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\\s+few)\\s+(?:hours?|days?|weeks?|months?|years?)\\b`,
    example: "A full report will follow within 60 days.",
  },
  {
    pattern: `\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|several|a\\s+few)\\s+(?:hours?|days?|weeks?|months?|years?|decades?)\\s+ago\\b`,
    example: "The firm moved to the port eighteen months ago.",
  },
  // Clock times: "at 9:14 p.m. local time", "at 10 a.m.".
  {
    pattern: `\\b\\d{1,2}(?:[:.]\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)(?:\\s+(?:local|GMT|UTC)(?:\\s+time)?)?|\\b\\d{1,2}:\\d{2}\\b`,
    example: "The alarm was raised at 3:42 a.m. local time.",
  },
  // A time of day in words: "shortly before midnight", "at dawn".
  {
    pattern: `\\b(?:(?:shortly|just|soon|long)\\s+)?(?:before|after|at|around|by|until)\\s+(?:midnight|noon|midday|dawn|dusk|daybreak|nightfall|sunrise|sunset)\\b`,
    example: "The mayor conceded shortly before midnight.",
  },
  // Times within an event: "in the 88th minute", "shortly before half-time".
  { pattern: `\\b(?:the\\s+)?\\d{1,3}(?:st|nd|rd|th)\\s+minute\\b`, example: "Vell scored in the 88th minute." },
  { pattern: `\\b(?:shortly\\s+)?(?:before|after)\\s+half-time\\b`, example: "Osei scored shortly before half-time." },
  {
    pattern: `\\b(?:yesterday|today|tomorrow|last (?:week|month|year)|this (?:week|month|year)|next (?:week|month|year)|recently|soon)\\b`,
    example: "The results will be published tomorrow.",
  },
];

/**
 * A month named alone and capitalised ("the wettest month is October"). Case matters here, unlike in
 * DATE_ROWS, and "May" is left out: lower case or "May" is far more often a word or a name.
 */
export const MONTH_NAME_PATTERN =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g;

/** Any date-like expression of DATE_ROWS. */
export const DATE_PATTERN = new RegExp(DATE_ROWS.map((r) => r.pattern).join("|"), "gi");

/**
 * How often something happens, which answers "how often?" and no other "when?": "every 30
 * minutes", "twice a year", "two injections a year".
 */
export const FREQUENCY_ROWS: readonly PhraseRow[] = [
  {
    pattern: `\\bevery\\s+(?:other\\s+|\\d+\\s+|two\\s+|three\\s+|four\\s+|five\\s+|ten\\s+|few\\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|morning|evening|night|weekend)\\b`,
    example: "Buses run every 30 minutes from the square.",
  },
  {
    pattern: `\\b(?:once|twice|(?:\\d+|two|three|four|five|six|ten)\\s+times)\\s+(?:a|an|per|each|every)\\s+(?:minute|hour|day|week|month|year|decade)\\b`,
    example: "Patients need the injection twice a year.",
  },
  {
    pattern: `\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+\\p{L}+s\\s+(?:a|an|per|each)\\s+(?:day|week|month|year)\\b`,
    example: "Patients would need only two injections a year.",
  },
  {
    pattern: `\\b(?:daily|weekly|fortnightly|monthly|annually|yearly|hourly)\\b`,
    example: "The ferry sails daily in summer.",
  },
];

/** Any expression of FREQUENCY_ROWS. */
export const FREQUENCY_PATTERN = new RegExp(FREQUENCY_ROWS.map((r) => r.pattern).join("|"), "giu");

/**
 * A time given only relative to another event ("three years later", "the following spring"): the
 * event it dates has no date of its own in the sentence, so "when?" of it takes no other date there.
 * Each row with a question its example answers only so.
 */
export const RELATIVE_TIME_ROWS: readonly (PhraseRow & { question: string })[] = [
  {
    pattern: `\\b(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\\s+few)\\s+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\\s+(?:later|afterwards|earlier|before)\\b`,
    example: "He graduated in 1841 and completed his doctorate three years later.",
    question: "when did he complete his doctorate?",
  },
  {
    pattern: `\\b(?:the\\s+(?:following|next|previous)|that)\\s+(?:day|week|month|year|decade|spring|summer|autumn|winter)\\b`,
    example: "The mill burned down in 1902 and was rebuilt the following year.",
    question: "when was the mill rebuilt?",
  },
  {
    pattern: `\\b(?:shortly|soon|immediately|not\\s+long)\\s+(?:afterwards|thereafter|after(?=[,.;]|$))`,
    example: "She joined the orchestra in 1921 and was made its leader shortly afterwards.",
    question: "when was she made leader?",
  },
];

/** Any expression of RELATIVE_TIME_ROWS. */
export const RELATIVE_TIME_PATTERN = new RegExp(RELATIVE_TIME_ROWS.map((r) => r.pattern).join("|"), "gi");

/** Durations, which answer "how long": "a two-week campaign", "for three years", "36 hours". */
export const DURATION_PATTERN =
  /\b(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|several|a few)[- ](?:day|week|month|year|hour|minute|decade|centur(?:y|ie))s?(?:-long)?\b(?!-old)/gi;

/**
 * ISO form of a date string, or undefined when it is not a full date. The usual news forms are read
 * directly; anything else ("Thursday, October 26th, 2023", "26/10/2023", "Oct. 26, 2023 10:30 am")
 * goes to chrono-node. A date must name its year: "3 days ago" in a header says nothing lasting.
 */
export function parseDate(value: string): string | undefined {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(v);
  const dmy = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(v);
  const [month, day, year] = mdy ? [mdy[1]!, mdy[2]!, mdy[3]!] : dmy ? [dmy[2]!, dmy[1]!, dmy[3]!] : [];
  if (month) {
    const m = MONTHS.findIndex((name) => name.startsWith(month.toLowerCase().slice(0, 3)));
    if (m >= 0) return `${year}-${String(m + 1).padStart(2, "0")}-${day!.padStart(2, "0")}`;
  }
  return naturalDate(v);
}

/** A calendar date chrono-node finds covering most of `value`, with day, month and a written year. */
function naturalDate(value: string): string | undefined {
  if (value.length > 80) return undefined;
  chrono ??= load("chrono-node/en") as typeof import("chrono-node/en");
  const found = chrono.parse(value)[0];
  if (!found || !/\b\d{4}\b/.test(found.text) || found.text.length < value.length * 0.6) return undefined;
  const { start } = found;
  if (!start.isCertain("day") || !start.isCertain("month") || !start.isCertain("year")) return undefined;
  const pad = (n: number | null) => String(n ?? 0).padStart(2, "0");
  return `${start.get("year")}-${pad(start.get("month"))}-${pad(start.get("day"))}`;
}

/** "2023-10-26" → "October 26, 2023". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const month = MONTHS[(m ?? 1) - 1] ?? "";
  return `${month.charAt(0).toUpperCase()}${month.slice(1)} ${d}, ${y}`;
}
