// Chat language: how people type in a Discord channel ("how many ppl r missing", "wat did u find",
// "flood count?", "the mayor?") rewritten into the plain questions the analysis understands. Every
// rule is a row of data with an example and the text it must become; one test runs them all.
// Nothing here knows an article: rules that need the article's words live in fit-to-articles.ts.
import { tagSentence } from "../text/tag-sentence.ts";
import { COLLECTIVE_NOUNS } from "../text/people.ts";
import { isPersonNoun, MEASURE_KINDS } from "./head-nouns.ts";

export interface ChatRule {
  /** What the rule reads, for the test's messages. */
  name: string;
  /** Global, case-insensitive pattern and its replacement ($1 …), or a rewrite of the whole question. */
  pattern?: RegExp;
  replacement?: string;
  rewrite?: (text: string) => string;
  /** Reads a whole question as a topic: skipped while a follow-up may still read it ("and the port?"). */
  topic?: boolean;
  /** A made-up question the rule fires on, and what the whole pass turns it into. */
  example: string;
  expected: string;
}

const PRONOUN_BIRTHDAY =
  /^(?:when(?:'s|’s|s| is| was)\s+|what(?:'s|’s|s| is| was)\s+)?(her|his|their)\s+(?:bday|b-day|birthday|date of birth|dob)\s*\??$/i;

const WH = "(?:who|whom|whose|what|when|where|why|how|which)";
/** Words a question starts with when it is not a bare topic. */
const QUESTION_START =
  /^(?:who|whom|whose|what|when|where|why|how|which|is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must|tell|describe|explain|name|list|give|show|define|summari[sz]e|according|in|on|at|after|before|during|if|whether)\b/i;

/** "avg depth?", "max height": the kind of measure, spelt out. */
const FULL_KIND: Readonly<Record<string, string>> = { avg: "average", max: "maximum", min: "minimum" };

/** Word for word shorthand: "r" → "are". Applied first, each as a whole word. */
const SHORTHAND: readonly (readonly [string, string, string, string])[] = [
  // [chat word(s) as a regex alternative, plain word, example, expected]
  ["r", "are", "how many ppl r missing", "how many people are missing?"],
  ["u|ya", "you", "can u see the rover", "can you see the rover?"],
  ["ur", "your", "what is ur source", "what is your source?"],
  ["whos|who's|who’s", "who is", "whos the coach", "who is the coach?"],
  ["whats|what's|what’s|wats|wuts", "what is", "whats the budget", "what is the budget?"],
  ["wheres|where's|where’s", "where is", "wheres the depot", "where is the depot?"],
  ["hows|how's|how’s", "how is", "hows the patient", "how is the patient?"],
  ["wat|wut|wht|wot", "what", "wat did the survey find", "what did the survey find?"],
  ["ppl|ppls", "people", "how many ppl came", "how many people came?"],
  // ("us" is a stopword, so "the us" would lose the country.)
  ["the us", "the US", "how much did the us give", "how much did the US give?"],
  ["hw", "how", "hw many ppl came", "how many people came?"],
  ["wen|whn", "when", "wen did the strike start", "when did the strike start?"],
  ["any1", "anyone", "did any1 die", "did anyone die?"],
  ["some1", "someone", "did some1 win", "did someone win?"],
  ["every1", "everyone", "was every1 rescued", "was everyone rescued?"],
  ["1st", "first", "who came 1st", "who came first?"],
  ["2nd", "second", "who scored the 2nd goal", "who scored the second goal?"],
  ["3rd", "third", "who finished 3rd", "who finished third?"],
  ["uni", "university", "which uni did she go to", "which university did she go to?"],
  ["yr", "year", "how much will they save each yr", "how much will they save each year?"],
  ["yrs", "years", "how many yrs did he serve", "how many years did he serve?"],
  ["hrs", "hours", "how many hrs did the strike last", "how many hours did the strike last?"],
  ["mins", "minutes", "how many mins were left", "how many minutes were left?"],
  ["mgr", "manager", "whos the mgr", "who is the manager?"],
  ["md", "managing director", "whos the md of the bakery", "who is the managing director of the bakery?"],
  ["org", "organisation", "which org ran the camp", "which organisation ran the camp?"],
  ["grp", "group", "which grp ran the camp", "which group ran the camp?"],
  ["grps", "groups", "how many grps signed", "how many groups signed?"],
  ["orgs", "organisations", "which orgs signed", "which organisations signed?"],
  ["dept", "department", "which dept runs the port", "which department runs the port?"],
  ["appt", "appointment", "when is her appt", "when is her appointment?"],
  ["appts", "appointments", "how many appts were missed", "how many appointments were missed?"],
  ["op", "operation", "when is his op", "when is his operation?"],
  ["ops", "operations", "how many ops were cancelled", "how many operations were cancelled?"],
  // (Not a clock time: "at 7 pm" stays.)
  ["(?<!\\d\\s?)pm", "prime minister", "who is the pm", "who is the prime minister?"],
  ["govt|gov't|gov", "government", "what did the govt promise", "what did the government promise?"],
  ["abt|bout", "about", "what abt the bridge", "tell me about the bridge?"],
  ["b/c|cuz|coz|bcuz|bcoz|cus", "because", "did it close cuz of rain", "did it close because of rain?"],
  ["w/o", "without", "did they leave w/o the cargo", "did they leave without the cargo?"],
  ["w/", "with", "who met w/ the envoy", "who met with the envoy?"],
  ["thru", "through", "did the road go thru the valley", "did the road go through the valley?"],
  ["b4", "before", "what happened b4 the vote", "what happened before the vote?"],
  ["wanna", "want to", "why do they wanna leave", "why do they want to leave?"],
  ["gonna", "going to", "who is gonna pay", "who is going to pay?"],
  ["dont", "don't", "why dont they agree", "why don't they agree?"],
  ["doesnt", "doesn't", "why doesnt the mayor agree", "why doesn't the mayor agree?"],
  ["didnt", "didn't", "who didnt vote", "who didn't vote?"],
  ["isnt", "isn't", "why isnt the school open", "why isn't the school open?"],
  ["wasnt", "wasn't", "why wasnt it built", "why wasn't it built?"],
  ["arent", "aren't", "why arent the trains running", "why aren't the trains running?"],
  ["werent", "weren't", "why werent they told", "why weren't they told?"],
  ["cant", "can't", "why cant they land", "why can't they land?"],
  ["hasnt", "hasn't", "why hasnt it opened", "why hasn't it opened?"],
  ["havent", "haven't", "why havent they paid", "why haven't they paid?"],
  ["mightve", "might have", "how many mightve been lost", "how many might have been lost?"],
  ["couldve", "could have", "who couldve seen it", "who could have seen it?"],
  ["wouldve", "would have", "what wouldve happened", "what would have happened?"],
  ["shouldve", "should have", "who shouldve known", "who should have known?"],
];

/** "ur|whos" → "Ur|Whos": the alternatives as they stand first in a question. */
function capitalised(alternatives: string): string {
  return alternatives
    .split("|")
    .map((a) => a[0]!.toUpperCase() + a.slice(1))
    .join("|");
}

/** The rules in the order they run. */
export const CHAT_RULES: readonly ChatRule[] = [
  {
    name: "a greeting or a filler word in front",
    pattern: /^(?:(?:hey|hi|hello|yo|ok|okay|so|um+|uh+|hm+|well|bot|pls|plz|please)\b[\s,!.:]*)+/i,
    replacement: "",
    example: "hey so who won the race",
    expected: "who won the race?",
  },
  {
    name: "please and thanks anywhere",
    pattern: /[\s,]*\b(?:pls|plz|please|thx|thanks|thank you)\b[\s,!.]*/gi,
    replacement: " ",
    example: "who won the race pls",
    expected: "who won the race?",
  },
  ...SHORTHAND.map(
    ([chat, plain, example, expected]): ChatRule => ({
      name: `"${chat}" → "${plain}"`,
      // Whole words only, and in lower case but for the first word: "Ur" in mid-question is a name.
      // ("w/" may touch the next word: "w/the".)
      pattern: new RegExp(
        `(?:^(?:${capitalised(chat)})(?!&)|(?<![\\p{L}\\p{N}'’/&-])(?:${chat}))${chat.endsWith("/") ? "" : "(?![\\p{L}\\p{N}'’/&]|\\.\\s*\\p{Lu})"}`,
        "gu",
      ),
      replacement: plain,
      example,
      expected,
    }),
  ),
  {
    name: '"4" and "2" between a word and "a"/"the"/… → "for" and "to"',
    rewrite: (text) =>
      text.replace(
        /(?<=\p{L}\s+)([42])(?=\s+(?:a|an|the|his|her|their|its|this|that|these|those|me|us|them|him|it)\b)/giu,
        (_, digit: string) => (digit === "4" ? "for" : "to"),
      ),
    example: "did they call 4 a ceasefire",
    expected: "did they call for a ceasefire?",
  },
  {
    name: '"w" between two words → "with"',
    pattern: /(?<=\p{L}\s+)w(?=\s+\p{L})/gu,
    replacement: "with",
    example: "who talked w the envoy",
    expected: "who talked with the envoy?",
  },
  {
    // ("OK" asks how they are, which the article must say in its own words: "safe", "unharmed" …)
    name: '"are they ok?" → "are they safe?"',
    pattern: /^((?:is|are|was|were)\s+.+?)\s+(?:ok|okay|alright|all right)\s*(\?*)$/i,
    replacement: "$1 safe$2",
    example: "r the miners ok",
    expected: "are the miners safe?",
  },
  {
    name: '"… or not?" at the end of a yes/no question → the question alone',
    pattern: /,?\s+or\s+not\s*(\?*)$/i,
    replacement: "$1",
    example: "did the dam hold or not",
    expected: "did the dam hold?",
  },
  {
    name: '"y" opening a question → "why"',
    pattern: /^y\s+(?=(?:is|are|was|were|do|does|did|has|have|had|would|should|can|could|will|not|so)\b)/i,
    replacement: "why ",
    example: "y did the dam fail",
    expected: "why did the dam fail?",
  },
  {
    name: '"#" and "no." before "of" → "number"',
    pattern: /(?:(?<![<\w])#|\bno\.|\bnum\b|\bnr\.?)\s*(?=of\b)/gi,
    replacement: "number ",
    example: "# of passengers on the ferry",
    expected: "how many passengers on the ferry?",
  },
  {
    name: '"200k" → "200,000" (and "1.5k" → "1,500")',
    rewrite: (text) =>
      text.replace(/(?<![\p{L}\p{N}.,])(\d{1,3})(?:\.(\d))?k(?![\p{L}\p{N}])/giu, (_m, whole: string, tenth?: string) =>
        (Number(whole) * 1000 + Number(tenth ?? 0) * 100).toLocaleString("en-GB"),
      ),
    example: "did the flat sell for more than 200k",
    expected: "did the flat sell for more than 200,000?",
  },
  {
    name: '"%" standing as a word → "percent"',
    // ("34%" stays: a number written with its sign is how articles write it too.)
    pattern: /(?<![\p{L}\p{N}])%(?![\p{L}\p{N}])/gu,
    replacement: "percent",
    example: "what % of the vote did the greens get",
    expected: "what percent of the vote did the greens get?",
  },
  {
    name: '", per X" → ", according to X" (whom a claim is from; not "per cent", "per day")',
    pattern:
      /,\s*per\s+(?!(?:cent|capita|annum|se|year|month|week|day|hour|minute|head|person|game|match|season)\b)(?=[\p{L}])/giu,
    replacement: ", according to ",
    example: "how many died, per the health ministry",
    expected: "how many died, according to the health ministry?",
  },
  {
    name: '"where does the X figure come from?" → "who reported the X figure?" (a figure comes from a source)',
    pattern:
      /^where\s+(?:does|did|do)\s+(?:the\s+|that\s+|this\s+)?(.+?\b(?:number|numbers|figure|figures|estimate|count|toll|total|claim|data|info|information|stat|stats))\s+come\s+from\s*\??$/iu,
    replacement: "who reported the $1?",
    example: "where does the 40 dead figure come from",
    expected: "who reported the 40 dead figure?",
  },
  {
    name: "a request to tell what a question asks: the question itself",
    pattern: new RegExp(
      `^(?:(?:can|could|would|will)\\s+you\\s+(?:tell\\s+(?:me|us)|say|explain|let\\s+(?:me|us)\\s+know)|do\\s+you\\s+know|does\\s+(?:anyone|anybody)\\s+know|i\\s+(?:want\\s+to|would\\s+like\\s+to|need\\s+to)\\s+know|tell\\s+(?:me|us)|any\\s+idea|explain)\\s+(?=${WH}\\b)`,
      "i",
    ),
    replacement: "",
    example: "can u tell me who built the dam",
    expected: "who built the dam?",
  },
  {
    name: '"X count?" → "how many X?"',
    pattern: /^(?:what(?:'s|’s| is| was)?\s+)?(?:the\s+)?(?!how\b)([\p{L}\p{N}'’ -]+?)\s+count\s*\??$/iu,
    replacement: "how many $1?",
    example: "passenger count?",
    expected: "how many passenger?",
  },
  {
    // (Not an amount that moved, "shares jumped?", nor a thing that went on, "talks resumed?".)
    name: '"jobs lost?" → "how many jobs were lost?" (a bare plural and what befell it asks a count)',
    pattern:
      /^(?:the\s+)?((?!(?:news|series|species|means|politics)\b)\p{L}+s|people|children|men|women|police|staff|crew|sheep|cattle)\s+(?!(?:rose|fell|grew|jumped|dropped|climbed|surged|slumped|soared|plunged|tumbled|rallied|increased|decreased|improved|recovered|changed|moved|happened|occurred|started|ended|stopped|continued|resumed|returned|arrived|left|stayed|remained|failed|worked|went|came)\b)(lost|hurt|cut|hit|shut|sold|built|held|freed|stolen|taken|seized|\p{L}+ed)\s*\??$/iu,
    replacement: "how many $1 were $2?",
    example: "jobs lost?",
    expected: "how many jobs were lost?",
  },
  {
    // (One word, or "the" and one: "the envoy met who" has a verb, and is read by the question-word
    // move below; "Doctor Who", capitalised, is a name.)
    name: '"X who?" → "who is X?" (a bare name with the question word last)',
    pattern: /^(?!(?:who|what|when|where|why|how|which|and|but|so|or|then)\b)((?:the\s+)?[\p{L}'’.-]+)\s+who\s*\??$/u,
    replacement: "who is $1?",
    example: "brek who",
    expected: "who is brek?",
  },
  {
    name: '"X how many?" → "how many X?" (the question word last, as chat puts it)',
    pattern: /^(?!(?:how|and|but|so|or|then)\b)([\p{L}\p{N}'’ -]+?)\s*,?\s+how\s+(many|much)\s*\??$/iu,
    replacement: "how $2 $1?",
    example: "boats in the harbour how many",
    expected: "how many boats in the harbour?",
  },
  {
    name: '"the number of X?" → "how many X?"',
    pattern: /^(?:(?:what(?:'s|’s| is| was)?|give me|tell me)\s+)?(?:the\s+)?(?:total\s+)?number of\s+(.+?)\s*\??$/i,
    replacement: "how many $1?",
    example: "total number of flights cancelled",
    expected: "how many flights cancelled?",
  },
  {
    name: '"what age is X?" → "how old is X?" (a person\'s age, not an era)',
    pattern: /^what\s+age\s+(is|was|are|were)\b/i,
    replacement: "how old $1",
    example: "what age is the new captain",
    expected: "how old is the new captain?",
  },
  {
    name: '"names of X?" → "what are the names of X?"',
    pattern: /^(?:(?:give me|tell me|list)\s+)?(?:the\s+)?names of\s+(.+?)\s*\??$/i,
    replacement: "what are the names of $1?",
    example: "names of the injured miners?",
    expected: "what are the names of the injured miners?",
  },
  {
    name: '"name of X?" → "what is the name of X?"',
    pattern: /^(?:(?:give me|tell me)\s+)?(?:the\s+)?name of\s+(.+?)\s*\??$/i,
    replacement: "what is the name of $1?",
    example: "name of the ship that sank",
    expected: "what is the name of the ship that sank?",
  },
  {
    name: '"X name?" → "what is the name of the X?" ("X scientific name?" keeps its kind of name)',
    rewrite: (text) =>
      text.replace(
        /^(?!(?:what|who|which|whose|the|a|an|his|her|its|their|my|your|our)\b)([\p{L}\s'’-]+?)(?:['’]s)?\s+(?:(scientific|full|real|first|last|maiden|stage|official|common|middle|family)\s+)?name\s*\??$/iu,
        (_, x: string, kind?: string) => `what is the ${kind ? `${kind.toLowerCase()} ` : ""}name of the ${x}?`,
      ),
    example: "marsh shrew scientific name?",
    expected: "what is the scientific name of the marsh shrew?",
  },
  {
    name: '"X capacity?" / "lake average depth?" → "what is the (average) capacity of X?" (a measure of a thing)',
    rewrite: (text) =>
      text.replace(
        new RegExp(
          `^(?!(?:what|who|which|whose|how|when|where|why|is|are|was|were|did|does|do|his|her|its|their|my|your|our)\\b)(?:([\\p{L}\\s'’-]+?)(?:['’]s)?\\s+)??(?:(${MEASURE_KINDS.source.slice(2, -2)}|avg|max)\\s+)?(population|capacity|height|length|depth|width|elevation|altitude|weight|attendance|turnout)\\s*\\??$`,
          "iu",
        ),
        (all: string, x: string | undefined, kind: string | undefined, measure: string) =>
          x || kind
            ? `what is the ${kind ? `${FULL_KIND[kind.toLowerCase()] ?? kind.toLowerCase()} ` : ""}${measure.toLowerCase()}${x ? ` of ${x}` : ""}?`
            : all,
      ),
    example: "harrow stadium capacity?",
    expected: "what is the capacity of harrow stadium?",
  },
  {
    name: '"max fine for X?" → "how much is the maximum fine for X?" (an amount of money, by its kind)',
    rewrite: (text) =>
      text.replace(
        /^(max|maximum|min|minimum|avg|average|total|top|highest|lowest)\s+(fine|fines|penalty|price|cost|fee|salary|wage|pay|bill|tax|rent)\b\s*(.*?)\s*\??$/iu,
        (_, kind: string, what: string, rest: string) =>
          `how much is the ${FULL_KIND[kind.toLowerCase()] ?? kind.toLowerCase()} ${what.toLowerCase()}${rest ? ` ${rest}` : ""}?`,
      ),
    example: "max fine for shops that break the rule",
    expected: "how much is the maximum fine for shops that break the rule?",
  },
  {
    name: '"what did X do for a living?" → "who was X?" (a job is what says who someone is)',
    rewrite: (text) =>
      text.replace(
        /^what\s+(did|does|do)\s+(.+?)\s+do\s+for\s+(?:a\s+)?(?:living|work|job)\s*\??$/i,
        (_, aux: string, who: string) => `who ${/^did$/i.test(aux) ? "was" : /^do$/i.test(aux) ? "are" : "is"} ${who}?`,
      ),
    example: "wat did her father do for a living",
    expected: "who was her father?",
  },
  {
    name: '"anyone hurt?" → "was anyone hurt?", "anyone die?" → "did anyone die?"',
    rewrite: (text) =>
      text
        .replace(/^(any(?:one|body)|some(?:one|body))\s+(hurt|injured|killed|arrested|\w+ed)\b/i, "was $1 $2")
        .replace(
          /^(any(?:one|body)|some(?:one|body))\s+(?!(?:is|was|were|are|has|have|had|did|will)\b)(\w+)\b/i,
          "did $1 $2",
        ),
    example: "any1 die",
    expected: "did anyone die?",
  },
  {
    name: '"what happened?", "tldr", "summary?" → "what is the article about?"',
    pattern:
      /^(?:so\s+)?(?:what\s+happened|what\s+is\s+(?:going\s+on|happening|the\s+story|this\s+about|the\s+news)|summary|summari[sz]e(?:\s+it|\s+this)?|tl;?dr|gist)\s*\??$/i,
    replacement: "what is the article about?",
    example: "wat happened",
    expected: "what is the article about?",
  },
  {
    name: '"death toll?" → "how many died?"',
    pattern: /^(?:what(?:'s|’s| is| was)?\s+)?(?:the\s+)?death toll\b(.*?)\??$/i,
    replacement: "how many died$1?",
    example: "whats the death toll",
    expected: "how many died?",
  },
  {
    name: '"X bday?" / "X\'s birthday?" → "when was X born?"',
    pattern:
      /^(?:when(?:'s|’s|s| is| was)\s+|what(?:'s|’s|s| is| was)\s+)?(?!when\b|what\b|whens\b|whats\b|(?:her|his|their)\s+\S+\s*\??$)(.+?)(?:['’]s)?\s+(?:bday|b-day|birthday|date of birth|dob)\s*\??$/i,
    replacement: "when was $1 born?",
    example: "mira okafor bday?",
    expected: "when was mira okafor born?",
  },
  {
    name: '"whens her birthday?" → "when was she born?" (a pronoun\'s birthday)',
    rewrite: (text) => {
      const m = PRONOUN_BIRTHDAY.exec(text);
      const person = { her: "she", his: "he", their: "they" }[m?.[1]?.toLowerCase() as "her" | "his" | "their"];
      return person ? `when was ${person} born?` : text;
    },
    example: "whens her birthday",
    expected: "when was she born?",
  },
  {
    name: '"what is the envoy called?", "what is the name of the envoy?" → "who is the envoy?" (a person asked by a role)',
    rewrite: (text) => {
      const m =
        /^what(?:'s|’s|s| is| was)\s+(.+?)\s+called\s*\??$/i.exec(text) ??
        /^what(?:'s|’s|s| is| was)\s+the\s+name\s+of\s+(.+?)\s*\??$/i.exec(text);
      const role = m?.[1]?.split(/\s+/).at(-1)?.toLowerCase() ?? "";
      // (Not a group's name: "what is the team called?" asks its name.)
      return m && isPersonNoun(role) && !COLLECTIVE_NOUNS.has(role) ? `who is ${m[1]}?` : text;
    },
    example: "whats the new coach called",
    expected: "who is the new coach?",
  },
  {
    name: '"X is who (exactly)?" → "who is X?" (the question word last, as chat puts it)',
    pattern: /^(?!who\b)(.+?)\s+(is|was|are|were)\s+who(?:\s+(?:exactly|again|even|tho|though))?\s*\??$/i,
    replacement: "who $2 $1?",
    example: "ada brek is who exactly",
    expected: "who is ada brek?",
  },
  {
    name: '"what is the source for X?" → "who reported X?" (a report\'s source is who reported it)',
    pattern: /^(?:what(?:'s|’s| is| was)\s+)?(?:the\s+)?source\s+(?:for|of|on)\s+(.+?)\s*\??$/i,
    replacement: "who reported $1?",
    example: "whats the source for the recall",
    expected: "who reported the recall?",
  },
  {
    name: '"who speaks for X?" → "who is the spokesperson for X?"',
    pattern: /^who\s+(?:speaks|spoke|talks|talked)\s+for\s+(.+?)\s*\??$/i,
    replacement: "who is the spokesperson for $1?",
    example: "who speaks for the fire service",
    expected: "who is the spokesperson for the fire service?",
  },
  {
    name: '"what are X\'s demands?" → "what does X demand?" (the noun of asking as its verb)',
    rewrite: (text) =>
      text.replace(
        /^what\s+(are|were)\s+(.+?)['’]s?\s+(?:main\s+|key\s+)?demands\s*\??$/i,
        (_, be: string, who: string) =>
          `what ${/^were$/i.test(be) ? "did" : /s$/.test(who) && !/^\p{Lu}/u.test(who) ? "do" : "does"} ${who} demand?`,
      ),
    example: "what are the strikers' demands",
    expected: "what do the strikers demand?",
  },
  {
    name: '"whose fault is X?" / "who is at fault for X?" → "who is to blame for X?"',
    pattern: /^(?:whose\s+fault\s+(is|was)|who\s+(is|was)\s+at\s+fault\s+for)\s+(.+?)\s*\??$/i,
    replacement: "who $1$2 to blame for $3?",
    example: "whose fault was the blackout",
    expected: "who was to blame for the blackout?",
  },
  {
    name: '"any Xs …?" → "are there any Xs …?" (a bare "any" and a plural asks whether there are some)',
    // ("anyone …" has its own rule; "any news?" names no plural.)
    pattern: /^any\s+(?=\p{L}+s\b)(?!(?:news|means|series|species|physics|politics|ethics)\b)/iu,
    replacement: "are there any ",
    example: "any farmers among the protesters",
    expected: "are there any farmers among the protesters?",
  },
  {
    name: '"what killed X" → "why did X die" (what caused a death is its reason)',
    pattern: /^what\s+(?:killed|caused the deaths? of)\s+(.+?)\s*\??$/i,
    replacement: "why did $1 die?",
    example: "what killed the two climbers",
    expected: "why did the two climbers die?",
  },
  {
    name: '"tell X to do" → "urge X to do" (an order or a plea, not a report; not "tell me")',
    rewrite: (text) =>
      text.replace(
        /\b(tell|tells|told|telling)\s+(?!(?:me|us|you)\b)((?:[\p{L}'’-]+\s+){1,4}?)to\s+(?=\p{L})/iu,
        (_, tell: string, who: string) =>
          `${{ tell: "urge", tells: "urges", told: "urged", telling: "urging" }[tell.toLowerCase() as "tell"]} ${who}to `,
      ),
    example: "wat did the council tell the firm to do",
    expected: "what did the council urge the firm to do?",
  },
  {
    name: '"go up" / "go down" → "rise" / "fall" (how news says an amount moved; not "went up against")',
    rewrite: (text) =>
      text.replace(
        /\b(go|goes|going|went|gone)\s+(up|down)\b(?!\s+(?:against|to|in|with)\b)/gi,
        (_, go: string, way: string) => {
          const up = way.toLowerCase() === "up";
          const form = { go: 0, goes: 1, going: 2, went: 3, gone: 4 }[go.toLowerCase() as "go"];
          return (up ? ["rise", "rises", "rising", "rose", "risen"] : ["fall", "falls", "falling", "fell", "fallen"])[
            form
          ]!;
        },
      ),
    example: "did the shares go up",
    expected: "did the shares rise?",
  },
  {
    name: '"go back" / "come back" → "return" (how news says it; not "go back to work on", a resumption)',
    rewrite: (text) =>
      text.replace(
        /\b(go|goes|going|went|gone|come|comes|coming|came)\s+back\b(?!\s+(?:on|over|to\s+work)\b)/gi,
        (_, go: string) => {
          const form = { go: 0, goes: 1, going: 2, went: 3, gone: 4, come: 0, comes: 1, coming: 2, came: 3 }[
            go.toLowerCase() as "go"
          ];
          return ["return", "returns", "returning", "returned", "returned"][form]!;
        },
      ),
    example: "when did the families go back",
    expected: "when did the families return?",
  },
  {
    name: '"got" before a past participle is the passive\'s "was" ("what got stolen?" → "what was stolen?")',
    rewrite: (text) =>
      text.replace(
        /\bgot\s+(?=(?:\p{L}+(?:ed|en)|hurt|hit|shot|caught|sold|sent|lost|cut|paid|built|stuck|held|kept|told|made|found|bought|fired|jailed)\b)/giu,
        () => (/^how\s+many\b/i.test(text) ? "were " : "was "),
      ),
    example: "what got stolen from the museum",
    expected: "what was stolen from the museum?",
  },
  {
    name: '"what did X die of?" → "why did X die?" (what a death came of is its reason)',
    pattern: /^what\s+(?:did|do|does)\s+(.+?)\s+die\s+(?:of|from)\s*\??$/i,
    replacement: "why did $1 die?",
    example: "what did the old captain die of",
    expected: "why did the old captain die?",
  },
  {
    name: '"why did him die" → "why did he die" (the object pronoun of a rewritten question as its subject)',
    rewrite: (text) =>
      text.replace(
        /^(why did|when did|how did)\s+(him|her|them)\b/i,
        (_, wh: string, p: string) => `${wh} ${{ him: "he", her: "she", them: "they" }[p.toLowerCase() as "him"]}`,
      ),
    example: "wat killed him",
    expected: "why did he die?",
  },
  {
    name: '"X\'s job / role / position" → "who is X" (the roles the article gives X)',
    pattern:
      /^what(?:'s|’s| is| was)?\s+(?:(?:the\s+)?(?:job|role|position|post|title|function)\s+of\s+(.+?)|(.+?)['’]s?\s+(?:job|role|position|post|title|function))\s*\??$/i,
    replacement: "who is $1$2?",
    example: "what is the coach's job",
    expected: "who is the coach?",
  },
  {
    name: 'a claim and "who says so?" in one message ("the mayor in lisbon?? who said so") → "who said …?"',
    rewrite: (text) => {
      const m =
        /^(.+?)[\s?!.,]+(?:who\s+says(?:\s+so|\s+that)?|says\s+who|who\s+said\s+(?:so|that)|according\s+to\s+who(?:m)?)\s*[?!.]*$/i.exec(
          text,
        );
      // (A question before it is its own question: "how many died? source?" is left to the follow-up rules.)
      return m && !QUESTION_START.test(m[1]!) ? `who said ${m[1]}?` : text;
    },
    example: "the mayor in lisbon?? who said so",
    expected: "who said the mayor in lisbon?",
  },
  {
    name: 'a bare "X title?" / "X\'s job?" → "who is X?"',
    // (Not "the film title?": a name has no article before it. Nor "job title", nor a question, nor
    // "article title?", which asks for the headline.)
    rewrite: (text) =>
      text.replace(
        /^(?!(?:the|a|an|his|her|their|its|my|your|job|what|who|which|how|is|are|was|were|did|does|do|article|story|report|piece|news)\b)(\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2})\s+(?:job|role|title)\s*\??$/iu,
        // ("bogdanovs job?" is left to the topic reading, which finds the name the article writes.)
        (whole, who: string) => (/[^'’s]s$/i.test(who) ? whole : `who is ${who.replace(/['’]s?$/, "")}?`),
      ),
    example: "okafor title?",
    expected: "who is okafor?",
  },
  {
    name: '"let X go" / "let go of X" → "release X"',
    pattern:
      /\blet(?:ting)?\s+(?:go\s+(?:of\s+)?(.+?)|(.+?)\s+go)(?=\s*[?.!]?$|\s+(?:soon|now|yet|already|today|before|after)\b)/i,
    replacement: "release $1$2",
    example: "will the gang let the captives go",
    expected: "will the gang release the captives?",
  },
  {
    name: '"was let go" / "were set free" → "was / were released"',
    pattern: /\b(is|are|was|were|be|been|being|get|gets|got)\b(.{0,40}?)\s+(?:let\s+go|set\s+free)\b/gi,
    replacement: "$1$2 released",
    example: "were the sailors set free",
    expected: "were the sailors released?",
  },
  {
    name: '"set X free" → "release X"',
    pattern: /\bset\s+(.+?)\s+free\b/gi,
    replacement: "release $1",
    example: "did the court set the driver free",
    expected: "did the court release the driver?",
  },
  {
    name: 'the question word left where the answer goes ("X is meeting who?") → "who is X meeting?"',
    // (The question word in lower case, as chat types it: "Doctor Who" is a name. No question word
    // or preposition in the subject: "in what year did …" is a question already.)
    pattern:
      /^((?:(?!(?:[Ww]ho|[Ww]hom|[Ww]hat|[Ww]hich|[Ww]hen|[Ww]here|[Ww]hy|[Hh]ow|[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ff]or)\b)\S+\s+){0,2}?(?!(?:[Ww]ho|[Ww]hom|[Ww]hat|[Ww]hich|[Ww]hen|[Ww]here|[Ww]hy|[Hh]ow)\b)\S+)\s+(is|are|was|were|will|would|did|does|do|has|have|had|can|could)\s+(?!not\b)(\S+)\s+(who|whom|what)\b(.*?)\s*\??$/,
    replacement: "$4 $2 $1 $3$5?",
    example: "the mayor is meeting who in the capital",
    expected: "who is the mayor meeting in the capital?",
  },
  {
    name: 'a bare comparison ("more than 100 hostages?") → "are there more than 100 hostages?"',
    // (A yes/no question the article's number settles: see answer/compare-numbers.ts.)
    pattern:
      /^((?:more|fewer|less|greater|higher|lower)\s+than|over|under|at\s+least|at\s+most)\s+(?=[\d.,]+%?(?:\s|$)|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|a\s+hundred|a\s+thousand|half)\b)/i,
    replacement: "are there $1 ",
    example: "more than 100 hostages",
    expected: "are there more than 100 hostages?",
  },
  {
    name: 'a bare score ("final score?") → "what was the final score?"',
    pattern: /^(?:the\s+)?((?:final\s+|half-time\s+)?score)\s*\?*$/i,
    replacement: "what was the $1?",
    example: "final score?",
    expected: "what was the final score?",
  },
  {
    name: 'a bare role ("club coach?", "the union leader", "city fire service spokesperson") → "who is the club coach?"',
    // (Not a group: "the union members?" is a topic. Nor a name alone: "okafor?".)
    rewrite: (text) => {
      const m = /^(?:the\s+)?((?:[\p{L}'’-]+\s+){1,3})([\p{L}]+)\s*\?*$/u.exec(text.trim());
      const role = m?.[2]?.toLowerCase() ?? "";
      // (Nor a phrase with a preposition: "average loss per person?" asks for an amount.)
      const linked = /\b(?:per|of|for|in|on|at|by|with|from|to|and|or|a|an)\b/i.test(m?.[1] ?? "");
      if (
        !m ||
        linked ||
        QUESTION_START.test(text) ||
        !isPersonNoun(role) ||
        COLLECTIVE_NOUNS.has(role) ||
        /s$/.test(role)
      )
        return text;
      return `who is the ${m[1]}${m[2]}?`;
    },
    example: "club coach?",
    expected: "who is the club coach?",
  },
  {
    name: 'a bare topic ("the mayor?", "floods") → "tell me about …"',
    topic: true,
    rewrite: (text) => {
      // "and the port?" with no question before it is just the port.
      const topic = text.replace(/^(?:and|but|also|plus|or)\s+/i, "");
      return isBareTopic(topic) ? `tell me about ${topic.replace(/\s*\?+$/, "")}` : text;
    },
    example: "the harbour master?",
    expected: "tell me about the harbour master?",
  },
  {
    name: '"what about X" with no question before it → "tell me about X"',
    topic: true,
    pattern: /^(?:and\s+)?(?:what|how)\s+about\s+(.+?)\s*\??$/i,
    replacement: "tell me about $1?",
    example: "what about the lighthouse",
    expected: "tell me about the lighthouse?",
  },
];

/**
 * Rewrites chat language into a plain question: shorthand spelt out, a question mark at the end.
 * With `topics: false` a bare topic stays as it is, for a follow-up to read against the question before;
 * `onlyTopics` then reads it as a topic after all, when it was not a follow-up.
 */
export function normaliseChat(text: string, options: { topics?: boolean; onlyTopics?: boolean } = {}): string {
  let out = text.replace(/\s+/g, " ").trim();
  for (const rule of CHAT_RULES) {
    if (rule.topic ? options.topics === false : options.onlyTopics) continue;
    // (Spaces tidied only after a rule changed something: `out` is tidy already, and tidying it
    // after every rule copied the question once a rule, a sixth of all an ask allocated.)
    const changed = applyRule(rule, out);
    if (changed !== out) out = changed.replace(/\s+/g, " ").trim();
  }
  // "who won" reads the same as "who won?"; a question mark makes the reading plain to show back.
  if (out && !/[?!.]$/.test(out)) out += "?";
  return out;
}

export function applyRule(rule: ChatRule, text: string): string {
  if (rule.rewrite) return rule.rewrite(text);
  return text.replace(rule.pattern!, rule.replacement ?? "");
}

/**
 * A few words that ask nothing: no question word, no verb, not a command ("okonkwo?", "floods",
 * "the new budget"). Read as "tell me about" them.
 */
export function isBareTopic(text: string): boolean {
  const bare = text.replace(/[?!.]+$/, "").trim();
  if (!bare || QUESTION_START.test(bare)) return false;
  const words = bare.split(/\s+/);
  if (words.length > 5) return false;
  // One word is a topic whatever the tagger guesses ("floods" is a verb too).
  if (words.length === 1) return !new RegExp(`^${WH}$`, "i").test(bare);
  // A question word anywhere ("the bridge cost what?") makes it a question, not a topic.
  if (words.some((w) => new RegExp(`^${WH}$`, "i").test(w))) return false;
  // (A word after a number is a noun, whatever else it may be: "two state solution", "three match ban".)
  const tagged = tagSentence(bare);
  return !tagged.some(
    (t, i) =>
      t.tags.has("Verb") && !t.tags.has("Gerund") && !t.tags.has("Adjective") && !tagged[i - 1]?.tags.has("Value"),
  );
}
