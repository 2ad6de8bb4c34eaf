import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type FuzzRequest, fuzzRequest } from "../support/fuzz-requests";
import { type TestServer, startTestServer } from "../support/test-server";

/** Replay a failure with FUZZ_SEED=<the seed printed>; FUZZ_RUNS sets how many requests. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2500);

interface Answered {
  status: number;
  text: string;
}

/** What is wrong with an answer, or null: a 5xx, a body that is not JSON, an error with no code. */
function problemWith({ status, text }: Answered): string | null {
  if (status >= 500) return `HTTP ${status}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return `HTTP ${status} with a body that is not JSON`;
  }
  const results = Array.isArray(body) ? body : [body];
  for (const result of results as { data?: unknown; errors?: unknown }[]) {
    if (result === null || typeof result !== "object") return "an answer that is not an object";
    if (result.data === undefined && result.errors === undefined) return "neither data nor errors";
    for (const error of (result.errors ?? []) as { extensions?: { code?: unknown } }[]) {
      const code = error?.extensions?.code;
      if (typeof code !== "string" || code === "") return "an error without extensions.code";
      if (code === "INTERNAL_SERVER_ERROR") return "INTERNAL_SERVER_ERROR";
    }
  }
  return null;
}

describe("requests built to be wrong, in their thousands", () => {
  let server: TestServer;
  let sent = 0;
  /** How the answers were spread, by status and first code: printed with the figures. */
  const outcomes = new Map<string, number>();
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH, {
      INGEST_API_KEY: "the-fuzzer-never-sends-this-key",
      // On, but high: the limiter's own path is exercised without refusing the run.
      RATE_LIMIT_PER_MINUTE: "1000000",
    });
  });
  afterAll(() => server.stop());

  const send = async (request: FuzzRequest): Promise<Answered> => {
    sent++;
    const response = await fetch(`${server.url}graphql${request.search}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
    });
    const text = await response.text();
    const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? "data";
    const outcome = `${response.status} ${code}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    return { status: response.status, text };
  };

  it("never answers 5xx, INTERNAL_SERVER_ERROR or an error without a code", async () => {
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fuzzRequest, async (request) => {
        const answered = await send(request);
        const problem = problemWith(answered);
        if (problem !== null) {
          throw new Error(
            `${problem} (FUZZ_SEED=${SEED})\nrequest: ${JSON.stringify(request).slice(0, 3000)}\n` +
              `answer: ${answered.status} ${answered.text.slice(0, 1000)}`,
          );
        }
      }),
      // The first failure is the report: shrinking it would send thousands more requests.
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    if (process.env.ENSEMBLE_PRINT_FIGURES) {
      const spread = [...outcomes].sort((a, b) => b[1] - a[1]).map(([o, n]) => `${o}: ${n}`);
      process.stdout.write(
        `fuzz: ${sent} requests in ${Date.now() - started} ms, seed ${SEED}\n  ${spread.join("\n  ")}\n`,
      );
    }
    expect(sent).toBe(RUNS);
    expect((await fetch(`${server.url}healthz`)).status).toBe(200);
  }, 120_000);
});
