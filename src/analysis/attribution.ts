// Who the article says a claim comes from: "according to Dunmeran sources", "the Harbour Guild claims",
// "citing a source in …", and whether it flags the claim as unverified. The verbs, the passes and
// the unverified phrasings are rows of data, each with a made-up sentence it must fire on.
import { type PhraseRow, phrasesPattern } from "../text/word-rows.ts";

export interface SayVerbRow {
  readonly forms: readonly string[];
  /** A made-up sentence with one of the forms, naming its source. */
  readonly example: string;
  /** Reports a claim only before "that": "Velt maintains that …", not "Velt maintains close ties". */
  readonly beforeThat?: true;
}

/** Verbs that report a claim. */
export const SAY_VERBS: readonly SayVerbRow[] = [
  { forms: ["claims", "claim", "claimed"], example: "The Harbour Guild claims the fees doubled." },
  { forms: ["says", "say", "said"], example: "Ada Brek said the quay would reopen." },
  { forms: ["reported", "reports"], example: "The Valley Herald reported a second leak." },
  { forms: ["stated", "states"], example: "The ferry company stated that no one was hurt." },
  { forms: ["told"], example: "A port official told reporters the ship was late." },
  { forms: ["announced"], example: "The council announced a new bus route." },
  { forms: ["alleged", "alleges"], example: "The union alleged that wages were cut." },
  { forms: ["insisted", "insists"], example: "The mayor insisted the budget was sound." },
  { forms: ["asserted"], example: "The coach asserted the match was fixed." },
  {
    forms: ["maintains", "maintained"],
    example: "The museum maintains that the vase is genuine.",
    beforeThat: true,
  },
  {
    forms: ["estimates", "estimate", "estimated"],
    example: "The Red Lantern charity estimates that 400 families lost homes.",
    beforeThat: true,
  },
];

/** Every form of the reporting verbs ("claims", "said", "told" …). */
export const SAY_VERB_FORMS: ReadonlySet<string> = new Set(SAY_VERBS.flatMap((r) => r.forms));
const TRAILING_SAY_VERB = new RegExp(`\\s+(${[...SAY_VERB_FORMS].join("|")})$`);

/** "the Harbour Guild claims" → "the Harbour Guild": the source without its verb. */
export function withoutSayVerb(source: string): string {
  return source.replace(TRAILING_SAY_VERB, "");
}

// The source opens with a capital ("Velt", "The fire service", "Farmers' groups") and runs on
// for a few words that are not prepositions ("In 2019 the mayor said" names no source).
const SOURCE_CLAIMS = new RegExp(
  `(?:^|[,;:]\\s*|\\bHowever,\\s*)((?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+(?!(?:in|on|at|of|for|to|and|by|with|from|after|before|during)\\b)[A-Za-z][\\w’'-]*){0,4})\\s+(${sayVerbs()})\\b`,
);

const SOURCE_AT_END = new RegExp(
  // (Not a pronoun alone: "…, she said" names no one.)
  `,\\s+(?!(?:he|she|they|it|we|i|you)\\s)((?:the\\s+|a\\s+|an\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,4})\\s+(${SAY_VERBS.filter(
    (r) => !r.beforeThat,
  )
    .flatMap((r) => r.forms)
    .join("|")})\\s*[.!]?["”’]?\\s*$`,
  "u",
);

/** The say verbs as one alternation; those that report only before "that" say so with a lookahead. */
function sayVerbs(): string {
  const forms = (rows: readonly SayVerbRow[]) => rows.flatMap((r) => r.forms).join("|");
  return `${forms(SAY_VERBS.filter((r) => !r.beforeThat))}|(?:${forms(SAY_VERBS.filter((r) => r.beforeThat))})(?=\\s+that\\b)`;
}

export interface AttributionPass {
  readonly name: string;
  /** The attribution this pass reads in a sentence, if any. */
  readonly find: (text: string) => string | undefined;
  readonly example: string;
  /** What the pass gives for its example. */
  readonly expected: string;
}

/** The ways a sentence names its source, in the order they are tried: the first that fires wins. */
export const ATTRIBUTION_PASSES: readonly AttributionPass[] = [
  {
    name: "according to X",
    find: (text) => {
      const m = /\baccording to ([^,;.]+)/i.exec(text);
      return m ? `according to ${m[1]!.trim()}` : undefined;
    },
    example: "The bridge will close for a month, according to the roads agency.",
    expected: "according to the roads agency",
  },
  {
    name: "X says / claims / reported …",
    find: (text) => {
      const m = SOURCE_CLAIMS.exec(text);
      return m ? `${m[1]!.trim()} ${m[2]}` : undefined;
    },
    example: "However, the Harbour Guild claims the fees doubled.",
    expected: "the Harbour Guild claims",
  },
  {
    // News closes a sentence on its source in lower case as often as not: "…, police said."
    name: "…, the X said (at the end)",
    find: (text) => sourceAtEnd(text),
    example: "The road will stay shut until Friday, the county roads office said.",
    expected: "the county roads office said",
  },
  {
    name: "citing X",
    find: (text) => {
      const m = /\bciting ([^,;.]+)/i.exec(text);
      return m ? `citing ${m[1]!.trim()}` : undefined;
    },
    example: "The paper put the toll at 12, citing hospital staff.",
    expected: "citing hospital staff",
  },
];

/** "…, the county roads office said.": the source a sentence closes on, if any. */
export function sourceAtEnd(text: string): string | undefined {
  const m = SOURCE_AT_END.exec(text);
  return m ? `${m[1]!.trim()} ${m[2]}` : undefined;
}

export function findAttribution(text: string): string | undefined {
  for (const pass of ATTRIBUTION_PASSES) {
    const found = pass.find(text);
    if (found) return found;
  }
  return undefined;
}

/** Ways a sentence says a claim is not (yet) confirmed, each with a made-up sentence it fires on. */
export const UNVERIFIED_PHRASES: readonly PhraseRow[] = [
  {
    pattern: "yet to be (?:independently )?(?:verified|confirmed)",
    example: "The figure is yet to be independently verified.",
  },
  {
    pattern: "(?:could|can|has|have) not (?:yet )?been (?:independently )?(?:verified|confirmed)",
    example: "The footage has not been independently verified.",
  },
  {
    pattern: "(?:has|have|had|did) not (?:yet )?(?:independently )?(?:verified|confirmed|verify|confirm)",
    example: "The ministry has not confirmed the toll.",
  },
  { pattern: "unverified", example: "Unverified reports spoke of a second blast." },
  { pattern: "unconfirmed", example: "The count is unconfirmed." },
  { pattern: "not independently verified", example: "The video, not independently verified, shows smoke." },
];
const UNVERIFIED = phrasesPattern(UNVERIFIED_PHRASES);

/** True when a sentence says a claim is not (yet) confirmed. */
export function flagsUnverified(text: string): boolean {
  return UNVERIFIED.test(text);
}
