// The words that mark a reason or a means in a sentence ("because of …", "caused …", "used … to",
// "by …"): where choose-span.ts finds the answer to "why?" and "how?". Rows of data, each with a
// made-up question, the sentence that answers it, and the short answer the marker must find there.

export interface MarkerExample {
  readonly question: string;
  readonly sentence: string;
  readonly answer: string;
}

export interface MarkerRow {
  /** The marker's forms; a form may be a phrase ("as a result"). */
  readonly forms: readonly string[];
  readonly example: MarkerExample;
}

/**
 * "… because of X", "due to X", "as a result of X", "in order to X": the reason follows the marker
 * (and the "of", "to" or "that" after it).
 */
export const REASON_MARKERS: readonly MarkerRow[] = [
  {
    forms: ["because"],
    example: {
      question: "Why did the ferry stop?",
      sentence: "The ferry stopped because of a storm.",
      answer: "a storm",
    },
  },
  {
    forms: ["due"],
    example: {
      question: "Why was the match delayed?",
      sentence: "The match was delayed due to heavy snow.",
      answer: "heavy snow",
    },
  },
  {
    forms: ["since"],
    example: {
      question: "Why did the shop close?",
      sentence: "The shop closed since the owner retired.",
      answer: "the owner retired",
    },
  },
  {
    forms: ["owing"],
    example: {
      question: "Why was the flight cancelled?",
      sentence: "The flight was cancelled owing to fog.",
      answer: "fog",
    },
  },
  {
    forms: ["thanks"],
    example: {
      question: "Why did the harvest grow?",
      sentence: "The harvest grew thanks to warm weather.",
      answer: "warm weather",
    },
  },
  {
    forms: ["as a result"],
    example: {
      question: "Why did the bridge close?",
      sentence: "The bridge closed as a result of the floods.",
      answer: "the floods",
    },
  },
  {
    forms: ["citing"],
    example: {
      question: "Why was the road closed?",
      sentence: "Police closed the road on Sunday, citing safety concerns.",
      answer: "safety concerns",
    },
  },
  {
    forms: ["on the grounds"],
    example: {
      question: "Why was the permit refused?",
      sentence: "The council refused the permit on the grounds that the site floods.",
      answer: "the site floods",
    },
  },
  {
    forms: ["ruling"],
    example: {
      question: "Why was the tower blocked?",
      sentence: "A judge blocked the tower, ruling that the city had ignored its own rules.",
      answer: "the city had ignored its own rules",
    },
  },
  {
    // News gives the cause of a recall or a withdrawal as what was reported before it.
    forms: ["after reports", "following reports", "after complaints", "following complaints"],
    example: {
      question: "Why were the heaters recalled?",
      sentence: "The firm recalled 9,000 heaters after reports that the switches could melt.",
      answer: "the switches could melt",
    },
  },
  {
    forms: ["amid fears", "amid concerns"],
    example: {
      question: "Why was the festival cancelled?",
      sentence: "The festival was cancelled amid fears that the river would flood.",
      answer: "the river would flood",
    },
  },
  {
    forms: ["in order"],
    example: {
      question: "Why did the council borrow money?",
      sentence: "The council borrowed money in order to repair the roads.",
      answer: "repair the roads",
    },
  },
];

/** "Heavy rain caused the river to burst": what stands before a causing verb is the reason. */
export const CAUSING_VERBS: readonly MarkerRow[] = [
  {
    forms: ["caused", "causes", "cause", "causing"],
    example: {
      question: "Why did the river burst its banks?",
      sentence: "Heavy rain caused the river to burst its banks.",
      answer: "Heavy rain",
    },
  },
  {
    forms: ["forced", "forces"],
    example: {
      question: "Why did the climbers turn back?",
      sentence: "A blizzard forced the climbers to turn back.",
      answer: "A blizzard",
    },
  },
  {
    forms: ["led", "leads"],
    example: {
      question: "Why did the minister resign?",
      sentence: "The scandal led the minister to resign.",
      answer: "The scandal",
    },
  },
  {
    forms: ["prompted", "prompts"],
    example: {
      question: "Why did the school close?",
      sentence: "A gas leak prompted the school to close.",
      answer: "A gas leak",
    },
  },
  {
    forms: ["triggered", "triggers"],
    example: {
      question: "Why did the alarm sound?",
      sentence: "Smoke triggered the alarm to sound.",
      answer: "Smoke",
    },
  },
  {
    forms: ["made", "makes"],
    example: {
      question: "Why did the crowd cheer?",
      sentence: "The late goal made the crowd cheer.",
      answer: "The late goal",
    },
  },
];

/** "blamed X for the drop": what was blamed, before "for", is the reason. */
export const BLAMING_VERBS: readonly MarkerRow[] = [
  {
    forms: ["blamed", "blames", "blame", "blaming", "credited", "credits"],
    example: {
      question: "Why did the ferry sink?",
      sentence: "Investigators blamed a faulty valve for sinking the ferry.",
      answer: "a faulty valve",
    },
  },
];

/** "used boats to reach the village": the means, named between the verb and "to". */
export const MEANS_VERBS: readonly MarkerRow[] = [
  {
    forms: ["used", "uses", "use", "using", "employed", "employing"],
    example: {
      question: "How did rescuers reach the village?",
      sentence: "Rescuers used boats to reach the village.",
      answer: "boats",
    },
  },
];

/** "raised the money through a lottery": the manner, a phrase opened by one of these after the verb. */
export const MANNER_MARKERS: readonly MarkerRow[] = [
  {
    forms: ["by", "through", "using", "via", "with"],
    example: {
      question: "How did the town raise the money?",
      sentence: "The town raised the money through a lottery.",
      answer: "through a lottery",
    },
  },
];

/**
 * "What was the meeting about?": the topic, the phrase after one of these ("met … to discuss the
 * budget", "talks on the border", "a row over fishing rights").
 */
export const TOPIC_MARKERS: readonly MarkerRow[] = [
  {
    forms: ["discuss", "discussed", "discussing"],
    example: {
      question: "What was the meeting about?",
      sentence: "The mayor met the union leaders on Monday to discuss the new rota.",
      answer: "the new rota",
    },
  },
  {
    forms: ["about", "concerning", "regarding"],
    example: {
      question: "What was the letter about?",
      sentence: "The council sent a letter to residents about the parking charges.",
      answer: "the parking charges",
    },
  },
  {
    forms: ["over"],
    example: {
      question: "What was the dispute about?",
      sentence: "The two clubs are locked in a dispute over the ground lease.",
      answer: "the ground lease",
    },
  },
  {
    forms: ["on"],
    example: {
      question: "What were the talks about?",
      sentence: "The neighbours held talks on water rights in the valley.",
      answer: "water rights in the valley",
    },
  },
];

/** One whole-word pattern for the forms of these rows: /^(caused|causes|…)$/. */
export function formsPattern(rows: readonly MarkerRow[]): RegExp {
  return new RegExp(`^(?:${rows.flatMap((r) => r.forms).join("|")})$`);
}

/**
 * Verbs that report a thought, as say verbs report words: "what do experts fear?" of "Experts fear
 * the stones could be sold" is answered by the clause after the verb.
 */
export const THOUGHT_VERBS: readonly MarkerRow[] = [
  {
    forms: ["fear", "fears", "feared"],
    example: {
      question: "What do locals fear?",
      sentence: "Locals fear the river will flood again this winter.",
      answer: "the river will flood again this winter",
    },
  },
  {
    forms: ["believe", "believes", "believed"],
    example: {
      question: "What do police believe?",
      sentence: "Police believe the gang fled across the border on foot.",
      answer: "the gang fled across the border on foot",
    },
  },
  {
    forms: ["think", "thinks", "thought"],
    example: {
      question: "What do doctors think?",
      sentence: "Doctors think the outbreak began at a wedding in May.",
      answer: "the outbreak began at a wedding in May",
    },
  },
  {
    forms: ["expect", "expects", "expected"],
    example: {
      question: "What do analysts expect?",
      sentence: "Analysts expect prices to fall sharply next year.",
      answer: "prices to fall sharply next year",
    },
  },
  {
    forms: ["suspect", "suspects", "suspected"],
    example: {
      question: "What do investigators suspect?",
      sentence: "Investigators suspect a faulty valve caused the blast.",
      answer: "a faulty valve caused the blast",
    },
  },
  {
    forms: ["warn", "warns", "warned"],
    example: {
      question: "What did scientists warn?",
      sentence: "Scientists warn the glacier could vanish within decades.",
      answer: "the glacier could vanish within decades",
    },
  },
];
