// Keeps a burst of interactions within Discord's 3 s. Every interaction counts as waiting from its
// arrival until it is handled; past a few hundred waiting, new ones are deferred (acknowledged) at
// once, before their answer is computed. Answers not acknowledged are computed at once, as before;
// deferred ones take turns with I/O, one per turn of the event loop, and wait while
// acknowledgements are still on their way: those have 3 s, deferred answers 15 minutes. (Urgent
// answers taking turns too made the bot slower to take in a burst of 200: some arrived late.)
export class AnswerQueue {
  private readonly urgentJobs: Array<() => void> = [];
  private readonly laterJobs: Array<() => void> = [];
  private running = false;
  private acknowledging = 0;
  private waitingCount = 0;

  /** Interactions that arrived and are not handled yet. */
  get waiting(): number {
    return this.waitingCount;
  }

  /** Answers not yet computed. */
  get length(): number {
    return this.urgentJobs.length + this.laterJobs.length;
  }

  /** Counts an interaction as waiting until `respond` settles. */
  async untilResponded<T>(respond: () => Promise<T>): Promise<T> {
    this.waitingCount += 1;
    try {
      return await respond();
    } finally {
      this.waitingCount -= 1;
    }
  }

  /** Sends an acknowledgement; deferred answers wait until none is on its way. */
  async acknowledge<T>(send: () => Promise<T>): Promise<T> {
    this.acknowledging += 1;
    try {
      return await send();
    } finally {
      this.acknowledging -= 1;
    }
  }

  /** Runs `job` in its turn: `urgent` (not acknowledged) ones first, deferred ones after the acknowledgements. */
  run<T>(job: () => T | Promise<T>, options: { urgent?: boolean } = {}): Promise<T> {
    if (options.urgent !== false) return Promise.resolve().then(job);
    return new Promise<T>((resolve, reject) => {
      (options.urgent === false ? this.laterJobs : this.urgentJobs).push(() => {
        try {
          resolve(job());
        } catch (err) {
          reject(err);
        }
      });
      if (!this.running) {
        this.running = true;
        setImmediate(() => this.turn());
      }
    });
  }

  private turn(): void {
    let job = this.urgentJobs.shift();
    if (!job && this.acknowledging > 0 && this.laterJobs.length > 0) {
      setTimeout(() => this.turn(), 1);
      return;
    }
    job ??= this.laterJobs.shift();
    if (!job) {
      this.running = false;
      return;
    }
    job();
    setImmediate(() => this.turn());
  }
}
