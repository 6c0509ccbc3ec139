// Keeps a burst of interactions within Discord's 3 s. Past a few hundred arrivals in the last second,
// new ones are deferred (acknowledged) at once, before their answer is computed. Answers not acknowledged are computed at once, as before;
// deferred ones take turns with I/O, one per turn of the event loop, and wait while
// acknowledgements are still on their way: those have 3 s, deferred answers 15 minutes. (Urgent
// answers taking turns too made the bot slower to take in a burst of 200: some arrived late.)
export class AnswerQueue {
  private readonly urgentJobs: Array<() => void> = [];
  private readonly laterJobs: Array<() => void> = [];
  private running = false;
  private acknowledging = 0;
  /** Arrival times (ms), oldest first, for the last second. */
  private readonly arrivals: number[] = [];

  /** Notes an arrival; returns how many arrived in the last `windowMs`, this one included. */
  arrived(now = Date.now(), windowMs = 1000): number {
    this.arrivals.push(now);
    let drop = 0;
    while (drop < this.arrivals.length && this.arrivals[drop]! <= now - windowMs) drop++;
    if (drop > 0) this.arrivals.splice(0, drop);
    return this.arrivals.length;
  }

  /** Answers not yet computed. */
  get length(): number {
    return this.urgentJobs.length + this.laterJobs.length;
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
