// Who the article says a claim comes from: "according to Dunmeran sources", "the Harbour Guild claims",
// "citing a source in …", and whether it flags the claim as unverified. "Maintains" and "estimates"
// report a claim only before "that": "Velt maintains that …", not "Velt maintains close ties".
const SAY_VERBS =
  "claims?|claimed|says?|said|reported|reports|stated|states|told|announced|alleged|alleges|insisted|insists|asserted|(?:maintains|maintained|estimates?|estimated)(?=\\s+that\\b)";
// The source opens with a capital ("Velt", "The fire service", "Farmers' groups") and runs on
// for a few words that are not prepositions ("In 2019 the mayor said" names no source).
const SOURCE_CLAIMS = new RegExp(
  `(?:^|[,;:]\\s*|\\bHowever,\\s*)((?:the\\s+)?[A-Z][\\w’'-]*(?:\\s+(?!(?:in|on|at|of|for|to|and|by|with|from|after|before|during)\\b)[A-Za-z][\\w’'-]*){0,4})\\s+(${SAY_VERBS})\\b`,
);

export function findAttribution(text: string): string | undefined {
  const according = /\baccording to ([^,;.]+)/i.exec(text);
  if (according) return `according to ${according[1]!.trim()}`;
  const claims = SOURCE_CLAIMS.exec(text);
  if (claims) return `${claims[1]!.trim()} ${claims[2]}`;
  const citing = /\bciting ([^,;.]+)/i.exec(text);
  if (citing) return `citing ${citing[1]!.trim()}`;
  return undefined;
}

/** True when a sentence says a claim is not (yet) confirmed. */
export function flagsUnverified(text: string): boolean {
  return /\b(yet to be (?:independently )?(?:verified|confirmed)|(?:could|can|has|have) not (?:yet )?been (?:independently )?(?:verified|confirmed)|(?:has|have|had|did) not (?:yet )?(?:independently )?(?:verified|confirmed|verify|confirm)|unverified|unconfirmed|not independently verified)\b/i.test(
    text,
  );
}
