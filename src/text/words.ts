// Word lists the rules share: stopwords, question words, irregular verbs, number words,
// and the near-synonyms that news writing swaps freely.

export const STOPWORDS = new Set(
  `a an the and or but nor so yet of to in on at by for with from into onto upon about as than then that this these those
  is are was were be been being am do does did doing done has have had having will would shall should can could may might must
  it its it's itself he him his himself she her hers herself they them their theirs themselves we us our ours you your yours i me my
  there here which who whom whose what when where why how whether if while also not no any some all each every both either neither
  such very just only own same other another more most much many few less least over under again further once
  up down out off too s t d ll m o re ve y one ones anyone anybody anything someone somebody something`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that carry the question, not the topic: they never count as matches. */
export const QUESTION_NOISE = new Set(
  `what which who whom whose when where why how many much is are was were do does did`.split(" "),
);

/**
 * Chat shorthand and vague words that name no topic ("r", "u", "thing", "stuff"): never a search
 * term, and never the word a decline blames ("The article doesn't mention “thing”" tells nobody anything).
 */
export const NO_TOPIC_WORDS = new Set(
  "r u ur ya thing things stuff something anything everything whatever lol ok okay pls plz please thx hey hi".split(
    " ",
  ),
);
/** Filler: the words above plus the light verbs of a request ("want", "let", "know"), which are matched but never blamed. */
export const FILLER_WORDS = new Set([
  ...NO_TOPIC_WORDS,
  ..."want wants wanted let lets know think mean tell say get got make happen happened happening".split(" "),
  // Words about the article rather than its topic ("how many ministers are mentioned?").
  ..."mention mentions mentioned published".split(" "),
  // Adverbs of insistence or time ("has it ever …?", "is it still …?"): no topic to blame.
  ..."ever still actually always definitely officially really already yet even".split(" "),
]);

export const IRREGULAR_VERBS: Record<string, string> = {
  met: "meet",
  held: "hold",
  took: "take",
  taken: "take",
  began: "begin",
  begun: "begin",
  won: "win",
  led: "lead",
  fought: "fight",
  built: "build",
  made: "make",
  went: "go",
  gone: "go",
  gave: "give",
  given: "give",
  found: "find",
  wrote: "write",
  written: "write",
  known: "know",
  knew: "know",
  became: "become",
  chose: "choose",
  chosen: "choose",
  came: "come",
  saw: "see",
  seen: "see",
  said: "say",
  told: "tell",
  thought: "think",
  brought: "bring",
  bought: "buy",
  sold: "sell",
  left: "leave",
  lost: "lose",
  kept: "keep",
  sent: "send",
  spent: "spend",
  paid: "pay",
  ran: "run",
  rose: "rise",
  risen: "rise",
  fell: "fall",
  fallen: "fall",
  grew: "grow",
  grown: "grow",
  drew: "draw",
  drawn: "draw",
  threw: "throw",
  thrown: "throw",
  spoke: "speak",
  spoken: "speak",
  stood: "stand",
  struck: "strike",
  taught: "teach",
  caught: "catch",
  sought: "seek",
  felt: "feel",
  heard: "hear",
  meant: "mean",
  shot: "shoot",
  hid: "hide",
  hidden: "hide",
  bore: "bear",
  born: "bear",
  ate: "eat",
  eaten: "eat",
  flew: "fly",
  flown: "fly",
  drove: "drive",
  driven: "drive",
  rode: "ride",
  ridden: "ride",
  broke: "break",
  broken: "break",
  froze: "freeze",
  frozen: "freeze",
  stole: "steal",
  stolen: "steal",
  swore: "swear",
  sworn: "swear",
  wore: "wear",
  worn: "wear",
  forgot: "forget",
  forgotten: "forget",
  got: "get",
  gotten: "get",
  // ("lay" is not read as "lie": "how many eggs does it lay?" is asked far more than the past of lie.)
  laid: "lay",
  slain: "slay",
  slew: "slay",
  fled: "flee",
  fed: "feed",
  dealt: "deal",
  dug: "dig",
  hung: "hang",
  lit: "light",
  lent: "lend",
  sank: "sink",
  sunk: "sink",
  shook: "shake",
  shaken: "shake",
  sang: "sing",
  sung: "sing",
  swam: "swim",
  understood: "understand",
  withdrew: "withdraw",
  overthrew: "overthrow",
  undertook: "undertake",
  died: "die",
  dying: "die",
  dead: "die",
  death: "die",
  deaths: "die",
  men: "man",
  women: "woman",
  children: "child",
  people: "person",
  lives: "life",
};

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2e6,
  half: 0.5,
  twice: 2,
  single: 1,
  both: 2,
  several: 3,
  couple: 2,
};

/**
 * Near-synonyms, each group folded onto its first member's stem, so that a question that says
 * "hostages" finds a sentence that says "kidnapped individuals".
 */
export const SYNONYM_GROUPS: string[][] = [
  ["hostage", "kidnap", "kidnapped", "abduct", "abducted", "captive", "captured", "hostages", "abductee", "prisoner"],
  ["kill", "killed", "die", "dead", "death", "slain", "perish", "fatality", "fatalities", "casualty", "casualties"],
  ["visit", "visited", "visiting", "visitor", "visitors", "trip", "travel", "travelled", "traveled", "tour", "journey"],
  ["meet", "meeting", "talks", "negotiate", "negotiation", "discuss", "discussion"],
  [
    "say",
    "state",
    "claim",
    "announce",
    "declare",
    "assert",
    "reveal",
    "report",
    "according",
    "cite",
    "citing",
    "tell",
    "speak",
    "remark",
  ],
  ["urge", "ask", "request", "demand", "appeal"],
  ["release", "free", "freed", "liberate", "let go"],
  ["begin", "start", "commence", "launch", "initiate", "founded", "founding", "establish"],
  ["end", "finish", "conclude", "terminate", "cease"],
  ["big", "large", "huge", "great", "major", "vast"],
  // "Is it the biggest church in the country?" of "… the largest church building in the country".
  ["largest", "biggest"],
  ["larger", "bigger"],
  ["small", "little", "tiny", "minor"],
  ["buy", "purchase", "acquire"],
  ["use", "utilize"],
  // "How many employees does the mill have?" of "the mill employs 300 people" (news "employ" is hiring).
  // "How many homes lost power?" of "… left 40,000 homes without electricity".
  ["electricity", "power"],
  ["employ", "employs", "employed", "employee", "employees", "workforce", "staff"],
  ["country", "nation"],
  ["leader", "head", "chief", "ruler"],
  ["president", "presidency"],
  ["war", "conflict", "fighting", "hostilities"],
  ["attack", "assault", "strike", "raid", "offensive"],
  ["create", "invent", "develop", "design", "devise"],
  ["cause", "reason", "result"],
  ["name", "called", "title", "term"],
  ["job", "role", "position", "post", "occupation"],
  // ("national" would take the stem of "nation", a country: "a Dunmeran national" is still a citizen
  // by its other words.)
  ["citizen", "people", "person", "individual", "inhabitant", "resident", "population"],
  ["verify", "verified", "verification", "authenticity", "authentic", "confirm", "confirmed", "confirmation"],
  ["percent", "percentage"],
  // How news says an amount fell ("shares slumped", "sales dropped"); not "decline", which also refuses.
  ["fall", "drop", "slump", "plunge", "tumble", "slide"],
  // Harm to people: "how many were hurt?" of "eleven people were treated for minor injuries".
  ["injure", "injured", "injury", "injuries", "hurt", "wounded"],
  // Police news: "was anyone arrested?" of "police detained a man".
  ["arrest", "detain", "detained"],
  // "Who won?" of "… sealed victory in the final".
  ["win", "victory", "won"],
  // "Does the club keep ties with the league?" of "the club maintains close ties with …".
  ["maintain", "keep", "kept", "retain"],
  // "Who is the spokeswoman?" of "Ada Brek, the spokesperson for the ministry, …".
  ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "spokeswomen"],
  // "Who is mediating?" of "… stands as an intermediary between the two sides".
  ["mediate", "mediator", "mediation", "intermediary"],
  // What someone holds to be so: "does the council think the pier is safe?" of "the council, which
  // considers the pier safe, …" (news writes "consider" where people say "think").
  ["consider", "deem", "think", "thought", "believe"],
];

/**
 * Opposites, not converses: "Ilka, sister of Oren" does answer "who was Ilka's brother?", and
 * "sold to GTE" answers "who bought it?".
 * A question that asks about one while the sentence says the other ("modern Dunmere"
 * of a sentence about "medieval Dunmere") is not answered by that sentence.
 * (Stopwords such as "least" and "most" are never matched, so they can be no one's opposite.)
 */
/**
 * Opposite outcomes, of which a thing does one or the other: a sentence that says one answers a
 * yes/no question about the other No ("did shares fall?" of "shares rose 4%"). Not "begin"/"end":
 * "she began the opera" does not say she did not finish it.
 */
export const OPPOSITE_OUTCOMES: [string, string][] = [
  ["rise", "fall"],
  ["increase", "decrease"],
  ["gain", "loss"],
  ["accept", "reject"],
  ["allow", "forbid"],
  ["agree", "disagree"],
  ["support", "oppose"],
];

export const ANTONYM_PAIRS: [string, string][] = [
  ["first", "last"],
  ["earliest", "latest"],
  ["early", "late"],
  ["earlier", "later"],
  ["before", "after"],
  ["begin", "end"],
  ["largest", "smallest"],
  ["biggest", "smallest"],
  ["larger", "smaller"],
  ["bigger", "smaller"],
  ["big", "small"],
  ["highest", "lowest"],
  ["high", "low"],
  ["higher", "lower"],
  ["upper", "lower"],
  ["longest", "shortest"],
  ["long", "short"],
  ["oldest", "youngest"],
  ["oldest", "newest"],
  ["old", "new"],
  ["old", "young"],
  ["outgoing", "incoming"],
  ["outgoing", "next"],
  ["modern", "ancient"],
  ["modern", "medieval"],
  ["north", "south"],
  ["east", "west"],
  ["northern", "southern"],
  ["eastern", "western"],
  ["inner", "outer"],
  ["internal", "external"],
  ["maximum", "minimum"],
  ["increase", "decrease"],
  ["rise", "fall"],
  ["gain", "loss"],
  ["success", "failure"],
  ["positive", "negative"],
  ["public", "private"],
  ["domestic", "foreign"],
  ["male", "female"],
  ["full", "empty"],
  ["true", "false"],
  ["import", "export"],
  ["accept", "reject"],
  ["allow", "forbid"],
  ["legal", "illegal"],
  ["possible", "impossible"],
  ["include", "exclude"],
  ["strong", "weak"],
  ["rich", "poor"],
  ["hot", "cold"],
  ["wet", "dry"],
  ["fast", "slow"],
  ["heavy", "light"],
  ["top", "bottom"],
  ["above", "below"],
  ["inside", "outside"],
  ["input", "output"],
  ["majority", "minority"],
  ["urban", "rural"],
  ["permanent", "temporary"],
  ["common", "rare"],
  ["similar", "different"],
  ["agree", "disagree"],
  ["support", "oppose"],
  ["ally", "enemy"],
  ["friend", "enemy"],
  ["arrive", "depart"],
  ["enter", "leave"],
  ["upward", "downward"],
  ["upwards", "downwards"],
  ["day", "night"],
  ["summer", "winter"],
  ["spring", "autumn"],
  ["minor", "major"],
];
