import { DomainError } from "./domain-error";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The abort signal of the HTTP request being served, for the whole-graph computations it starts.
 *
 * Why async-local rather than passed along: the signal is the request's (src/http/
 * request-timeout.ts aborts it at the timeout or when the client goes away), and the
 * computations are several layers down (GraphQL resolvers, exports, widgets, services);
 * threading it through every resolver and service signature would touch all of them for one
 * concern. Outside a request (the CLI, tests calling services) there is no signal.
 */
const requestSignals = new AsyncLocalStorage<AbortSignal>();

/** Runs `next` (and everything it starts) with `signal` as the request's signal. */
export function withRequestSignal<T>(signal: AbortSignal, next: () => T): T {
  return requestSignals.run(signal, next);
}

export function currentRequestSignal(): AbortSignal | undefined {
  return requestSignals.getStore();
}

/**
 * A computation given up because the request that wanted it timed out or went away. By then the
 * request has its answer (TIMEOUT) or nobody is listening; the code is for the logs.
 */
export class AnalysisCancelledError extends DomainError {
  override readonly name = "AnalysisCancelledError";
  readonly code = "ANALYSIS_CANCELLED";
  constructor() {
    super("The computation was cancelled: the request timed out or was abandoned.");
  }
}
