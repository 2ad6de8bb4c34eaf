import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { GRAPH_SIZES, generateGraphDocument } from "../../bench/generate/synthetic-graph";
import type { GraphDocument } from "../../src/domain/graph-document";
import { AnalysisPool } from "../../src/analysis/workers/analysis-pool";
import { type TestServer, startTestServer } from "../support/test-server";

/**
 * Twelve betweenness rankings, each over a view no one asked for before (a different weight
 * floor), so each is computed afresh: seconds of work on a thousand characters.
 */
const HEAVY = /* GraphQL */ `
  {
    ${Array.from(
      { length: 12 },
      (_, i) =>
        `r${i}: ranking(metric: BETWEENNESS, first: 3, minWeight: ${1 + i / 100}) { value character { id } }`,
    ).join("\n")}
  }
`;

function poolOf(server: TestServer): AnalysisPool {
  const runner = server.services.runner;
  if (!(runner instanceof AnalysisPool)) throw new Error("the server should compute in its pool");
  return runner;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 600; tries++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`still waiting for ${what}`);
}

function post(server: TestServer, query: string): Promise<Response> {
  return fetch(`${server.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
}

let graph: GraphDocument;
beforeAll(() => {
  graph = generateGraphDocument(GRAPH_SIZES.medium, 3);
});

describe("whole-graph questions run off the event loop", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(graph, { ANALYSIS_THREADS: "1", REQUEST_TIMEOUT_MS: "120000" });
  });
  afterAll(() => server.stop());

  it("answers /healthz and a character query while a heavy ranking is being computed", async () => {
    let heavyDone = false;
    const heavy = post(server, HEAVY).then(async (response) => {
      heavyDone = true;
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    });
    await until(() => poolOf(server).stats().pending > 0, "the ranking to reach the pool");

    const health = await fetch(`${server.url}healthz`);
    const someone = graph.characters[0];
    const character = await server.graphql(`{ character(name: "${someone.name}") { id } }`);
    const answeredDuringHeavy = !heavyDone;

    expect(health.status).toBe(200);
    expect(character.data).toEqual({ character: { id: someone.id } });
    expect(answeredDuringHeavy).toBe(true);
    const { status, body } = await heavy;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data as object)).toHaveLength(12);
  });
});

describe("a whole-graph question past the request timeout", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(graph, { ANALYSIS_THREADS: "1", REQUEST_TIMEOUT_MS: "500" });
    // The snapshot read, shared with the pool and decoded there, outside any request: the
    // request's half second goes to computing. (A filtered view: the whole graph's metrics
    // come from the background computation, which does not use this pool.)
    await server.services.analysis.ranking("DEGREE", 1, { minWeight: 0 });
  });
  afterAll(() => server.stop());

  it("gets TIMEOUT, and its computation is cancelled rather than left running", async () => {
    const pool = poolOf(server);
    const workersBefore = pool.stats().threadIds;
    const response = await post(server, HEAVY);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: "TIMEOUT", limit: 500 } }],
    });
    await until(() => pool.stats().pending === 0, "the cancelled tasks to leave the pool");
    const after = pool.stats();
    expect(after.cancelled).toBeGreaterThan(0);
    // The worker busy with the cancelled task was terminated and a fresh one took its place.
    expect(after.threadIds).not.toEqual(workersBefore);
    const someone = graph.characters[0];
    const character = await server.graphql(`{ character(name: "${someone.name}") { id } }`);
    expect(character).toEqual({ status: 200, data: { character: { id: someone.id } } });
  });
});

describe("stopping the service", () => {
  it("closes the analysis pool: no worker thread is left", async () => {
    const server = await startTestServer(graph, { ANALYSIS_THREADS: "2" });
    const pool = poolOf(server);
    await until(() => pool.stats().threads === 2, "the workers to start");
    await server.stop();
    expect(pool.stats().threads).toBe(0);
  });
});
