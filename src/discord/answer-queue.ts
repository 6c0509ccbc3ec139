// Answers one interaction per turn of the event loop. Without it a burst of interactions is answered
// back to back with no I/O in between: no reply leaves until the whole burst is computed, and the
// last ones reach Discord after its 3 s window. Taking turns lets each reply go out as soon as it is
// ready, and the number of urgent answers waiting tells the handler when an interaction would wait
// too long, so it can be deferred (acknowledged) before its answer is computed.
//
// Two kinds of job: urgent ones (not acknowledged yet: Discord's 3 s run) go first; deferred ones
// (acknowledged: 15 minutes) wait while urgent answers or acknowledgements are still on their way.
import { performance } from "node:perf_hooks";

/** Weight of the newest turn in the average turn time. */
const SMOOTHING = 0.2;

export class AnswerQueue {
  private readonly urgentJobs: Array<() => void> = [];
  private readonly laterJobs: Array<() => void> = [];
  private running = false;
  private lastTurnAt = 0;
  /** Average wall time of one turn while busy: the answer plus the I/O that runs after it (2 ms to start). */
  private turnMs = 2;
  /** Acknowledgements (deferrals) on their way to Discord. */
  private acknowledging = 0;

  /** Jobs waiting, both kinds. */
  get length(): number {
    return this.urgentJobs.length + this.laterJobs.length;
  }

  /** Answers waiting that have not been acknowledged. */
  get urgent(): number {
    return this.urgentJobs.length;
  }

  /** How long an urgent job queued now would wait for its turn. */
  expectedWaitMs(): number {
    return this.urgentJobs.length * this.turnMs;
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

  /** Runs `job` in its turn (`urgent`: not acknowledged, so before any deferred one). */
  run<T>(job: () => T | Promise<T>, options: { urgent?: boolean } = {}): Promise<T> {
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
        this.lastTurnAt = performance.now();
        setImmediate(() => this.turn());
      }
    });
  }

  private turn(): void {
    const now = performance.now();
    let job = this.urgentJobs.shift();
    if (!job && this.acknowledging > 0 && this.laterJobs.length > 0) {
      // Only deferred answers left: let the acknowledgements out first; look again in a moment.
      setTimeout(() => this.turn(), 1);
      return;
    }
    job ??= this.laterJobs.shift();
    if (!job) {
      this.running = false;
      return;
    }
    this.turnMs += SMOOTHING * (now - this.lastTurnAt - this.turnMs);
    job();
    this.lastTurnAt = performance.now();
    setImmediate(() => this.turn());
  }
}
