import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { GRAPH_SIZES, generateGraphDocument } from "../../bench/generate/synthetic-graph";
import type { GraphDocument } from "../../src/domain/graph-document";
import { readConfig } from "../../src/app/config";
import { type RunningServer, startServer } from "../../src/app/start-server";
import { MemoryStore } from "../../src/store/memory/memory-store";
import { AnalysisPool } from "../../src/analysis/workers/analysis-pool";
import type { AnalysisRunner } from "../../src/analysis/workers/analysis-runner";
import { AnalysisCancelledError } from "../../src/domain/request-cancellation";
import { type TestServer, startTestServer } from "../support/test-server";

const KEY = "test-ingest-key-0123456789";

interface Computation {
  snapshotVersion: number;
  computedAt: string;
  approximate: boolean;
  sampledSources: number | null;
  background: boolean;
}

const COMPUTATION = "snapshotVersion computedAt approximate sampledSources background";
const STATUS = /* GraphQL */ `{ metricsStatus { snapshotVersion serving { ${COMPUTATION} } } }`;
const RANKING = /* GraphQL */ `
  {
    ranking(metric: BETWEENNESS, first: 3) {
      value
      character { id }
      computedFor { ${COMPUTATION} }
    }
  }
`;

async function status(server: TestServer) {
  const { data } = await server.graphql<{
    metricsStatus: { snapshotVersion: number; serving: Computation | null };
  }>(STATUS);
  return data!.metricsStatus;
}

/** Asks metricsStatus until `done` holds (the background computation runs in its own worker). */
async function until(server: TestServer, done: (s: Awaited<ReturnType<typeof status>>) => boolean) {
  for (let tries = 0; tries < 1200; tries++) {
    const now = await status(server);
    if (done(now)) return now;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the background computation did not complete");
}

function poolOf(server: TestServer): AnalysisPool {
  const runner = server.services.runner;
  if (!(runner instanceof AnalysisPool)) throw new Error("the server should compute in its pool");
  return runner;
}

let graph: GraphDocument;
beforeAll(() => {
  graph = generateGraphDocument(GRAPH_SIZES.medium, 5);
});

describe("the whole graph's metrics, computed in the background", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(graph, { INGEST_API_KEY: KEY, ANALYSIS_THREADS: "1" });
  });
  afterAll(() => server.stop());

  it("answers ranking(BETWEENNESS) from the background computation, computing nothing for it", async () => {
    const ready = await until(server, (s) => s.serving?.approximate === false);
    expect(ready).toMatchObject({ snapshotVersion: 1, serving: { snapshotVersion: 1 } });
    const askedBefore = poolOf(server).stats().asked;

    const { data, errors } = await server.graphql<{
      ranking: { value: number; computedFor: Computation }[];
    }>(RANKING);

    expect(errors).toBeUndefined();
    expect(data!.ranking).toHaveLength(3);
    for (const ranked of data!.ranking) expect(ranked.computedFor).toEqual(ready.serving);
    expect(ready.serving).toMatchObject({
      background: true,
      approximate: false,
      sampledSources: null,
    });
    // The question's own pool was asked for nothing: the answer was already computed.
    expect(poolOf(server).stats().asked).toBe(askedBefore);
  });

  it("computes a filtered view on demand, and says so", async () => {
    const { data } = await server.graphql<{ ranking: { computedFor: Computation }[] }>(
      /* GraphQL */ `{ ranking(metric: PAGERANK, first: 1, minWeight: 2) { computedFor { ${COMPUTATION} } } }`,
    );
    expect(data!.ranking[0].computedFor).toMatchObject({ background: false, approximate: false });
  });

  it("moves to a new snapshot version after an ingest", async () => {
    const [a, b] = graph.characters;
    const text = `At the harbour, ${a.name} meets ${b.name}.\n\nLater, ${a.name} and ${b.name} argue.`;
    const ingest = await server.graphql(
      /* GraphQL */ `
        mutation ($text: String!) {
          ingestDocument(title: "Harbour", text: $text) {
            alreadyPresent
          }
        }
      `,
      { text },
      { authorization: `Bearer ${KEY}` },
    );
    expect(ingest.errors).toBeUndefined();
    const after = await until(server, (s) => s.serving?.snapshotVersion === 2);
    expect(after.snapshotVersion).toBe(2);
    const { data } = await server.graphql<{ ranking: { computedFor: Computation }[] }>(RANKING);
    expect(data!.ranking[0].computedFor.snapshotVersion).toBe(2);
  });
});

/** A background worker that never finishes: the first computation stays under way. */
const stuck: AnalysisRunner = {
  run: (_source, _task, signal) =>
    new Promise((_resolve, reject) =>
      signal?.addEventListener("abort", () => reject(new AnalysisCancelledError())),
    ),
  close: async () => undefined,
};

describe("a question before the first computation completes", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const store = new MemoryStore();
    await store.load(graph);
    const config = readConfig({ PORT: "0", HOST: "127.0.0.1" });
    server = await startServer(config, store, new AnalysisPool(1), stuck);
  });
  afterAll(() => server.stop());

  const ask = async (query: string) => {
    const response = await fetch(`${server.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: unknown; errors?: { extensions: object }[] };
  };

  it("gets SERVICE_UNAVAILABLE, reason METRICS_NOT_READY, within seconds rather than a hang", async () => {
    const started = Date.now();
    const { data, errors } = await ask(RANKING);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(data).toBeNull();
    expect(errors?.[0].extensions).toEqual({
      code: "SERVICE_UNAVAILABLE",
      reason: "METRICS_NOT_READY",
      computingSnapshotVersion: 1,
    });
  });

  it("says in metricsStatus that the computation is under way", async () => {
    const { data } = await ask(/* GraphQL */ `
      {
        metricsStatus {
          snapshotVersion
          serving {
            snapshotVersion
          }
          computing {
            snapshotVersion
            approximate
          }
        }
      }
    `);
    expect(data).toEqual({
      metricsStatus: {
        snapshotVersion: 1,
        serving: null,
        computing: { snapshotVersion: 1, approximate: true },
      },
    });
  });
});
