// The words that tell what kind of answer a question wants: the noun after what/which ("which
// country" asks for a place) and the word after how ("how long" asks for a time). Rows of data,
// each with a made-up question it must classify; the passes in analyse-question.ts read them in
// this order: a date noun first (it wins "what age"), then place, then number, then person.
import { ASKS_FOR_PERSON } from "../text/people.ts";
import type { WordRow } from "../text/word-rows.ts";

export interface HeadNounRow {
  /** The noun and its other forms; the example uses the first. */
  readonly forms: readonly string[];
  /** A made-up question whose head noun is this one. */
  readonly example: string;
  /** The units an answer must be given in ("what length …" → km, metres …). */
  readonly units?: readonly string[];
  /** A count of people or things, never a measure: "4 kilometres" is no population. */
  readonly countOnly?: true;
  /** How an answer writes a time of this kind, and a made-up answer that does ("the 64th minute"). */
  readonly written?: { readonly pattern: RegExp; readonly answer: string; readonly other: string };
}

const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";

/** "What year …", "which century …": a date or a time. */
export const DATE_HEAD_NOUNS: readonly HeadNounRow[] = [
  {
    forms: ["year", "years"],
    example: "What year did the mill open?",
    written: { pattern: /\d{3,4}/, answer: "in 1887", other: "in March" },
  },
  { forms: ["date"], example: "On what date was the vote held?" },
  { forms: ["day", "days"], example: "What day did the ferry sink?" },
  {
    forms: ["month", "months"],
    example: "Which month was the harvest?",
    written: {
      pattern: new RegExp(`\\b(?:${MONTH_NAMES}|month)\\b`, "i"),
      answer: "last September",
      other: "on Monday",
    },
  },
  {
    forms: ["century", "centuries"],
    example: "In which century was the abbey built?",
    written: { pattern: /centur|\d{3,4}/i, answer: "the 12th century", other: "in spring" },
  },
  {
    forms: ["decade", "decades"],
    example: "In what decade did the mine close?",
    written: { pattern: /\d0s\b|\d{4}|decade|(?:ties|twenties)\b/i, answer: "the 1970s", other: "in June" },
  },
  {
    forms: ["time", "times"],
    example: "What time did the train leave?",
    written: {
      pattern: /\d|noon|midnight|morning|afternoon|evening|night|dawn|dusk|o'clock/i,
      answer: "at 9:40 am",
      other: "with a new record",
    },
  },
  { forms: ["period"], example: "During what period was the fort used?" },
  { forms: ["era"], example: "In which era was the bridge built?" },
  { forms: ["age"], example: "In what age did the kingdom flourish?" },
  { forms: ["season"], example: "In which season do the storks arrive?" },
  { forms: ["week"], example: "Which week was the fair?" },
  { forms: ["hour"], example: "At what hour did the bells ring?" },
  {
    forms: ["minute"],
    example: "In what minute did Brek score?",
    written: {
      pattern: /\bminutes?\b|\d+(?:st|nd|rd|th)\b|\d+\s?['’]/i,
      answer: "in the 64th minute",
      other: "on Saturday",
    },
  },
];

/** "Which country …", "what river …": a place. */
export const PLACE_HEAD_NOUNS: readonly HeadNounRow[] = [
  { forms: ["country", "countries"], example: "Which country hosted the talks?" },
  { forms: ["city", "cities"], example: "Which city won the bid?" },
  { forms: ["place", "places"], example: "What place did the climbers reach?" },
  { forms: ["region", "regions"], example: "Which region was flooded?" },
  { forms: ["continent"], example: "Which continent did the tour visit?" },
  { forms: ["town", "towns"], example: "Which town lost power?" },
  { forms: ["state", "states"], example: "Which state passed the law?" },
  { forms: ["location"], example: "What location was chosen for the depot?" },
  { forms: ["area", "areas"], example: "Which area was evacuated?" },
  { forms: ["province"], example: "Which province declared a drought?" },
  { forms: ["capital"], example: "Which capital hosted the summit?" },
  { forms: ["island"], example: "Which island did the ferry reach?" },
  { forms: ["river"], example: "Which river burst its banks?" },
  { forms: ["sea"], example: "Which sea did the tanker cross?" },
  { forms: ["ocean"], example: "Which ocean did the yacht cross?" },
  { forms: ["village"], example: "Which village was cut off?" },
  { forms: ["nation"], example: "Which nation hosted the games?" },
  { forms: ["territory"], example: "Which territory held the vote?" },
  { forms: ["county"], example: "Which county closed its schools?" },
  { forms: ["district"], example: "Which district lost water?" },
  { forms: ["site"], example: "Which site was excavated?" },
  { forms: ["venue"], example: "Which venue hosted the final?" },
  { forms: ["port"], example: "Which port did the ship leave?" },
  { forms: ["mountain"], example: "Which mountain did they climb?" },
  { forms: ["lake"], example: "Which lake froze over?" },
  { forms: ["street"], example: "Which street was closed?" },
  { forms: ["building"], example: "Which building caught fire?" },
];

const LENGTHS = [
  "km",
  "kilometres?",
  "kilometers?",
  "kilometre",
  "miles?",
  "metres?",
  "meters?",
  "m",
  "feet",
  "foot",
  "ft",
  "yards?",
  "cm",
  "centimetres?",
  "centimeters?",
  "mm",
  "millimetres?",
  "millimeters?",
  "inches",
  "inch",
  "light-years?",
  "storeys?",
  "stories",
  "floors",
];
/** Lengths a height or a depth is given in: "599 m", not "86 km" (how far a river runs). */
const HEIGHTS = LENGTHS.filter((u) => !/^(km|kilomet|miles|light)/.test(u));
const SPEEDS = [
  "km/h",
  "kph",
  "mph",
  "knots?",
  "miles an hour",
  "miles per hour",
  "kilometres an hour",
  "kilometres per hour",
  "km an hour",
  "km per hour",
  "metres per second",
  "m/s",
  "mach",
];
const WEIGHTS = ["kgs?", "kilos?", "kilograms?", "tonnes?", "tons?", "pounds?", "lbs?", "grams?", "g", "ounces?", "oz"];
/** Money, written with its sign ("$3m", "£45m", "€8m") or its name ("400,000 kronor"). */
const CURRENCIES = [
  "dollars?",
  "euros?",
  "pounds?",
  "pence",
  "cents?",
  "yen",
  "yuan",
  "rupees?",
  "francs?",
  "marks?",
  "kronor",
  "krona",
  "kroner",
  "roubles?",
  "rubles?",
  "crowns?",
  "lira",
  "lire",
  "pesos?",
  "shillings?",
  "dinars?",
  "dirhams?",
  "riyals?",
  "zloty",
  "forints?",
  "baht",
  "guilders?",
  "florins?",
  "ducats?",
];
/** Any measure: a length, a speed, a weight, a share or money. */
const MEASURES = [...LENGTHS, ...SPEEDS, ...WEIGHTS, "%", "percent", "per cent", "[$£€]", "dollars?", "euros?"];

/** "What percentage …", "what cost …": a number. */
export const NUMBER_HEAD_NOUNS: readonly HeadNounRow[] = [
  { forms: ["number"], example: "What number of pupils passed?", countOnly: true },
  { forms: ["amount"], example: "What amount was raised?" },
  { forms: ["percentage"], example: "What percentage of voters agreed?" },
  { forms: ["percent"], example: "What percent of the crop was lost?" },
  { forms: ["proportion"], example: "What proportion of the forest burned?" },
  { forms: ["share", "fraction"], example: "What share of the votes did she win?" },
  { forms: ["population"], example: "What population does the island have?", countOnly: true },
  { forms: ["total"], example: "What total did the appeal raise?" },
  { forms: ["count"], example: "What count did the census give?" },
  { forms: ["size"], example: "What size is the new reservoir?" },
  { forms: ["length"], example: "What length is the tunnel?", units: LENGTHS },
  { forms: ["distance"], example: "What distance did the runners cover?", units: LENGTHS },
  { forms: ["height"], example: "What height does the spire reach?", units: HEIGHTS },
  { forms: ["depth"], example: "What is the depth of the shaft?", units: HEIGHTS },
  { forms: ["width"], example: "What width is the new lane?", units: LENGTHS },
  { forms: ["elevation"], example: "What elevation is the pass?", units: HEIGHTS },
  { forms: ["altitude"], example: "What altitude did the balloon reach?", units: LENGTHS },
  { forms: ["weight"], example: "What weight can the crane lift?", units: WEIGHTS },
  { forms: ["speed"], example: "What speed did the gusts reach?", units: SPEEDS },
  { forms: ["capacity"], example: "What is the capacity of the new stand?" },
  { forms: ["cost"], example: "What cost did the council approve?" },
  { forms: ["price"], example: "What price did the painting fetch?" },
  { forms: ["attendance"], example: "What was the attendance at the final?", countOnly: true },
  { forms: ["turnout"], example: "What was the turnout in the vote?" },
];

export interface HowWordRow {
  /** The word after "how". */
  readonly word: string;
  /** A time ("how long", "how soon") or an amount ("how old", "how far"). */
  readonly answer: "date" | "number";
  readonly example: string;
  /** The units an answer is measured in ("how fast" → km/h, mph …), when only a measure answers. */
  readonly units?: readonly string[];
}

/**
 * The ways a measure can go. A question asks one ("how deep", "what height"); a sentence may say
 * which way its number goes ("an elevation of 1,140 metres", "40 metres deep"), and a number said
 * to go another way does not answer: the lake's elevation is not its depth.
 */
export const DIMENSIONS: readonly { asked: readonly string[]; said: readonly string[]; example: string }[] = [
  { asked: ["deep", "depth"], said: ["deep", "depth"], example: "The shaft is 40 metres deep." },
  {
    asked: ["high", "tall", "height", "elevation", "altitude"],
    said: ["high", "tall", "height", "elevation", "altitude", "above"],
    example: "The pass lies at an elevation of 2,140 metres.",
  },
  { asked: ["long", "length"], said: ["long", "length"], example: "The tunnel has a length of 3 km." },
  {
    asked: ["wide", "width", "broad"],
    said: ["wide", "width", "across", "broad"],
    example: "The channel is 90 metres wide.",
  },
  { asked: ["far", "distance"], said: ["far", "distance", "away"], example: "The village lies 12 km away." },
];

/** Words that say which of a measure is meant: "the average depth", "the maximum height". */
export const MEASURE_KINDS = /^(average|mean|median|maximum|minimum|typical|annual)$/;

/** "How long", "how old", …: the word after "how" that says what kind of amount is asked for. */
export const HOW_WORDS: readonly HowWordRow[] = [
  { word: "long", answer: "date", example: "How long did the strike last?" },
  { word: "old", answer: "number", example: "How old is the lighthouse?" },
  { word: "far", answer: "number", units: LENGTHS, example: "How far did the ash travel?" },
  { word: "big", answer: "number", example: "How big is the new stadium?" },
  { word: "large", answer: "number", example: "How large was the crowd?" },
  { word: "tall", answer: "number", units: LENGTHS, example: "How tall is the tower?" },
  { word: "high", answer: "number", units: LENGTHS, example: "How high did the river rise?" },
  { word: "often", answer: "date", example: "How often does the ferry run?" },
  { word: "fast", answer: "number", units: SPEEDS, example: "How fast was the train going?" },
  { word: "deep", answer: "number", units: LENGTHS, example: "How deep is the shaft?" },
  { word: "wide", answer: "number", units: LENGTHS, example: "How wide is the channel?" },
  { word: "heavy", answer: "number", units: WEIGHTS, example: "How heavy was the bell?" },
  { word: "few", answer: "number", example: "How few seats were left?" },
  { word: "late", answer: "date", example: "How late did the polls close?" },
  { word: "early", answer: "date", example: "How early did the market open?" },
  { word: "soon", answer: "date", example: "How soon will the road reopen?" },
];

/**
 * "How much did the bridge cost?", "how much was the land sold for?": verbs of buying and paying,
 * after which "how much" asks a sum of money, not any number ("between 1994 and 1997", "six floors").
 */
export const MONEY_VERBS: readonly WordRow[] = [
  { word: "cost", example: "How much did the new footbridge cost?" },
  { word: "costs", example: "How much a season ticket costs?" },
  { word: "pay", example: "How much did the council pay for the mill?" },
  { word: "paid", example: "How much was paid for the orchard?" },
  { word: "spend", example: "How much did the club spend on the roof?" },
  { word: "spent", example: "How much was spent on the harbour wall?" },
  { word: "worth", example: "How much is the brooch worth?" },
  { word: "sold", example: "How much was the farmhouse sold for?" },
  { word: "sell", example: "How much did the painting sell for?" },
  { word: "bought", example: "How much was the ferry bought for?" },
  { word: "fetch", example: "How much did the violin fetch?" },
  { word: "fetched", example: "How much has the stamp fetched?" },
  { word: "charge", example: "How much do they charge for parking?" },
  { word: "charged", example: "How much was each visitor charged?" },
  { word: "earn", example: "How much does the mayor earn?" },
  { word: "earned", example: "How much has the film earned?" },
  { word: "raised", example: "How much was raised for the lifeboat?" },
  { word: "invested", example: "How much has the firm invested in the plant?" },
  { word: "owed", example: "How much was the club owed?" },
  { word: "fined", example: "How much was the haulier fined?" },
  { word: "awarded", example: "How much was the nurse awarded in damages?" },
  // Other forms of the same verbs, and the verbs of a bid or a gift.
  { word: "pays", example: "How much a year the trust pays the warden?" },
  { word: "paying", example: "How much is the council paying for the new depot?" },
  { word: "spends", example: "How much the town spends on lighting?" },
  { word: "spending", example: "How much is the club spending on the stand?" },
  { word: "sells", example: "How much a loaf sells for?" },
  { word: "selling", example: "How much is the farm selling for?" },
  { word: "charges", example: "How much the museum charges adults?" },
  { word: "charging", example: "How much are they charging for a ticket?" },
  { word: "earns", example: "How much the warden earns?" },
  { word: "invest", example: "How much will the brewer invest in the site?" },
  { word: "owe", example: "How much do the tenants owe?" },
  { word: "offer", example: "How much did the brewer offer for the pub?" },
  { word: "offered", example: "How much was the keeper offered?" },
  { word: "offering", example: "How much is the brewer offering for the pub?" },
  { word: "bid", example: "How much did the rival group bid?" },
  { word: "donate", example: "How much did the trust donate?" },
  { word: "donated", example: "How much was donated to the appeal?" },
  { word: "borrow", example: "How much will the council borrow?" },
  { word: "borrowed", example: "How much has the club borrowed?" },
];
const MONEY_VERB_WORDS = new Set(MONEY_VERBS.map((r) => r.word));
/** True when a "how much …?" question asks it of a verb of paying: only a sum of money answers. */
export const asksPrice = (words: readonly string[]): boolean => words.some((w) => MONEY_VERB_WORDS.has(w));

const formsOf = (rows: readonly HeadNounRow[]) => new Set(rows.flatMap((r) => r.forms));
const DATE = formsOf(DATE_HEAD_NOUNS);
const PLACE = formsOf(PLACE_HEAD_NOUNS);
const NUMBER = formsOf(NUMBER_HEAD_NOUNS);
const HOW = new Map(HOW_WORDS.map((r) => [r.word, r.answer]));
/** A pattern for a number written with one of `units` after it, or with one of the currency `signs` before it. */
const unitPattern = (units: readonly string[], signs = "") =>
  new RegExp(`(?:^|[\\s\\d-])(?:${units.join("|")})(?![\\p{L}])${signs ? `|[${signs}]\\s?\\d` : ""}`, "iu");
const CURRENCY_SIGNS = "$£€";
const NOUN_UNITS = new Map(
  NUMBER_HEAD_NOUNS.flatMap((r) => (r.units ? r.forms.map((f) => [f, unitPattern(r.units!, CURRENCY_SIGNS)]) : [])),
);
const COUNT_ONLY = new Set(NUMBER_HEAD_NOUNS.flatMap((r) => (r.countOnly ? r.forms : [])));
const MEASURE = unitPattern(MEASURES, CURRENCY_SIGNS);
const PHYSICAL = unitPattern([...LENGTHS, ...SPEEDS, ...WEIGHTS], CURRENCY_SIGNS);
// "How far … in km?", "how much damage in dollars?": the unit the question names, and the ways an
// answer may write it.
const ASKED_UNITS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^(km|kms|kilometres?|kilometers?)$/, ["km", "kilometres?", "kilometers?"]],
  [/^(miles?|mi)$/, ["miles?", "mi"]],
  [/^(metres?|meters?|m)$/, ["metres?", "meters?", "m"]],
  [/^(feet|foot|ft)$/, ["feet", "foot", "ft"]],
  [/^(kg|kgs|kilos?|kilograms?)$/, ["kgs?", "kilos?", "kilograms?"]],
  [/^(tonnes?|tons?)$/, ["tonnes?", "tons?"]],
  [/^(percent|per cent|%|percentage)$/, ["%", "percent", "per cent"]],
  [/^(dollars?|usd|\$)$/, ["dollars?", "\\$", "USD"]],
  [/^(euros?|eur|€)$/, ["euros?", "€", "EUR"]],
  [/^(pounds?|gbp|£)$/, ["pounds?", "£", "GBP"]],
];
/** For "… in km?": a pattern for the unit the question asks its answer in, when it names one at its end. */
export function unitsNamed(question: string): RegExp | undefined {
  const word = /\bin\s+(per cent|\S+?)\s*\??$/i.exec(question.trim())?.[1]?.toLowerCase();
  const row = word ? ASKED_UNITS.find(([forms]) => forms.test(word)) : undefined;
  return row ? unitPattern(row[1], row[1].includes("\\$") ? "$" : "") : undefined;
}

/** For "what length …": the units its answer must be given in. */
export const nounUnits = (noun: string): RegExp | undefined => NOUN_UNITS.get(noun);
/** For "what is the population …": true, as only a count answers it. */
export const countsOnly = (noun: string): boolean => COUNT_ONLY.has(noun);
/** True when the text gives a measure ("4 kilometres", "12%", "$3m"), not a count. */
export const isMeasure = (text: string): boolean => MEASURE.test(text);
const MONEY = unitPattern(CURRENCIES, CURRENCY_SIGNS);
/** For "how much money …?" (or funding, funds, cash) and "what was the cost / price / fee …?": a pattern for a sum of money, else undefined. */
export const moneyUnits = (noun: string): RegExp | undefined =>
  /^(money|funding|funds|cash|cost|costs|price|prices|fee|fees|fare|fares)$/.test(noun) ? MONEY : undefined;
/** A pattern for a sum of money ("$40 million", "£6.2m", "300 euros"). */
export const moneyPattern = (): RegExp => MONEY;
/** True when the text gives a length, a speed or a weight ("4 kilometres"): a share or a sum may still count people. */
export const isPhysicalMeasure = (text: string): boolean => PHYSICAL.test(text);
const HOW_UNITS = new Map(HOW_WORDS.filter((r) => r.units).map((r) => [r.word, unitPattern(r.units!)]));

export const isDateNoun = (w: string) => DATE.has(w);
const DATE_WRITTEN = new Map(
  DATE_HEAD_NOUNS.flatMap((r) => (r.written ? r.forms.map((f) => [f, r.written!.pattern]) : [])),
);
/** How an answer writes the time a date noun asks ("minute" → "the 64th minute"), where it says. */
export const dateWritten = (noun: string): RegExp | undefined => DATE_WRITTEN.get(noun);
export const isPlaceNoun = (w: string) => PLACE.has(w);
export const isNumberNoun = (w: string) => NUMBER.has(w);
/** "which envoy", "what company": people and groups of people (the shared list in text/people.ts). */
export const isPersonNoun = (w: string) => ASKS_FOR_PERSON.has(w);
/** What "how X" asks for, or undefined when X is not one of the words above ("how did …"). */
export const howAnswer = (w: string): "date" | "number" | undefined => HOW.get(w);
/**
 * For "how fast", "how far" …: a pattern for the units an answer must be given in; undefined when
 * any number will do. "How long is the river?" (a copula after "long") asks a length or a duration.
 */
export const howUnits = (w: string, copula = false): RegExp | undefined =>
  w === "long" && copula ? LENGTH_OR_DURATION : HOW_UNITS.get(w);
/**
 * Land and water, and what spreads over them, whose size is an area or a length and never a count
 * of what is in it: "how big is the park?" is not answered by "the largest of more than 600 lakes
 * within it", nor "how big is the fire?" by "six water-bombing aircraft". (Not a country
 * or a town, whose size may be its people.) Each with a made-up question.
 */
export const LAND_NOUN_ROWS: readonly HeadNounRow[] = [
  { forms: ["park", "parks"], example: "How big is the national park?" },
  { forms: ["lake", "lakes"], example: "How big is the lake?" },
  { forms: ["forest", "forests", "wood", "woods"], example: "How large is the forest?" },
  { forms: ["reserve", "reserves", "sanctuary"], example: "How big is the nature reserve?" },
  { forms: ["island", "islands"], example: "How big is the island?" },
  { forms: ["marsh", "desert", "wetland", "wetlands", "moor"], example: "How large is the marsh?" },
  { forms: ["reservoir", "sea", "ocean", "bay", "basin", "glacier", "crater"], example: "How big is the reservoir?" },
  { forms: ["estate", "farm", "ranch"], example: "How big is the estate?" },
  // What spreads over land or water is measured the same way: "about 3,800 hectares", not "six aircraft".
  {
    forms: ["fire", "fires", "wildfire", "wildfires", "blaze", "bushfire", "bushfires"],
    example: "How big is the fire?",
  },
  { forms: ["spill", "slick"], example: "How large is the oil spill?" },
];
const LAND = formsOf(LAND_NOUN_ROWS);
/** For "how big/large/small is <land or water>?": the units its size is given in. */
export const landSizeUnits = (sizeWord: string, head: string): RegExp | undefined =>
  /^(big|large|small)$/.test(sizeWord) && LAND.has(head) ? AREA_OR_LENGTH : undefined;
const AREA_OR_LENGTH = unitPattern([...LENGTHS, "hectares?", "acres?"]);
const LENGTH_OR_DURATION = unitPattern([
  ...LENGTHS,
  ...["seconds?", "minutes?", "hours?", "days?", "weeks?", "months?", "years?", "decades?", "centur(?:y|ies)"],
]);

/**
 * Kinds of named place or body, each a group of nouns that name the same kind, with a made-up
 * question and a phrase of another kind that does not answer it: "which river does it cross?" is
 * not answered by "the Kell Street crossing", nor "what league do they play in?" by "Harrow
 * Park". A name shows its kind by its last word ("Brennan Park", "Carrow Crown Court").
 */
export const NAMED_KIND_ROWS: readonly { forms: readonly string[]; example: string; other: string }[] = [
  {
    forms: ["river", "rivers", "stream", "canal", "brook", "creek", "estuary"],
    example: "Which river does the bridge cross?",
    other: "the Kell Street crossing",
  },
  {
    forms: ["street", "road", "avenue", "lane", "highway", "motorway", "boulevard"],
    example: "Which street was closed?",
    other: "the River Orrin",
  },
  { forms: ["bridge", "crossing", "viaduct"], example: "Which bridge was shut?", other: "Quay Road" },
  {
    forms: ["park", "ground", "stadium", "arena", "pitch"],
    example: "Which park will host the final?",
    other: "the Northern League",
  },
  {
    forms: ["league", "division", "conference"],
    example: "What league does the club play in?",
    other: "Harrow Park",
  },
  {
    forms: ["school", "college", "university", "uni", "academy"],
    example: "Which school did she attend?",
    other: "St Aldo's Hospital",
  },
  {
    forms: ["hospital", "clinic", "infirmary"],
    example: "Which hospital was he taken to?",
    other: "Kessick Crown Court",
  },
  { forms: ["court", "tribunal"], example: "Which court heard the case?", other: "Brennan Park" },
  {
    forms: ["church", "cathedral", "chapel", "abbey"],
    example: "Which church was rebuilt?",
    other: "the Corn Exchange museum",
  },
  { forms: ["museum", "gallery"], example: "Which museum holds the painting?", other: "St Oda's Church" },
  { forms: ["prison", "jail"], example: "Which prison is he in?", other: "Carrow Crown Court" },
  { forms: ["station", "airport"], example: "Which station was evacuated?", other: "Harbour Road" },
  { forms: ["lake", "loch", "reservoir"], example: "Which lake is the largest?", other: "Mount Oradu" },
  {
    forms: ["mountain", "mountains", "mount", "hill", "hills", "peak"],
    example: "Which mountain did they climb?",
    other: "Lake Orvin",
  },
  {
    forms: ["sea", "gulf", "bay", "ocean", "strait"],
    example: "Which sea does it flow into?",
    other: "the Orra Mountains",
  },
];
/**
 * Things known by a name, each with a made-up question: "which treaty …?", "what is the longest
 * tributary?" are answered by a name ("the Treaty of Orra", "the Menn"), never by a bare figure or
 * year ("1648", "203 km"). The places above and in PLACE_HEAD_NOUNS are such things too.
 */
export const NAMED_THING_ROWS: readonly { forms: readonly string[]; example: string }[] = [
  { forms: ["treaty", "agreement", "accord", "pact"], example: "Which treaty ended the war?" },
  { forms: ["tributary"], example: "What is the longest tributary of the river?" },
  { forms: ["album", "song", "single", "record"], example: "Which album made her famous?" },
  { forms: ["book", "novel", "poem", "play"], example: "Which book won the prize?" },
  { forms: ["film", "movie", "show", "series", "programme", "program"], example: "What film did he direct first?" },
  { forms: ["painting", "sculpture", "work"], example: "Which painting was stolen?" },
  { forms: ["ship", "vessel", "boat"], example: "Which ship sank?" },
  { forms: ["team", "club", "side", "band", "party"], example: "Which team did she join?" },
  {
    forms: ["company", "firm", "brand", "newspaper", "magazine", "journal"],
    example: "Which company built the bridge?",
  },
  { forms: ["product", "vaccine", "drug", "model"], example: "Which product was tested?" },
  { forms: ["law", "act", "bill"], example: "Which law was changed?" },
  { forms: ["award", "prize", "medal", "title", "trophy"], example: "What award did the film win?" },
  { forms: ["species", "language", "religion"], example: "What species did they find?" },
];
const NAMED_THINGS = new Set([
  ...NAMED_THING_ROWS.flatMap((r) => r.forms),
  ...NAMED_KIND_ROWS.flatMap((r) => r.forms),
  ...PLACE_HEAD_NOUNS.flatMap((r) => r.forms),
]);
/** True when the noun asks for a thing known by a name ("which treaty"), never a figure. */
export const asksNamedThing = (noun: string): boolean => NAMED_THINGS.has(noun.toLowerCase());

const KIND_OF = new Map(NAMED_KIND_ROWS.flatMap((r, i) => r.forms.map((f) => [f, i] as const)));
/** True when the phrase names a place or body of another kind than the noun asked ("league" of "Harrow Park"). */
export const namesOtherKind = (askedNoun: string, phrase: string): boolean => {
  const asked = KIND_OF.get(askedNoun.toLowerCase());
  if (asked === undefined) return false;
  const name = phrase.trim().replace(/^the\s+/i, "");
  const words = name.split(/\s+/).map((w) => w.toLowerCase().replace(/['’]s$/, ""));
  // (Or by its first, capitalised: "the River Orrin", "Lake Orvin".)
  const named = KIND_OF.get(words.at(-1) ?? "") ?? (/^\p{Lu}/u.test(name) ? KIND_OF.get(words[0] ?? "") : undefined);
  return named !== undefined && asked !== named;
};
