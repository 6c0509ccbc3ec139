// How the engine reads what was typed: cleaned, chat language spelt out (chat-language.ts), fitted
// to the articles' words (fit-to-articles.ts) and, for a follow-up, read against the previous
// question of the conversation (follow-up.ts). The result is the question the analysis sees.
import { analyseQuestion, cleanQuestion } from "./analyse-question.ts";
import { normaliseChat } from "./chat-language.ts";
import { type ArticleWords, fitToArticles } from "./fit-to-articles.ts";
import { nameForPronoun, resolveFollowUp } from "./follow-up.ts";

export interface ReadQuestion {
  /** What was typed, cleaned of control characters, mentions and Markdown. */
  asked: string;
  /** The question the engine answers. */
  text: string;
  /** `text`, when it says something other than `asked` (a follow-up, chat spelling), for showing back. */
  readAs?: string;
  /** For a follow-up, the question read on its own ("what about Kelby?" → "tell me about Kelby?"). */
  alone?: string;
}

/** The conversation so far: its previous question and the short answer given to it. */
export interface Conversation {
  previous?: string;
  previousAnswer?: string;
}

export function readQuestion(raw: string, words?: ArticleWords, conversation: Conversation = {}): ReadQuestion {
  const { previous, previousAnswer } = conversation;
  const asked = cleanQuestion(raw);
  const fitted = (text: string) => (words ? fitToArticles(text, words) : text);
  const current = asksForJob(fitted(normaliseChat(asked, { topics: false })), words);
  const before = previous ? fitted(normaliseChat(cleanQuestion(previous))) : "";
  // "and the port?" against the previous question; "what did she say?" against the answer it got.
  const followUp =
    (before ? resolveFollowUp(before, current) : undefined) ??
    (previousAnswer ? readAgain(nameForPronoun(current, previousAnswer, before)) : undefined);
  const plain = followUp ?? normaliseChat(current, { onlyTopics: true });
  // "how old is he?" asked of an entry about one person: he is that person.
  const text = followUp ? plain : (aboutEntry(plain, words?.entrySubject?.()) ?? plain);
  // (Only for a name: "and vehicles?" after "how many residents attended?" means what it says, but
  // "what about Kelby?" after "why are they held?" is as likely a new topic.)
  const alone = followUp && NAME_TOPIC.test(current) ? normaliseChat(current, { onlyTopics: true }) : undefined;
  return {
    asked,
    text,
    ...(sameWords(asked, text) ? {} : { readAs: text }),
    ...(alone && alone !== text ? { alone } : {}),
  };
}

/** "and Kelby?", "what about Ada Brek": a follow-up whose topic is a name. */
const NAME_TOPIC =
  /^(?:and|but|also|plus|or|(?:and\s+)?(?:what|how)\s+about)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*\??$/u;

/**
 * A question whose only subject is a pronoun ("how old is he?", "how big are they?") has nothing to
 * search for; of an encyclopaedia entry it asks about the entry's subject.
 */
function aboutEntry(text: string, subject: string | undefined): string | undefined {
  if (!subject || analyseQuestion(text).terms.length > 0) return undefined;
  const pronoun = /\b(he|she|it|they|him|her|them)\b/i.exec(text);
  return pronoun ? text.slice(0, pronoun.index) + subject + text.slice(pronoun.index + pronoun[0].length) : undefined;
}

/**
 * "what does Okafor do?" asks for a job: of a name (as the articles write it, so after fitting)
 * it reads as "who is Okafor?". Of a thing it asks what it does ("what do the valves do?").
 */
function asksForJob(text: string, words: ArticleWords | undefined): string {
  const m = /^[Ww]hat\s+(does|do)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+do\s*\??$/u.exec(text);
  if (!m || !words) return text;
  // (Only a name the articles write with a capital inside a sentence: not "Phosphorylation".)
  const name = m[2]!;
  const written = (w: string) => words.capitalisedForm(w.toLowerCase().replace(/['’]s$/, "")) !== undefined;
  return name.split(/\s+/).every(written) ? `who ${m[1] === "does" ? "is" : "are"} ${name}?` : text;
}

/** "what is Mira Okafor's role?" is read by the chat rules like any question ("who is Mira Okafor?"). */
function readAgain(text: string | undefined): string | undefined {
  return text === undefined ? undefined : normaliseChat(text);
}

/** Equal but for case, spacing and punctuation: "who won" and "Who won?" need no "read as". */
function sameWords(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  return words(a) === words(b);
}
