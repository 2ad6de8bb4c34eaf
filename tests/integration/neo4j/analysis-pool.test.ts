import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { GRAPH_SIZES, generateGraphDocument } from "../../../bench/generate/synthetic-graph";
import { readConfig } from "../../../src/app/config";
import { type RunningServer, startServer } from "../../../src/app/start-server";
import type { SnapshotFilter } from "../../../src/analysis";
import type { GraphSnapshot } from "../../../src/domain/graph-snapshot";
import { MemoryStore } from "../../../src/store/memory/memory-store";
import type { Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { readGraphFile } from "../../../src/app/read-graph-file";
import { AnalysisPool } from "../../../src/analysis/workers/analysis-pool";
import { InlineAnalysis } from "../../../src/analysis/workers/analysis-runner";
import type { AnalysisTask } from "../../../src/analysis/workers/analysis-tasks";
import { openEmptyStore } from "./support/neo4j-test-database";

describe("whole-graph computations over a Neo4j snapshot", () => {
  let neo4j: Neo4jStore;
  let fromNeo4j: GraphSnapshot;
  let fromMemory: GraphSnapshot;
  let documents: string[];
  const pool = new AnalysisPool(1);
  const inline = new InlineAnalysis();

  beforeAll(async () => {
    const seed = await readGraphFile("seeds/graph.json");
    neo4j = await openEmptyStore();
    await neo4j.load(seed);
    const memory = new MemoryStore();
    await memory.load(seed);
    fromNeo4j = await neo4j.snapshot();
    fromMemory = await memory.snapshot();
    documents = seed.documents.map((d) => d.id);
  }, 60_000);
  afterAll(async () => {
    await pool.close();
    await neo4j?.close();
  });

  const tasks = (): AnalysisTask[] => {
    const ids = fromNeo4j.characters.map((c) => c.id);
    return [
      { kind: "metric", metric: "BETWEENNESS" },
      { kind: "metric", metric: "PAGERANK" },
      { kind: "communities", seed: 42 },
      { kind: "links", terminalIds: [ids[0], ids[5], ids[9]] },
      { kind: "paths", from: ids[1], to: ids[7], k: 3, maxHops: 6 },
    ];
  };

  it("answer in the pool as inline, and as over the memory store's snapshot", async () => {
    const filters: SnapshotFilter[] = [{}, { documents: [documents[0]] }, { pronouns: false }];
    for (const filter of filters) {
      for (const task of tasks()) {
        const answer = await pool.run({ snapshot: fromNeo4j, filter }, task);
        expect([filter, task, answer]).toEqual([
          filter,
          task,
          await inline.run({ snapshot: fromNeo4j, filter }, task),
        ]);
        expect(await pool.run({ snapshot: fromMemory, filter }, task)).toEqual(answer);
      }
    }
  });
});

describe("a heavy question on Neo4j past the request timeout", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const store = await openEmptyStore();
    await store.load(generateGraphDocument(GRAPH_SIZES.medium, 5));
    server = await startServer(
      readConfig({
        PORT: "0",
        HOST: "127.0.0.1",
        REQUEST_TIMEOUT_MS: "800",
        ANALYSIS_THREADS: "1",
      }),
      store,
    );
    // Reading the snapshot from Neo4j is a store query with its own timeout: read it (and share
    // it with the pool) first, so the request's time goes to the computation.
    await server.services.analysis.ranking("DEGREE", 1, { minWeight: 0 });
  }, 120_000);
  afterAll(() => server?.stop());

  it("gets TIMEOUT and its computation is cancelled", async () => {
    const pool = server.services.runner as AnalysisPool;
    const fields = Array.from(
      { length: 10 },
      (_, i) => `r${i}: ranking(metric: BETWEENNESS, minWeight: ${1 + i / 100}) { value }`,
    );
    const response = await fetch(`${server.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ ${fields.join(" ")} }` }),
    });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "TIMEOUT" } }] });
    for (let tries = 0; tries < 200 && pool.stats().pending > 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(pool.stats()).toMatchObject({ pending: 0 });
    expect(pool.stats().cancelled).toBeGreaterThan(0);
  });
});
