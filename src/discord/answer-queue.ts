// Answers one interaction per turn of the event loop. Without it a burst of interactions is answered
// back to back with no I/O in between: no reply leaves until the whole burst is computed, and the
// last ones reach Discord after its 3 s window. Taking turns lets each reply go out as soon as it is
// ready, and the queue's length tells the handler when an interaction would wait too long, so it
// can be deferred (acknowledged) before its answer is computed.
import { performance } from "node:perf_hooks";

/** Weight of the newest turn in the average turn time. */
const SMOOTHING = 0.2;

export class AnswerQueue {
  private readonly jobs: Array<() => void> = [];
  private running = false;
  private lastTurnAt = 0;
  /** Average wall time of one turn while busy: the answer plus the I/O that runs after it (2 ms to start). */
  private turnMs = 2;
  /** Acknowledgements (deferrals) on their way to Discord; answers wait for them, they have 15 minutes. */
  private acknowledging = 0;

  get length(): number {
    return this.jobs.length;
  }

  /** How long a job queued now would wait for its turn. */
  expectedWaitMs(): number {
    return this.jobs.length * this.turnMs;
  }

  /**
   * Sends an acknowledgement before any further answer is computed: in a burst, every interaction
   * must be acknowledged within Discord's 3 s, while its answer may come later.
   */
  async acknowledge<T>(send: () => Promise<T>): Promise<T> {
    this.acknowledging += 1;
    try {
      return await send();
    } finally {
      this.acknowledging -= 1;
    }
  }

  /** Runs `job` in its turn; the promise settles with its result. */
  run<T>(job: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(() => {
        try {
          resolve(job());
        } catch (err) {
          reject(err);
        }
      });
      if (!this.running) {
        this.running = true;
        this.lastTurnAt = performance.now();
        setImmediate(() => this.turn());
      }
    });
  }

  private turn(): void {
    if (this.acknowledging > 0) {
      // Let the acknowledgements out first; look again in a moment.
      setTimeout(() => this.turn(), 1);
      return;
    }
    const now = performance.now();
    this.turnMs += SMOOTHING * (now - this.lastTurnAt - this.turnMs);
    this.lastTurnAt = now;
    const job = this.jobs.shift();
    if (!job) {
      this.running = false;
      return;
    }
    job();
    setImmediate(() => this.turn());
  }
}
