// Per-user rate limit on questions: at most `limit` in any `windowMs`. When someone goes over, the
// first refused question gets a polite notice and the rest are ignored until they may ask again, so
// a flood of messages never becomes a flood of notices.
export type CooldownVerdict = "ok" | "notify" | "silent";

/** What the handlers need from a cooldown: this in-memory one, or the Redis one shared by many processes. */
export interface QuestionCooldown {
  readonly enabled: boolean;
  take(userId: string): CooldownVerdict | Promise<CooldownVerdict>;
  retryAfterSeconds(userId: string): number | Promise<number>;
}

interface UserWindow {
  times: number[];
  notified: boolean;
}

export class Cooldown implements QuestionCooldown {
  private readonly users = new Map<string, UserWindow>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get enabled(): boolean {
    return this.limit > 0;
  }

  take(userId: string): CooldownVerdict {
    if (!this.enabled) return "ok";
    const now = this.now();
    this.sweep(now);
    let user = this.users.get(userId);
    if (!user) {
      user = { times: [], notified: false };
      this.users.set(userId, user);
    }
    user.times = user.times.filter((t) => now - t < this.windowMs);
    if (user.times.length < this.limit) {
      user.times.push(now);
      user.notified = false;
      return "ok";
    }
    if (user.notified) return "silent";
    user.notified = true;
    return "notify";
  }

  /** Seconds until `userId` may ask again (0 when they may ask now). */
  retryAfterSeconds(userId: string): number {
    const oldest = this.users.get(userId)?.times[0];
    if (oldest === undefined || !this.enabled) return 0;
    return Math.max(0, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  /** Forgets users with no recent questions, so memory does not grow with every user ever seen. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [id, user] of this.users) {
      if (user.times.every((t) => now - t >= this.windowMs)) this.users.delete(id);
    }
  }
}

export function cooldownNotice(seconds: number): string {
  return `You're asking faster than I can keep up with. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and ask again.`;
}
