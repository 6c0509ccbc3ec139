// "Who is X?" / "What is X?" / "Tell me about X": the roles the article gives X, its definition, or
// (except for "what is X?", which asks for a definition) the first thing it says of X.
import type { AnalysedQuestion } from "../question/analyse-question.ts";
import type { KnowledgeIndex, QueryTerm } from "../search/knowledge-index.ts";
import { RANK_WORDS } from "../text/people.ts";
import { tokenize } from "../text/tokens.ts";
import { toQuote } from "./quote.ts";
import type { Reply } from "./types.ts";
import { decline, passage } from "./decline.ts";

export function describeSubject(index: KnowledgeIndex, q: AnalysedQuestion, terms: readonly QueryTerm[]): Reply | null {
  const wanted = new Set(terms.filter((t) => t.known).map((t) => t.key));
  if (!wanted.size) return null;
  const roles = index.roleFacts().filter((f) => holdsAll(f.subject, wanted));
  if (roles.length) {
    const objects = [...new Set(roles.map((r) => r.object))];
    const sentences = [...new Set(roles.map((r) => r.sentence))].map((id) => index.sentences[id]!);
    return {
      answered: true,
      answer: `${roles[0]!.subject}: ${objects.join("; ")}`,
      quotes: sentences.map(toQuote),
      related: [],
    };
  }
  // The index already holds each sentence's keys: no need to tokenise the whole knowledge base.
  const mentioning = index.sentences.filter(
    (s) => s.part === "body" && [...wanted].every((k) => index.hasKey(s.id, k)),
  );
  if (!mentioning.length) return null;
  const name = q.tokens.filter((t) => wanted.has(t.key)).map((t) => t.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  for (const pattern of name.length ? definitionPatterns(name.join("\\s+")) : []) {
    for (const s of mentioning) {
      const m = pattern.exec(s.text);
      if (m) return { answered: true, answer: headPhrase(m[1]!), quotes: [toQuote(s)], related: [] };
    }
  }
  const first = mentioning[0]!;
  // "What is X?" asks for a definition; a sentence that merely mentions X is related reading.
  if (q.tokens[0]?.lower === "what") {
    const asked = terms
      .filter((t) => t.known)
      .map((t) => q.tokens.find((k) => k.lower === t.lower)?.text ?? t.lower)
      .join(" ");
    const verb = /^(is|are|was|were)$/.test(q.tokens[1]?.lower ?? "") ? q.tokens[1]!.lower : "is";
    return {
      answered: false,
      answer: `The article doesn't say what “${asked}” ${verb}.`,
      quotes: [],
      related: mentioning.slice(0, 2).map(toQuote),
    };
  }
  // "Tell me about X": the first thing the article says of X is a passage to read, not a short answer.
  return passage("The article says:", [toQuote(first)]);
}

/** The person a role fact gives every word of the question: "who is the prime minister?" → Giorgia Meloni. */
export function holderOfRole(index: KnowledgeIndex, terms: readonly QueryTerm[], question = ""): Reply | null {
  const wanted = terms.filter((t) => t.known).map((t) => t.key);
  if (!wanted.length) return null;
  // Several people may hold it ("deputy minister" of two countries): all of them, not the first.
  // "Deputy mayor" is another role than "mayor": a rank word the question lacks rules a holder out.
  const asked = new Set(terms.map((t) => t.lower));
  const otherRank = (role: string) => tokenize(role).some((w) => RANK_WORDS.has(w.lower) && !asked.has(w.lower));
  // The role asked must be the role held, not a word before it: "who is the leader of the port?"
  // is not answered by "the port's chief negotiator" ("chief" says which negotiator).
  // (A role word the articles never use, "the health sec", is no test.)
  const askedRole = roleHeadKey(question);
  const head = terms.some((t) => t.known && t.key === askedRole) ? askedRole : undefined;
  // "Who is the vice chancellor?" asks a role the articles don't give when they never use "vice":
  // the chancellor they name holds another one.
  if (head && unknownModifier(question, terms)) return null;
  const held = index.roleFacts().filter((f) => holdsAll(f.object, wanted) && (!head || roleHeadKey(f.object) === head));
  const facts = held.filter((f) => !otherRank(f.object));
  const holders = [...new Map(facts.map((f) => [f.subject, f])).values()].slice(0, 3);
  // "Who is the foreign minister?" of an article that names only deputy foreign ministers: it
  // doesn't say, and the reply names whom it does give. (Only when no other sentence has the role
  // word: "Vell wins mayoral race" may say who the mayor is.)
  const heldIn = new Set(held.map((f) => f.sentence));
  const onlyThere = head !== undefined && index.sentences.every((s) => heldIn.has(s.id) || !index.hasKey(s.id, head));
  if (!holders.length && held.length && onlyThere) {
    const others = [...new Map(held.map((f) => [f.subject, f])).values()].slice(0, 3);
    return decline(
      `The article doesn't say: it names ${others.map((f) => `${f.subject} (${f.object})`).join(", ")}.`,
      [...new Set(others.map((f) => f.sentence))].map((id) => toQuote(index.sentences[id]!)),
    );
  }
  if (!holders.length) return null;
  const sentences = [...new Set(holders.map((f) => f.sentence))].map((id) => toQuote(index.sentences[id]!));
  return { answered: true, answer: holders.map((f) => f.subject).join("; "), quotes: sentences, related: [] };
}

/**
 * "What was the hurricane called?", "what is the name of the ship?": the name the article gives
 * with the noun asked written as its first word ("Hurricane Delphi", "Storm Arlo", "Operation
 * Tern"), from the first body sentence that has it (the headline if none does).
 */
export function nameOfKind(index: KnowledgeIndex, q: AnalysedQuestion): Reply | null {
  if (!q.asksName) return null;
  const kind =
    /^what\s+(?:is|was)\s+the\s+(\p{Ll}+)\s+(?:called|named)\s*\??$/u.exec(q.text)?.[1] ??
    /^what\s+(?:is|was)\s+the\s+name\s+of\s+the\s+(\p{Ll}+)\s*\??$/u.exec(q.text)?.[1] ??
    /^what\s+(?:is|was)\s+the\s+(\p{Ll}+)['’]s\s+name\s*\??$/u.exec(q.text)?.[1];
  if (!kind || kind === "name") return null;
  const written = kind[0]!.toUpperCase() + kind.slice(1);
  const named = new RegExp(`\\b${written}(?:\\s+\\p{Lu}[\\p{L}'’-]*)+`, "u");
  // "What was the ferry called?" of "… aboard the MV Lenna": a ship's name goes by its prefix.
  const patterns = VESSEL_KINDS.test(kind) ? [VESSEL_NAME, named] : [named];
  const sentences = [...index.sentences].sort((a, b) => Number(a.part !== "body") - Number(b.part !== "body"));
  for (const pattern of patterns) {
    for (const s of sentences) {
      const m = pattern.exec(s.text);
      if (m) return { answered: true, answer: m[0], quotes: [toQuote(s)], related: [] };
    }
  }
  return null;
}

/**
 * The rank word before the role's head noun in the question when the articles never use it
 * ("prime" of "prime minister", "vice" of "vice chancellor"), with that noun: they give no such
 * role. (Not any word: "museum director" may be asked of a "gallery director".)
 */
export function unknownModifier(
  question: string,
  terms: readonly QueryTerm[],
): { modifier: QueryTerm; role: string } | undefined {
  const head = roleHeadKey(question);
  const words = tokenize(question);
  const at = words.findIndex((w) => w.key === head);
  const before = at > 0 ? words[at - 1]! : undefined;
  const modifier = before && terms.find((t) => t.key === before.key);
  return modifier !== undefined && !modifier.known && RANK_WORDS.has(modifier.lower)
    ? { modifier, role: words[at]!.lower }
    : undefined;
}

/**
 * The key of a role's head noun: its last word before "of", "for" or "at" ("the head of the
 * guild" → head, "Tarnby's chief negotiator" → negotiator). Of a question, the role it asks after
 * "who is/was": "who is the leader of Velt?" → leader.
 */
export function roleHeadKey(text: string): string | undefined {
  const role = text.replace(/^\s*who\s+(?:is|was|are|were)\s+/i, "").replace(/\?\s*$/, "");
  const words = tokenize(role.split(/\s+(?:of|for|at|in)\s+/i)[0]!).filter((t) => /^\p{L}/u.test(t.text));
  return words.at(-1)?.key;
}

/** Kinds of ship, whose names carry a prefix in news writing ("the MV Lenna", "HMS Carrow"). */
const VESSEL_KINDS =
  /^(?:ship|vessel|ferry|boat|yacht|liner|tanker|trawler|warship|submarine|freighter|frigate|destroyer|carrier)$/;
/** A ship's prefix and its name: "MV Lenna", "HMS Tarn Castle", "RMS Orra". */
const VESSEL_NAME =
  /\b(?:MV|MS|MY|MT|HMS|HMAS|HMCS|HMNZS|RMS|SS|USS|USNS|FV|RV|INS)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;

/** Keys of the role facts' texts, tokenised once rather than on every question. */
const factTextKeys = new Map<string, ReadonlySet<string>>();
function holdsAll(text: string, wanted: Iterable<string>): boolean {
  let keys = factTextKeys.get(text);
  if (!keys) {
    keys = new Set(tokenize(text).map((t) => t.key));
    if (factTextKeys.size < 50_000) factTextKeys.set(text, keys);
  }
  for (const k of wanted) if (!keys.has(k)) return false;
  return true;
}

/** Ways an article says what a name stands for, most telling first; group 1 is the answer. */
function definitionPatterns(name: string): RegExp[] {
  return [
    // An acronym spelled out: "The Rural Water Board (RWB)".
    new RegExp(`((?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+(?:of|for|and|on|de|\\p{Lu}[\\p{L}-]*))*)\\s+\\(${name}\\)`, "u"),
    // An apposition: "Velt, the Dunmeran shipping firm based in Carrowby,". Not an item of a list:
    // in "Velt, Oren Task, the port authority, and the council" the port authority is not Velt.
    new RegExp(`\\b${name}(?:['’]s)?,\\s+((?:the|a|an)\\s[^,;.]+)(?=[,;.]|$)(?!,\\s+(?:and|or)\\b)`),
    // A gloss in brackets: "petrology (the study of rocks)".
    new RegExp(`\\b${name}\\s+\\(((?:the|a|an)\\s[^()]+|[\\p{Ll}][^()]*)\\)`, "iu"),
    // A definition: "FloodNet is a network of river gauges …", up to the end of that clause.
    new RegExp(`\\b${name}\\s+(?:is|was|are|were)\\s+((?:a|an|the|one)\\s.+?)(?:[;:]|\\.?$)`, "i"),
    // A part it plays: "the council stands as an intermediary", "Velt acts as the agent".
    new RegExp(`\\b${name}\\s+(?:stands|stood|acts|acted|serves|served)\\s+as\\s+((?:a|an|the)\\s[^,;.]+)`, "i"),
  ];
}

/** The defining phrase without the clauses that go on about it: "a suite of protocols, originally released …". */
function headPhrase(text: string): string {
  return text.split(/,\s+(?=\p{Ll})|\s+(?:that|which|who|whose)\s|\s+\(/u)[0]!.trim();
}
