import autocannon from "autocannon";
import { ms } from "./latency";
import type { GraphqlRequest } from "./questions";

export interface LoadTestResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Connection errors, timeouts, non-2xx answers and GraphQL errors in 200 answers. */
  errors: number;
}

export interface LoadSettings {
  connections: number;
  seconds: number;
  /**
   * Seconds of the same load, not measured, before the timed run. Both JITs (Node's and, on
   * Neo4j, the JVM's) take thousands of requests to settle: a trivial Cypher statement takes
   * 4 ms on a cold service and 0.7 ms on a warm one. The figures are for a warm service.
   */
  warmupSeconds: number;
}

/**
 * A fixed number of connections asking one question back to back for a bounded time
 * (autocannon, on loopback), after a warm-up under the same load. GraphQL errors arrive with
 * status 200, so bodies are read too.
 */
export async function loadTest(
  url: string,
  request: GraphqlRequest,
  { connections, seconds, warmupSeconds }: LoadSettings,
): Promise<LoadTestResult> {
  if (warmupSeconds > 0) {
    await timedLoad(url, request, connections, warmupSeconds);
  }
  return timedLoad(url, request, connections, seconds);
}

async function timedLoad(
  url: string,
  request: GraphqlRequest,
  connections: number,
  seconds: number,
): Promise<LoadTestResult> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
    connections,
    duration: seconds,
    timeout: 30,
    setupClient: (client) =>
      client.on("body", (body) => {
        if (body.includes('"errors":[')) graphqlErrors++;
      }),
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx + graphqlErrors,
  };
}

/** Every request answered, and at least one within the run. */
export const healthy = (r: LoadTestResult) => r.requests > 0 && r.errors === 0;

export function describeLoad(r: LoadTestResult): string {
  if (r.requests === 0) return `no answer finished within the run (${r.errors} errors)`;
  return (
    `${Math.round(r.requestsPerSecond)} req/s, p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, ` +
    `${r.errors} errors`
  );
}

/**
 * The first answers, which may wait for start-up work (the snapshot behind rankings and links):
 * asked until one comes back whole, for at most `patienceMs`, then `times` more.
 */
export async function warmUp(
  url: string,
  request: GraphqlRequest,
  { times, patienceMs }: { times: number; patienceMs: number },
): Promise<void> {
  const deadline = Date.now() + patienceMs;
  for (;;) {
    try {
      await askOnce(url, request);
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  for (let i = 0; i < times; i++) await askOnce(url, request);
}

/** One request, checked: the benchmark refuses to time a question that is answered wrongly. */
export async function askOnce(url: string, request: GraphqlRequest): Promise<unknown> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  const body = (response.headers.get("content-type")?.includes("json") ? JSON.parse(text) : {}) as {
    data?: unknown;
    errors?: unknown[];
  };
  if (response.status !== 200 || body.errors || body.data === undefined) {
    throw new Error(
      `${url} answered ${response.status} to ${request.query.split("(")[0]}: ${text.slice(0, 500)}`,
    );
  }
  return body.data;
}
