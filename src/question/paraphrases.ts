// News paraphrases: a word of the question that the articles never use, swapped for the word news
// writing uses for the same thing, when the articles use that one ("a party official" → member,
// "how many kids" → children). General news usage, not of any one article; each row
// with a made-up example. A word the articles do use (in any form) is never swapped.
import { isStopword, termKey, tokenize } from "../text/tokens.ts";

export interface Paraphrase {
  /** The word as a question may put it (lower case). */
  word: string;
  /** What news writing says instead, most likely first. */
  instead: readonly string[];
  /** A made-up question and article sentence the row is for. */
  example: { question: string; sentence: string; readAs: string };
  /**
   * What news writing says instead when an object and a verb with "to" follow ("want the mayor to
   * resign": urged, not called for), with its example.
   */
  withObjectAndTo?: { instead: readonly string[]; example: { question: string; sentence: string; readAs: string } };
}

export const PARAPHRASES: readonly Paraphrase[] = [
  {
    word: "official",
    instead: ["member", "leader", "spokesperson", "spokesman", "representative", "minister"],
    example: {
      question: "is Ana Ruiz a union official?",
      sentence: "Ana Ruiz, a member of the union, spoke first.",
      readAs: "is Ana Ruiz a union member?",
    },
  },
  {
    word: "officials",
    instead: ["members", "leaders", "representatives", "ministers"],
    example: {
      question: "which officials met the mayor?",
      sentence: "Two leaders of the council met the mayor.",
      readAs: "which leaders met the mayor?",
    },
  },
  {
    word: "boss",
    instead: ["leader", "head", "chief", "director", "chairman", "chief executive"],
    example: {
      question: "who is the boss of the agency?",
      sentence: "Lena Ortiz, the head of the agency, resigned.",
      readAs: "who is the leader of the agency?",
    },
  },
  {
    word: "ceo",
    instead: ["chief executive", "chief", "head", "director", "chairman"],
    example: {
      question: "who is the ceo of the bakery chain?",
      sentence: "Lena Ortiz, the chief executive of the bakery chain, resigned.",
      readAs: "who is the chief executive of the bakery chain?",
    },
  },
  {
    word: "kids",
    instead: ["children", "pupils", "students"],
    example: {
      question: "how many kids were hurt?",
      sentence: "Four children were injured in the crash.",
      readAs: "how many children were hurt?",
    },
  },
  {
    word: "cops",
    instead: ["police", "officers"],
    example: {
      question: "when did the cops arrive?",
      sentence: "Police arrived at noon.",
      readAs: "when did the police arrive?",
    },
  },
  {
    word: "troops",
    instead: ["soldiers", "forces"],
    example: {
      question: "how many troops were sent?",
      sentence: "About 300 soldiers were sent to the border.",
      readAs: "how many soldiers were sent?",
    },
  },
  {
    word: "runs",
    instead: ["controls", "governs", "leads", "heads", "manages"],
    example: {
      question: "who runs the port?",
      sentence: "The Harbour Guild, which controls the port, raised its fees.",
      readAs: "who controls the port?",
    },
  },
  {
    word: "jailed",
    instead: ["imprisoned", "detained", "arrested", "sentenced"],
    example: {
      question: "who was jailed?",
      sentence: "The driver was detained on Monday.",
      readAs: "who was detained?",
    },
  },
  {
    word: "quit",
    instead: ["resign", "step"],
    example: {
      question: "why did the coach quit?",
      sentence: "The coach resigned after the defeat.",
      readAs: "why did the coach resign?",
    },
  },
  {
    word: "truce",
    instead: ["ceasefire", "cease-fire", "armistice"],
    example: {
      question: "when did the truce start?",
      sentence: "The ceasefire started at dawn.",
      readAs: "when did the ceasefire start?",
    },
  },
  {
    word: "ceasefire",
    instead: ["truce", "armistice"],
    example: {
      question: "who broke the ceasefire?",
      sentence: "Rebels broke the truce overnight.",
      readAs: "who broke the truce?",
    },
  },
  {
    word: "deal",
    instead: ["agreement", "accord", "pact", "contract"],
    example: {
      question: "who signed the deal?",
      sentence: "The two firms signed an agreement.",
      readAs: "who signed the agreement?",
    },
  },
  {
    word: "ties",
    instead: ["relations", "links"],
    example: {
      question: "does the island have ties with the mainland?",
      sentence: "The island maintains relations with the mainland.",
      readAs: "does the island have relations with the mainland?",
    },
  },
  {
    word: "work",
    instead: ["employ", "employs", "employed"],
    example: {
      question: "how many people work at the mill?",
      sentence: "The mill employs 300 people.",
      readAs: "how many people employ at the mill?",
    },
  },
  {
    word: "pay",
    instead: ["buy", "spend", "cost"],
    example: {
      question: "how much did the council pay for the ferry?",
      sentence: "The council agreed to buy the ferry for £2 million.",
      readAs: "how much did the council buy for the ferry?",
    },
  },
  {
    word: "paid",
    instead: ["bought", "spent", "cost"],
    example: {
      question: "how much was paid for the mill?",
      sentence: "The mill was bought for £400,000.",
      readAs: "how much was bought for the mill?",
    },
  },
  {
    word: "paying",
    instead: ["buying", "spending"],
    example: {
      question: "how much is the club paying for the striker?",
      sentence: "The club is buying the striker for £9 million.",
      readAs: "how much is the club buying for the striker?",
    },
  },
  {
    word: "money",
    instead: ["funding", "funds", "cash", "budget"],
    example: {
      question: "where does the money come from?",
      sentence: "The funding comes from the state.",
      readAs: "where does the funding come from?",
    },
  },
  {
    word: "want",
    instead: ["call for", "demand", "seek", "urge"],
    example: {
      question: "what does the union want?",
      sentence: "The union has called for a four-day week.",
      readAs: "what does the union call for?",
    },
    withObjectAndTo: {
      instead: ["urge", "ask", "call on", "press"],
      example: {
        question: "what does the union want the council to do?",
        sentence: "The union has called for talks and urged the council to reopen the depot.",
        readAs: "what does the union urge the council to do?",
      },
    },
  },
  {
    word: "wants",
    instead: ["calls for", "demands", "seeks", "urges"],
    example: {
      question: "who wants a four-day week?",
      sentence: "The union has called for a four-day week.",
      readAs: "who calls for a four-day week?",
    },
    withObjectAndTo: {
      instead: ["urges", "asks", "calls on", "presses"],
      example: {
        question: "who wants the mayor to resign?",
        sentence: "The union called for a vote, and the council urged the mayor to resign.",
        readAs: "who urges the mayor to resign?",
      },
    },
  },
  {
    word: "beat",
    instead: ["defeat", "defeated"],
    example: {
      question: "did the rovers beat the city?",
      sentence: "The rovers defeated the city 2-0.",
      readAs: "did the rovers defeat the city?",
    },
  },
  {
    word: "based",
    instead: ["headquartered"],
    example: {
      question: "where is the bank based?",
      sentence: "The bank is headquartered in Carrowby.",
      readAs: "where is the bank headquartered?",
    },
  },
  {
    word: "admit",
    instead: ["acknowledge", "concede", "confess"],
    example: {
      question: "did the firm admit fault?",
      sentence: "The firm acknowledged fault on Monday.",
      readAs: "did the firm acknowledge fault?",
    },
  },
  {
    word: "admitted",
    instead: ["acknowledged", "conceded", "confessed"],
    example: {
      question: "who admitted the error?",
      sentence: "The minister conceded the error.",
      readAs: "who conceded the error?",
    },
  },
  {
    word: "support",
    instead: ["back", "endorse"],
    example: {
      question: "do the greens support the plan?",
      sentence: "The greens back the plan.",
      readAs: "do the greens back the plan?",
    },
  },
  {
    word: "supported",
    instead: ["backed", "endorsed"],
    example: {
      question: "who supported the bill?",
      sentence: "The bill was backed by the farmers' union.",
      readAs: "who backed the bill?",
    },
  },
  {
    word: "robbed",
    instead: ["stolen", "raided", "burgled"],
    example: {
      question: "which shop was robbed?",
      sentence: "Jewellery was stolen from the Brek shop overnight.",
      readAs: "which shop was stolen?",
    },
  },
  {
    word: "tank",
    instead: ["fall", "drop", "slump", "plunge"],
    example: {
      question: "how much did the shares tank?",
      sentence: "The shares fell 12%.",
      readAs: "how much did the shares fall?",
    },
  },
  {
    word: "tanked",
    instead: ["fallen", "dropped", "slumped", "plunged"],
    example: {
      question: "why have sales tanked?",
      sentence: "Sales slumped after the recall.",
      readAs: "why have sales fallen?",
    },
  },
  {
    word: "flip",
    instead: ["overturn", "overturned"],
    example: {
      question: "did the bus flip?",
      sentence: "The bus overturned on the bend.",
      readAs: "did the bus overturn?",
    },
  },
  {
    word: "flipped",
    instead: ["overturned"],
    example: {
      question: "how many cars flipped?",
      sentence: "Two cars overturned in the storm.",
      readAs: "how many cars overturned?",
    },
  },
  {
    word: "sacked",
    instead: ["dismissed", "fired"],
    example: {
      question: "who was sacked?",
      sentence: "The coach was dismissed on Friday.",
      readAs: "who was dismissed?",
    },
  },
  {
    word: "fired",
    instead: ["dismissed", "sacked"],
    example: {
      question: "why was the coach fired?",
      sentence: "The coach was sacked after the defeat.",
      readAs: "why was the coach sacked?",
    },
  },
  {
    word: "houses",
    instead: ["homes", "properties", "buildings"],
    example: {
      question: "how many houses were damaged?",
      sentence: "About 60 homes were damaged.",
      readAs: "how many homes were damaged?",
    },
  },
  {
    word: "house",
    instead: ["home", "property", "building"],
    example: {
      question: "was her house damaged?",
      sentence: "Her home was damaged by the flood.",
      readAs: "was her home damaged?",
    },
  },
  {
    word: "planes",
    instead: ["aircraft", "jets", "airliners"],
    example: {
      question: "how many planes does the airline have?",
      sentence: "The airline has 42 aircraft.",
      readAs: "how many aircraft does the airline have?",
    },
  },
  {
    word: "plane",
    instead: ["aircraft", "jet", "airliner"],
    example: {
      question: "where was the plane going?",
      sentence: "The jet was flying to Carrowby.",
      readAs: "where was the jet going?",
    },
  },
  {
    word: "hikes",
    instead: ["rises", "increases"],
    example: {
      question: "how many rate hikes has the bank made?",
      sentence: "It was the bank's ninth rise in a row.",
      readAs: "how many rate rises has the bank made?",
    },
  },
  {
    word: "hike",
    instead: ["rise", "increase"],
    example: {
      question: "how big was the rate hike?",
      sentence: "The bank announced a rise of half a point.",
      readAs: "how big was the rate rise?",
    },
  },
  {
    word: "went",
    instead: ["visited", "travelled", "traveled", "arrived"],
    example: {
      question: "who went to the capital?",
      sentence: "A trade delegation visited the capital on Monday.",
      readAs: "who visited the capital?",
    },
  },
  {
    word: "go",
    instead: ["visit", "travel", "arrive"],
    example: {
      question: "when did the envoy go to the island?",
      sentence: "The envoy will visit the island in May.",
      readAs: "when did the envoy visit the island?",
    },
  },
  {
    word: "going",
    instead: ["travelling", "traveling", "visiting", "visit"],
    example: {
      question: "who is going to the summit?",
      sentence: "Three ministers are travelling to the summit.",
      readAs: "who is travelling to the summit?",
    },
  },
  {
    word: "coming",
    instead: ["visiting", "arriving", "visit", "arrive"],
    example: {
      question: "who is coming to the port?",
      sentence: "The queen is visiting the port next week.",
      readAs: "who is visiting the port?",
    },
  },
  {
    word: "came",
    instead: ["visited", "arrived"],
    example: {
      question: "who came to the festival?",
      sentence: "About 40,000 fans visited the festival.",
      readAs: "who visited the festival?",
    },
  },
  {
    // ("found" is left out: "found only in the reed beds" says where a thing lives.)
    word: "discover",
    instead: ["identify"],
    example: {
      question: "what did the team discover?",
      sentence: "The team identified a new species of frog.",
      readAs: "what did the team identify?",
    },
  },
  {
    word: "discovered",
    instead: ["identified"],
    example: {
      question: "who discovered the wreck?",
      sentence: "Two divers identified the wreck in 1998.",
      readAs: "who identified the wreck?",
    },
  },
  {
    word: "quake",
    instead: ["earthquake", "tremor"],
    example: {
      question: "how strong was the quake?",
      sentence: "The earthquake had a magnitude of 6.2.",
      readAs: "how strong was the earthquake?",
    },
  },
  {
    word: "jab",
    instead: ["injection", "vaccine", "vaccination", "shot"],
    example: {
      question: "how often is the jab given?",
      sentence: "The injection is given once a month.",
      readAs: "how often is the injection given?",
    },
  },
  {
    word: "grandkids",
    instead: ["grandchildren"],
    example: {
      question: "did she have grandkids?",
      sentence: "She is survived by three grandchildren.",
      readAs: "did she have grandchildren?",
    },
  },
  {
    word: "dad",
    instead: ["father"],
    example: {
      question: "what did his dad do?",
      sentence: "His father was a baker.",
      readAs: "what did his father do?",
    },
  },
  {
    word: "mum",
    instead: ["mother"],
    example: {
      question: "where was her mum from?",
      sentence: "Her mother came from a fishing village.",
      readAs: "where was her mother from?",
    },
  },
  {
    word: "mom",
    instead: ["mother"],
    example: {
      question: "what was his mom called?",
      sentence: "His mother, Ada, ran the shop.",
      readAs: "what was his mother called?",
    },
  },
  {
    word: "attendance",
    instead: ["crowd", "spectators", "fans"],
    example: {
      question: "what was the attendance?",
      sentence: "A crowd of 12,000 watched the final.",
      readAs: "what was the crowd?",
    },
  },
  {
    word: "fans",
    instead: ["spectators", "crowd", "supporters"],
    example: {
      question: "how many fans were at the final?",
      sentence: "The final was watched by 12,000 spectators.",
      readAs: "how many spectators were at the final?",
    },
  },
  {
    word: "spectators",
    instead: ["crowd", "fans", "supporters"],
    example: {
      question: "how many spectators watched the derby?",
      sentence: "A crowd of 12,000 watched the derby.",
      readAs: "how many crowd watched the derby?",
    },
  },
  {
    word: "ref",
    instead: ["referee", "umpire"],
    example: {
      question: "who was the ref?",
      sentence: "The referee, Ada Brek, sent off two players.",
      readAs: "who was the referee?",
    },
  },
];

const byWord = new Map(PARAPHRASES.map((p) => [p.word, p]));

/** An object of up to four words, then "to" and a verb: "the city council to reopen". */
const OBJECT_AND_TO = /^\s+(?:[\p{L}'’-]+\s+){1,4}to\s+\p{L}/u;

/**
 * The news word for `lower` that the articles use (in some form), when they never use `lower` in
 * any form. `after` is the question's text after the word.
 */
export function paraphraseOf(
  lower: string,
  usesKey: (key: string) => boolean,
  after = "",
  evenIfUsed = false,
): string | undefined {
  const row = byWord.get(lower);
  if (!row || (!evenIfUsed && usesKey(termKey(lower)))) return undefined;
  // ("want to raise the wage": the verb after "to" is what is asked, and stays as it is.)
  if (row.withObjectAndTo && /^\s+to\s+\p{L}/u.test(after)) return undefined;
  const instead = row.withObjectAndTo && OBJECT_AND_TO.test(after) ? row.withObjectAndTo.instead : row.instead;
  // ("call for": the articles must use its words, the small ones aside.)
  // (Keyed as a question's words are: "call for" by its idiom, the key of "urge".)
  return instead.find((w) => tokenize(w).every((part) => isStopword(part.lower) || usesKey(part.key)));
}
