// Candidate answers inside one sentence: noun phrases, names, numbers and dates, each marked with
// the answer types it could satisfy. Which one answers the question is decided in choose-span.ts.
import { DATE_PATTERN, DURATION_PATTERN, FREQUENCY_PATTERN, MONTH_NAME_PATTERN } from "../text/dates.ts";
import { endsClause, isNumber, isProper, type TaggedTerm } from "../text/tag-sentence.ts";
import { isStopword, stem } from "../text/tokens.ts";
import { PEOPLE_NOUNS } from "../text/people.ts";

/** "About 3,000 residents" answers "who attended?". */
// By the word's own stem, not its search key: a key joins synonyms ("talks" and "negotiator" share
// one), and "talks" are no people.
const PEOPLE_STEMS = new Set(PEOPLE_NOUNS.map((w) => stem(w)));

export interface Candidate {
  /** Index of the first and one past the last term. */
  from: number;
  to: number;
  person: boolean;
  place: boolean;
  date: boolean;
  number: boolean;
  /** A length of time ("two-week", "85 years"), which answers "how long". */
  duration?: boolean;
  /** How often something happens ("every 30 minutes", "twice a year"), which answers "how often". */
  frequency?: boolean;
  /** An amount written as a range ("9 to 14 grams"), which says more than either end. */
  range?: boolean;
  /** Holds a proper name (not only a demonym like "Dunmeran"). */
  named: boolean;
  /** Holds a person's name. */
  personName: boolean;
  /** Clause number of the candidate within the sentence (clauses split at , ; : – and brackets). */
  clause: number;
  /** Its words that carry meaning (not stopwords, or names), worked out once since candidates are cached. */
  content?: readonly TaggedTerm[];
}

/**
 * Words in front of a number that belong to it, each row with a made-up sentence and the number
 * phrase it must give there. (A leading "to", "as" or "an" is left out: "an estimated 40".)
 */
export const NUMBER_QUALIFIERS: readonly { phrase: string; example: string; answer: string }[] = [
  { phrase: "at least", example: "Rescuers found at least 40 survivors.", answer: "at least 40" },
  { phrase: "at most", example: "The hall seats at most 300 guests.", answer: "at most 300" },
  { phrase: "around", example: "Around 50 boats joined the regatta.", answer: "Around 50" },
  { phrase: "about", example: "The fire burned about 12 hectares.", answer: "about 12 hectares" },
  { phrase: "over", example: "Over 200 runners finished the race.", answer: "Over 200" },
  { phrase: "nearly", example: "The flood cut off nearly 90 farms.", answer: "nearly 90" },
  { phrase: "almost", example: "The ferry carried almost 400 passengers.", answer: "almost 400" },
  { phrase: "some", example: "Some 70 stalls lined the square.", answer: "Some 70" },
  { phrase: "approximately", example: "The well is approximately 30 metres deep.", answer: "approximately 30 metres" },
  { phrase: "roughly", example: "The choir has roughly 60 members.", answer: "roughly 60" },
  { phrase: "up to", example: "The bridge takes up to 20 lorries an hour.", answer: "up to 20" },
  { phrase: "more than", example: "More than 5,000 people signed the petition.", answer: "More than 5,000" },
  { phrase: "fewer than", example: "Fewer than 10 pupils came.", answer: "Fewer than 10" },
  { phrase: "less than", example: "The repairs took less than 3 weeks.", answer: "less than 3" },
  { phrase: "under", example: "Under 40 seats remain.", answer: "Under 40" },
  { phrase: "an estimated", example: "An estimated 800 sheep were lost.", answer: "estimated 800" },
  { phrase: "just", example: "The mill employs just 14 workers.", answer: "just 14" },
  { phrase: "only", example: "Only 3 lifeboats were launched.", answer: "Only 3" },
  { phrase: "exactly", example: "The clock struck exactly 12 times.", answer: "exactly 12" },
  { phrase: "as many as", example: "As many as 90 ships waited offshore.", answer: "many as 90" },
  { phrase: "as much as", example: "Prices rose by as much as 15 percent.", answer: "much as 15 percent" },
];
/** Words after a number that belong to it: "40 million", "12 hectares", "15 percent". */
export const NUMBER_UNITS: readonly string[] =
  `% percent per cent million billion trillion thousand hundred km kilometres
  kilometers mile miles metres meters centimetres centimeters millimetres millimeters feet foot inches kg kilograms
  grams tonnes tons litres liters pounds dollars euros year years month months
  day days hour hours minute minutes second seconds square acres hectares`
    .split(/\s+/)
    .filter(Boolean);
const QUALIFIER = new Set(NUMBER_QUALIFIERS.flatMap((r) => r.phrase.split(" ")));
const UNIT = new Set(NUMBER_UNITS);
/** The phrase is a title and a first and last name: "County Commissioner Doyle Hambrick" (not "Lago Verde"). */
function endsOnPersonName(slice: readonly TaggedTerm[]): boolean {
  const [first, last] = [slice.at(-2), slice.at(-1)!];
  return (
    first?.tags.has("FirstName") === true &&
    last.tags.has("Person") &&
    isProper(last) &&
    slice.slice(0, -2).some((t) => PEOPLE_STEMS.has(stem(t.lower)))
  );
}

/** Words that place something by another place: "upstream of …", "north of …". */
/**
 * A named phrase whose head is a common noun that names no one: "Roman numerals", "the 50th Orrin
 * Bowl spectacular", "victory in the Orrin Cup" (the head is the last word before a preposition).
 */
function commonHead(slice: readonly TaggedTerm[]): boolean {
  const at = slice.findIndex((t, i) => i > 0 && t.tags.has("Preposition"));
  const head = slice[(at < 0 ? slice.length : at) - 1]!;
  return !isProper(head) && head.tags.has("Noun") && !PEOPLE_STEMS.has(stem(head.lower));
}

/** A name's possession: a possessive name before a common noun that names no one ("Brown's latest book"). */
function ownedThing(slice: readonly TaggedTerm[]): boolean {
  return slice.some((t, i) => i < slice.length - 1 && isProper(t) && /['’]s$/.test(t.text)) && commonHead(slice);
}

/** Head words of the names of events and agreements: "the Battle of Harlo", "the Treaty of Lund". */
const EVENT_HEAD =
  /^(?:battle|siege|war|wars|treaty|accord|massacre|revolution|uprising|rebellion|revolt|festival|championship|championships|cup|games|election|summit|expedition|campaign|crisis|disaster|flood|fire|earthquake)$/i;

/** "The Battle of Velmora Pass" is no one: an event named by its head word before "of". */
function namesEvent(slice: readonly TaggedTerm[]): boolean {
  return (
    slice.some((t, i) => isProper(t) && EVENT_HEAD.test(t.lower) && slice[i + 1]?.lower === "of") ||
    namesBuilding(slice)
  );
}

/**
 * "The Knights' Hall", "the Orra Summer Festival": a name that ends on a building's or an event's
 * word is that building or event, not a person, whoever its other words name.
 */
function namesBuilding(slice: readonly TaggedTerm[]): boolean {
  const last = slice.at(-1)!;
  return slice.length > 1 && isProper(last) && (BUILDING_HEAD.test(last.lower) || EVENT_HEAD.test(last.lower));
}
// (Not a church, a school or a museum, which also name the body that runs them and may act: "the
// Orra Church started the talks".)
const BUILDING_HEAD =
  /^(?:hall|cathedral|chapel|castle|tower|palace|theatre|theater|stadium|arena|bridge|station|airport|park|square|street|road|avenue|building|mill|factory|mine|harbour|harbor)$/i;

const LOCATIVE_HEAD =
  /^(upstream|downstream|north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|inland|offshore|outside|ahead|east-southeast|front|rear|edge|outskirts)$/;
const PLACE_PREPOSITION = /^(in|at|near|from|to|into|across|throughout|within|outside|inside|towards?)$/;

/**
 * "a claim Nordvale denied", "a figure the ministry disputes": after "a" and a common noun, a name
 * or "the" opens a clause without "that", whose subject it is, not more of the phrase.
 */
function startsReducedClause(terms: readonly TaggedTerm[], from: number, at: number): boolean {
  const prev = terms[at - 1]!;
  const here = terms[at]!;
  return (
    /^(a|an)$/.test(terms[from]!.lower) &&
    at - from >= 2 &&
    prev.tags.has("Noun") &&
    !isProper(prev) &&
    (isProper(here) || /^(the|this|its|their)$/.test(here.lower))
  );
}

/**
 * A named place that stands as the subject of a verb acts: news writes a country or a city for its
 * government or its team ("Valdoria won the cup", "Carrowby said it would appeal"), so it answers
 * "who". After a preposition it is only a place ("the final in Valdoria"), and before "was" it is
 * what something was done to or what is described.
 */
function actsAsSubject(terms: readonly TaggedTerm[], from: number, to: number): boolean {
  const next = terms[to];
  const before = terms[from - 1];
  // ("visited Carrowby, according to …": a comma ends the phrase; what follows is not its verb.)
  if (!next || endsClause(terms[to - 1]!)) return false;
  return (
    next.tags.has("Verb") &&
    !next.tags.has("Gerund") &&
    !next.tags.has("Infinitive") &&
    // ("The stadium was rebuilt" is done to; "Valdoria is a kingdom" describes it.)
    !/^(is|was|are|were|be|been|being)$/.test(next.lower) &&
    !(before && (before.tags.has("Preposition") || PLACE_PREPOSITION.test(before.lower)))
  );
}

const isOrdinal = (t: TaggedTerm) => t.tags.has("Ordinal") || /^\d+(st|nd|rd|th)$/i.test(t.text);

/** The word before a phrase, over "the" ("in the Middle Vale" → "in"). */
export function prepositionBefore(terms: readonly TaggedTerm[], from: number): string {
  const before = terms[from - 1]?.lower ?? "";
  return before === "the" ? (terms[from - 2]?.lower ?? "") : before;
}

/** Clause number of every term: a new clause starts after a comma, semicolon, colon, dash or bracket. */
const clauseCache = new WeakMap<readonly TaggedTerm[], readonly number[]>();

/** Clause number of every term: a new clause starts after a comma, semicolon, colon, dash or bracket. Cached per tagging. */
export function clausesOf(terms: readonly TaggedTerm[]): readonly number[] {
  let clauses = clauseCache.get(terms);
  if (!clauses) {
    let clause = 0;
    clauses = terms.map((t, i) => {
      const c = clause;
      if (endsClause(t) || (i + 1 < terms.length && /[(–—]/.test(terms[i + 1]!.pre))) clause++;
      return c;
    });
    clauseCache.set(terms, clauses);
  }
  return clauses;
}

const candidateCache = new WeakMap<readonly TaggedTerm[], Candidate[]>();

/** Candidates of a tagged sentence; cached with the tagging, since a sentence's candidates never change. */
export function findCandidates(text: string, terms: readonly TaggedTerm[]): Candidate[] {
  let found = candidateCache.get(terms);
  if (!found) {
    found = collectCandidates(text, terms);
    for (const c of found) c.content = terms.slice(c.from, c.to).filter((t) => !isStopword(t.lower) || isProper(t));
    candidateCache.set(terms, found);
  }
  return found;
}

function collectCandidates(text: string, terms: readonly TaggedTerm[]): Candidate[] {
  const clauses = clausesOf(terms);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (from: number, to: number, extra: Partial<Candidate> = {}) => {
    while (
      from < to &&
      /^(and|or|of|that|which|who|whom|whose|but|because|while|including|as|with)$/i.test(terms[from]!.lower)
    )
      from++;
    // ("said on Monday it had agreed": the "it" belongs to the next clause, not to "Monday".)
    while (
      to > from &&
      (/^(and|or|of|the|a|an|that|which|who|to|in|from|by|for|with|'s)$/i.test(terms[to - 1]!.lower) ||
        terms[to - 1]!.tags.has("Pronoun"))
    )
      to--;
    if (to <= from) return;
    const slice = terms.slice(from, to);
    if (slice.every((t) => t.tags.has("Pronoun") || /^(it|they|he|she|this|these|those|there)$/.test(t.lower))) return;
    const id = `${from}:${to}`;
    const named = slice.some((t) => isProper(t) && !t.tags.has("Demonym"));
    // "upstream of Quillbridge", "north of the mill": a place, and so is the name in it.
    // ("in front of the fans": after a preposition too.)
    const head = PLACE_PREPOSITION.test(slice[0]!.lower) ? 1 : 0;
    const locative =
      (LOCATIVE_HEAD.test(slice[head]?.lower ?? "") && slice[head + 1]?.lower === "of") ||
      (terms[from - 1]?.lower === "of" && LOCATIVE_HEAD.test(terms[from - 2]?.lower ?? ""));
    const candidate: Candidate = {
      from,
      to,
      named,
      personName: slice.some((t) => t.tags.has("Person") && isProper(t)),
      // "Ilka of Carrowby" is a person: what counts is the name at the head, not the place after "of".
      person:
        !locative &&
        !namesEvent(slice) &&
        // ("Ada Brek's latest book" is a thing of a person's, not a person; her agent is one.)
        !ownedThing(slice) &&
        (slice.some(
          (t) =>
            t.tags.has("Person") ||
            t.tags.has("Organization") ||
            t.tags.has("Actor") ||
            (PEOPLE_STEMS.has(stem(t.lower)) && !t.tags.has("Verb")),
        ) ||
          (named && !(slice.find((t) => isProper(t)) ?? slice[0]!).tags.has("Place") && !commonHead(slice)) ||
          (named && actsAsSubject(terms, from, to) && !commonHead(slice))),
      // ("County Commissioner Doyle Hambrick": a phrase that ends on a first and last name is that
      // person, whatever place word stands in the title.)
      place:
        locative ||
        (!endsOnPersonName(slice) &&
          (slice.some(
            (t) =>
              (t.tags.has("Place") || t.tags.has("Country") || t.tags.has("City")) && !/^(the|a|an)$/i.test(t.text),
          ) ||
            // ("In 1852 he found …": a year after "in" is a time, not a place.)
            (PLACE_PREPOSITION.test(terms[from - 1]?.lower ?? "") && !slice.every((t) => t.tags.has("Value"))) ||
            // ("celebrated outside the court": the tagger may take the preposition for an adjective.)
            (PLACE_PREPOSITION.test(slice[0]!.lower) && slice[1]?.tags.has("Determiner") === true))),
      date: false,
      number: false,
      clause: clauses[from]!,
      ...extra,
    };
    const prior = seen.has(id) ? out.findIndex((c) => c.from === from && c.to === to) : -1;
    if (prior >= 0) Object.assign(out[prior]!, Object.fromEntries(Object.entries(extra).filter(([, v]) => v)));
    else {
      seen.add(id);
      out.push(candidate);
    }
  };

  // Noun phrases: runs of noun-chunk terms within one clause.
  const phrases: [number, number][] = [];
  // An adjective chunk in front of a noun belongs to the phrase ("rounded arches").
  const nounish = (i: number) =>
    terms[i]!.chunk === "Noun" ||
    (terms[i]!.chunk === "Adjective" && terms[i + 1]?.chunk === "Noun" && !endsClause(terms[i]!));
  for (let i = 0; i < terms.length; ) {
    if (!nounish(i) || terms[i]!.tags.has("Pronoun") || yearBeforeName(terms, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < terms.length &&
      // ("a two-state solution": what a hyphen joins is one word, whatever the tagger made of it.)
      (nounish(j) || terms[j - 1]!.post === "-") &&
      !endsClause(terms[j - 1]!) &&
      !/^(who|which|that|whose)$/.test(terms[j]!.lower) &&
      !startsReducedClause(terms, i, j)
    )
      j++;
    phrases.push([i, j]);
    // "the trust of the people who elected him": "who" is said of the people, not of the trust,
    // which is then no person.
    const of = terms
      .slice(i, j)
      .map((t) => t.lower)
      .lastIndexOf("of");
    const ofPeople = /^(who|whom)$/.test(terms[j]?.lower ?? "") && of > 0 && i + of + 1 < j;
    add(i, j, ofPeople && commonHead(terms.slice(i, j)) ? { person: false } : {});
    if (ofPeople) add(i + of + 1, j);
    i = j;
  }
  // "a delegation from the Harbour Guild", "the president of the Dunmeran Water Board".
  for (let k = 0; k + 1 < phrases.length; k++) {
    const [a, b] = phrases[k]!;
    const [c, d] = phrases[k + 1]!;
    if (c === b + 1 && /^(of|from|for)$/.test(terms[b]!.lower) && !endsClause(terms[b - 1]!)) add(a, d);
  }
  // Proper-name runs, allowing "of" and "the" inside ("King Oren II of East Carrowby").
  for (let i = 0; i < terms.length; ) {
    if (!isProper(terms[i]!) || terms[i]!.tags.has("Pronoun")) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < terms.length && !endsClause(terms[j - 1]!)) {
      if (isProper(terms[j]!)) j++;
      // "Helios-7", "PDP-11": a number joined to a name by a hyphen is part of it.
      else if (isNumber(terms[j]!) && text[terms[j]!.start - 1] === "-" && terms[j - 1]!.end === terms[j]!.start - 1)
        j++;
      else if (
        /^(of|the|de|von|van|al|bin|ibn)$/.test(terms[j]!.lower) &&
        terms[j + 1] &&
        isProper(terms[j + 1]!) &&
        !endsClause(terms[j]!)
      )
        j += 2;
      else break;
    }
    add(i, j);
    i = j;
  }
  // "Twenty-nine", "forty-five", "two-thirds": spelled numbers joined by a hyphen are one amount.
  const spelledPair = (k: number) => {
    const [a, b] = [terms[k], terms[k + 1]];
    return (
      a !== undefined &&
      b !== undefined &&
      isNumber(a) &&
      isNumber(b) &&
      !/^\d/.test(a.text) &&
      !/^\d/.test(b.text) &&
      text[a.end] === "-" &&
      b.start === a.end + 1
    );
  };
  // Numbers with their qualifier ("at least") and unit ("million", "%").
  for (let i = 0; i < terms.length; i++) {
    // (The second half of "twenty-nine" is no number of its own: it was taken with the first.)
    if (i > 0 && spelledPair(i - 1)) continue;
    const width = spelledPair(i) ? 2 : 1;
    // "two-state" is a word, not a count; "the second half" and "the 88th minute" rank, they do not
    // count; "twice" does.
    const term = terms[i]!;
    const last = terms[i + width - 1]!;
    // (A time of day, "at 7:40", counts nothing; nor does a decade, "a man in his 60s", "the 1990s".)
    const counts =
      (isNumber(term) && !isOrdinal(term) && !term.tags.has("Time") && !/^\d*0s$/.test(term.text)) ||
      /^(once|twice|thrice)$/.test(term.lower);
    // ("the 150-seat parliament" counts seats: digits before a hyphen still count. The 7 of
    // "Helios-7" is part of a name.)
    const afterHyphenatedWord =
      i > 0 &&
      text[term.start - 1] === "-" &&
      terms[i - 1]!.end === term.start - 1 &&
      /\p{L}$/u.test(terms[i - 1]!.text) &&
      !isNumber(terms[i - 1]!);
    // ("Highway 44", "Route 9", "Mark 4": a number after a name, with nothing between, is part of it.)
    const prev = terms[i - 1];
    const partOfName =
      prev !== undefined &&
      isProper(prev) &&
      !prev.post.trim() &&
      !prev.tags.has("Date") &&
      /^\d+$/.test(term.text) &&
      !UNIT.has(terms[i + 1]?.lower ?? "") &&
      // ("struck Tull 22 times": a number before the noun it counts is a count.)
      !terms[i + 1]?.tags.has("Noun") &&
      !/^-/.test(term.post);
    // (But "a seven-year-old girl" gives an age, as "a 7-year-old girl" does.)
    const spelledAge = terms[i + width]?.lower === "year" && terms[i + width + 1]?.lower === "old";
    if (!counts || (/^-/.test(last.post) && !/^\d/.test(last.text) && !spelledAge) || afterHyphenatedWord || partOfName)
      continue;
    let from = i;
    let to = i + width;
    while (to < terms.length && (isNumber(terms[to]!) || UNIT.has(terms[to]!.lower)) && !endsClause(terms[to - 1]!))
      to++;
    while (from > 0 && QUALIFIER.has(terms[from - 1]!.lower) && !endsClause(terms[from - 1]!)) from--;
    if (from < i && /^(to|as|an)$/.test(terms[from]!.lower)) from++;
    // "make up 22%", "closed at 925p": a verb's particle or a plain preposition, not "up to" or "at least".
    while (
      from < i &&
      ((terms[from]!.lower === "up" && terms[from + 1]!.lower !== "to") ||
        (terms[from]!.lower === "at" && !/^(least|most)$/.test(terms[from + 1]!.lower)))
    )
      from++;
    // "one in four", "1 in 5 adults": a share, one amount.
    const per = terms[to + 1];
    if (
      terms[to]?.lower === "in" &&
      per &&
      isNumber(per) &&
      !per.tags.has("Year") &&
      !/^\d{4}$/.test(per.text) &&
      !endsClause(terms[to - 1]!)
    )
      to += 2;
    add(from, to, { number: true });
    // "9 to 14 grams", "between 400 and 500 homes": a range is one amount too (its ends stay
    // amounts of their own). Not years: "from 1939 to 1945" is a time.
    const joiner = terms[to]?.lower;
    const second = terms[to + 1];
    if (
      second &&
      isNumber(second) &&
      !term.tags.has("Year") &&
      !second.tags.has("Year") &&
      !endsClause(terms[to - 1]!) &&
      // (Not a change, "rose from 76,000 to 540,000", "rose 17% to $8.7 billion", nor a bracket.)
      to === i + 1 &&
      terms[from - 1]?.lower !== "from" &&
      !/[()%$£€]/.test(term.text + second.text) &&
      (/^(to|or)$/.test(joiner ?? "") || (joiner === "and" && terms[from - 1]?.lower === "between"))
    ) {
      let end = to + 2;
      while (end < terms.length && UNIT.has(terms[end]!.lower) && !endsClause(terms[end - 1]!)) end++;
      const start = joiner === "and" ? from - 1 : from;
      if (!terms[end]?.tags.has("Unit") || endsClause(terms[end - 1]!)) add(start, end, { number: true, range: true });
      else add(start, end + 1, { number: true, range: true });
    }
    i = to - 1;
  }
  // Durations ("two-week", "85 years"): numbers that can also answer "how long".
  for (const m of text.matchAll(DURATION_PATTERN)) {
    const range = termsCovering(terms, m.index!, m.index! + m[0].length);
    if (range) add(range[0], range[1], { duration: true });
  }
  // Dates, found in the text and mapped onto terms.
  for (const m of text.matchAll(DATE_PATTERN)) {
    const range = termsCovering(terms, m.index!, m.index! + m[0].length);
    if (!range) continue;
    // ("won it most recently in 2008", "soon after 1900": the date is the one that follows.)
    if (/^(recently|soon)$/i.test(m[0]) && DATED_NEXT.test(text.slice(m.index! + m[0].length))) continue;
    let [from, to] = range;
    if (/^(in|since|by|until|from|during|of|before|after|around|circa)$/i.test(terms[from]!.lower) && to - from > 1)
      from++;
    add(from, to, { date: true, number: false });
  }
  // A month alone is a time too, and never a person ("while October is the wettest").
  for (const m of text.matchAll(MONTH_NAME_PATTERN)) {
    const range = termsCovering(terms, m.index!, m.index! + m[0].length);
    if (!range || range[1] - range[0] !== 1) continue;
    if (out.some((c) => c.date && c.from <= range[0] && c.to >= range[1])) continue;
    add(range[0], range[1], { date: true, number: false });
    const month = out.find((c) => c.from === range[0] && c.to === range[1]);
    if (month) Object.assign(month, { person: false, personName: false, place: false });
  }
  for (const m of text.matchAll(FREQUENCY_PATTERN)) {
    const range = termsCovering(terms, m.index!, m.index! + m[0].length);
    if (range) add(range[0], range[1], { frequency: true, number: false });
  }
  // "a day" in "96,000 passengers a day" is a rate's period, not a length of time.
  const rates = out.filter((c) => c.frequency);
  for (const c of out) if (c.duration && rates.some((f) => f.from < c.from && c.to <= f.to)) c.duration = false;
  // A number inside a date ("on 5 April 1920") is a day or a year, not a count of anything.
  // A fraction is an amount: "fell by about half", "a third of them survived".
  for (const c of out) if (!c.number && !c.date && FRACTION.test(candidateText(text, terms, c))) c.number = true;
  const dates = out.filter((c) => c.date);
  for (const c of out)
    if (c.number && !c.date && dates.some((d) => d !== c && d.from <= c.from && c.to <= d.to)) c.number = false;
  return withoutDateline(out, terms);
}

/**
 * A wire story's dateline, "HARTLEY, May 9 (Wire) – The council …", says where and when the story
 * was filed: its date is no date of the events, its agency and its place no doer. The place may
 * still answer where.
 */
function withoutDateline(found: Candidate[], terms: readonly TaggedTerm[]): Candidate[] {
  const end = datelineEnd(terms);
  if (end === 0) return found;
  return found.flatMap((c) => {
    if (c.from >= end) return [c];
    if (c.from > 0 || c.to > 1) return [];
    return [{ ...c, place: true, person: false, personName: false, date: false, number: false }];
  });
}

/** How many of the sentence's first terms are a dateline (0 when it opens without one). */
export function datelineEnd(terms: readonly TaggedTerm[]): number {
  const first = terms[0];
  // (The place in capitals, or capitalised as a name: "BRANNOCK,", "Carrow –".)
  if (!first || !/^\p{Lu}/u.test(first.text) || !(isProper(first) || /^\p{Lu}{2,}$/u.test(first.text))) return 0;
  for (let i = 0; i < Math.min(terms.length - 1, 8); i++) {
    const t = terms[i]!;
    if (DATELINE_DASH.test(t.post)) return i + 1;
    // (Only the place, a date and an agency in brackets stand before the dash.)
    if (i > 0 && !/^[\p{Lu}\d]/u.test(t.text) && !t.tags.has("Date")) return 0;
    // (News agencies shorten the month with a full stop: "CARROW, Nov. 3 —".)
    if (/[.;:!?]/.test(t.post) && !(SHORT_MONTH.test(t.text) && t.post.trim() === ".")) return 0;
  }
  return 0;
}
const DATELINE_DASH = /\s[-–—]{1,2}\s/;
const SHORT_MONTH = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

const DATED_NEXT = /^,?\s+(?:in|on|after|before|by)\s+(?:\d|the\s+\d|[A-Z])/;

const FRACTION =
  /^(?:(?:about|around|nearly|almost|roughly|some|more than|less than|over|under)\s+)?(?:a|one|two|three|four|\d+)?\s*(?:half|thirds?|quarters?|fifths?|tenths?)$/i;

/** The terms a stretch of the text (a pattern's match) touches, as [from, to), or undefined when none. */
function termsCovering(terms: readonly TaggedTerm[], start: number, end: number): [number, number] | undefined {
  const from = terms.findIndex((t) => t.end > start);
  if (from < 0) return undefined;
  const to = terms.findIndex((t) => t.start >= end);
  return [from, to < 0 ? terms.length : to];
}

/**
 * "In 2001 Smith joined the band", "from 1930 to 1946 Vorne taught": a year after a preposition (or
 * opening the sentence) and before a name is a date of its own, not the first word of the name's phrase.
 */
function yearBeforeName(terms: readonly TaggedTerm[], i: number): boolean {
  const next = terms[i + 1];
  const before = terms[i - 1];
  return (
    terms[i]!.tags.has("Year") &&
    next !== undefined &&
    isProper(next) &&
    (before === undefined || before.tags.has("Preposition") || before.tags.has("Conjunction") || endsClause(before))
  );
}

/** Where a figure starts when a minus sign stands before it ("averaging −4 °C"), else `start`. */
function signedStart(text: string, start: number): number {
  return /\d/.test(text[start] ?? "") && /(?:^|[\s(])[−-]$/.test(text.slice(Math.max(0, start - 2), start))
    ? start - 1
    : start;
}

/** The candidate's text exactly as written in the sentence. */
export function candidateText(text: string, terms: readonly TaggedTerm[], c: Candidate): string {
  const end = terms[c.to - 1]!.end;
  const start = signedStart(text, terms[c.from]!.start);
  const phrase = text.slice(start, end).replace(/[\s,;:.]+$/, "");
  // (The tagger may keep a bracket on a word, "(1st century BC", "1957)". A bracket the phrase
  // opens is closed with it when the sentence closes it soon after: "103 miles (166 km)", "1,140
  // metres (3,740 ft)"; otherwise the phrase ends before it. One it opens first, or closes without
  // opening, is not part of it, nor are the brackets round all of it: "(1766)" → "1766".)
  const open = phrase.indexOf("(");
  if (open >= 0 && !phrase.includes(")", open)) {
    if (open === 0) return phrase.slice(1);
    const close = text.indexOf(")", end);
    if (phrase.length === end - start && close >= 0 && close - end <= 24 && !text.slice(end, close).includes("("))
      return `${phrase}${text.slice(end, close + 1)}`;
    return phrase.slice(0, open).trimEnd();
  }
  if (phrase.endsWith(")") && !phrase.includes("(")) return phrase.slice(0, -1);
  if (/^\([^()]*\)$/.test(phrase)) return phrase.slice(1, -1);
  return phrase;
}
