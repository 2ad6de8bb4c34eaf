import { AnalysisCancelledError } from "../../domain/request-cancellation";

/**
 * One computation that several requests may wait for (say, betweenness of one snapshot), with
 * its own abort signal: a request that gives up stops waiting at once, and the computation is
 * aborted when the last request waiting for it has given up, not before.
 */
export class SharedTask<T> {
  private readonly controller = new AbortController();
  private waiting = 0;
  private failed = false;
  readonly result: Promise<T>;

  constructor(start: (signal: AbortSignal) => Promise<T>) {
    this.result = start(this.controller.signal);
    this.result.catch(() => (this.failed = true));
  }

  /** Whether a new request should start the computation again rather than wait for this one. */
  get spent(): boolean {
    return this.failed || this.controller.signal.aborted;
  }

  /** The result, or AnalysisCancelledError as soon as `signal` aborts. */
  wait(signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new AnalysisCancelledError());
    this.waiting++;
    // A caller that cannot give up keeps the computation wanted for good.
    if (!signal) return this.result;
    return new Promise<T>((resolve, reject) => {
      const giveUp = () => {
        reject(new AnalysisCancelledError());
        if (--this.waiting === 0) this.controller.abort();
      };
      signal.addEventListener("abort", giveUp, { once: true });
      this.result.then(
        (value) => {
          signal.removeEventListener("abort", giveUp);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", giveUp);
          reject(error);
        },
      );
    });
  }
}
