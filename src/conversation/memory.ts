// What a conversation remembers for follow-ups ("and the port?", "why?"): the last question read in
// it, for a few minutes. A conversation is a key the front end chooses (a user in a channel, the
// terminal, the bot's answer a reply points at). Bounded: the oldest entries go first.
export interface ConversationMemoryOptions {
  /** How long a question stays a follow-up's context (default 5 minutes). */
  ttlMs?: number;
  /** How many conversations are remembered at most (default 10,000). */
  maxEntries?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export const DEFAULT_FOLLOW_UP_TTL_MS = 5 * 60 * 1000;

/** One conversation's last question as read, and the short answer given to it (when one was). */
export interface Remembered {
  question: string;
  answer?: string;
}

export class ConversationMemory {
  private readonly entries = new Map<string, Remembered & { at: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: ConversationMemoryOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_FOLLOW_UP_TTL_MS;
    this.maxEntries = Math.max(1, options.maxEntries ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  /**
   * Remembers the question just read in this conversation, and the short answer given to it (for
   * "who else?"); an empty question is not worth remembering.
   */
  remember(key: string, question: string, answer?: string): void {
    if (!question.trim()) return;
    // Re-inserting moves the key to the end, so the first key is always the least recently used.
    this.entries.delete(key);
    this.entries.set(key, { question, ...(answer ? { answer } : {}), at: this.now() });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The previous question of this conversation, unless it is older than the time-to-live. */
  previous(key: string): string | undefined {
    return this.recall(key)?.question;
  }

  /** The previous question and its answer, unless older than the time-to-live. */
  recall(key: string): Remembered | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return { question: entry.question, ...(entry.answer ? { answer: entry.answer } : {}) };
  }

  /** What a front end passes to engine.ask for this conversation. */
  context(key: string): { previous?: string; previousAnswer?: string } {
    const r = this.recall(key);
    return r ? { previous: r.question, ...(r.answer ? { previousAnswer: r.answer } : {}) } : {};
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The short answer a reply gave, for "who else?" (none for a passage or a decline). */
export function givenAnswer(answer: { outcome: string; answer: string }): string | undefined {
  return answer.outcome === "answer" ? answer.answer : undefined;
}

/** The conversation of one user in one channel (a DM, a server channel, the terminal). */
export function userInChannel(user: string, channel: string): string {
  return `user:${user}:${channel}`;
}

/** The conversation a reply to one of the bot's answers continues: the question that answer answered. */
export function answerMessage(messageId: string): string {
  return `answer:${messageId}`;
}
