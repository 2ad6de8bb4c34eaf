import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { GRAPH_SIZES, generateGraphDocument } from "../../../../bench/generate/synthetic-graph";
import { filterSnapshot } from "../../../../src/analysis";
import type { GraphSnapshot } from "../../../../src/domain/graph-snapshot";
import { MemoryStore } from "../../../../src/store/memory/memory-store";
import { AnalysisPool } from "../../../../src/analysis/workers/analysis-pool";
import { InlineAnalysis } from "../../../../src/analysis/workers/analysis-runner";
import type { AnalysisTask } from "../../../../src/analysis/workers/analysis-tasks";
import { AnalysisCancelledError } from "../../../../src/domain/request-cancellation";

/** About a thousand characters and twenty thousand relationships (bench's "medium"). */
async function mediumSnapshot(): Promise<GraphSnapshot> {
  const store = new MemoryStore();
  await store.load(generateGraphDocument(GRAPH_SIZES.medium, 7));
  return store.snapshot();
}

describe("the analysis pool", () => {
  let snapshot: GraphSnapshot;
  let pool: AnalysisPool;
  const inline = new InlineAnalysis();
  beforeAll(async () => {
    snapshot = await mediumSnapshot();
    pool = new AnalysisPool(1);
  });
  afterAll(() => pool.close());

  const ids = () => snapshot.characters.map((c) => c.id);
  const tasks = (): [string, AnalysisTask][] => [
    ["degree", { kind: "metric", metric: "DEGREE" }],
    ["weighted degree", { kind: "metric", metric: "WEIGHTED_DEGREE" }],
    ["PageRank", { kind: "metric", metric: "PAGERANK" }],
    ["betweenness", { kind: "metric", metric: "BETWEENNESS" }],
    ["communities", { kind: "communities", seed: 42 }],
    ["links", { kind: "links", terminalIds: [ids()[3], ids()[500], ids()[998]] }],
    ["k shortest paths", { kind: "paths", from: ids()[10], to: ids()[900], k: 5, maxHops: 6 }],
  ];

  it("answers every question as the inline computation does, on the whole graph", async () => {
    for (const [name, task] of tasks()) {
      const fromPool = await pool.run({ snapshot }, task);
      expect([name, fromPool]).toEqual([name, await inline.run({ snapshot }, task)]);
    }
  });

  it("filters in the worker as the view service does inline (weights recounted by document)", async () => {
    const filter = { documents: ["synthetic-0001", "synthetic-0002"], minWeight: 2 };
    const view = filterSnapshot(snapshot, filter);
    expect(view.relationships.length).toBeGreaterThan(100);
    for (const [name, task] of tasks()) {
      const fromPool = await pool.run({ snapshot, filter }, task);
      expect([name, fromPool]).toEqual([name, await inline.run({ snapshot: view }, task)]);
    }
  });

  it("gives a non-trivial answer, not two empty ones", async () => {
    const betweenness = await pool.run({ snapshot }, { kind: "metric", metric: "BETWEENNESS" });
    expect(betweenness).toHaveLength(snapshot.characters.length);
    expect(Math.max(...betweenness.map(([, value]) => value))).toBeGreaterThan(0);
  });

  it("cancels a running task when its signal aborts: the worker is replaced, nothing runs on", async () => {
    const before = pool.stats();
    const controller = new AbortController();
    const ids = snapshot.characters.map((c) => c.id);
    // Far more paths than the graph has short ones: Yen's search would go on for minutes.
    const endless = { kind: "paths", from: ids[1], to: ids[2], k: 1e6, maxHops: 10 } as const;
    const running = pool.run({ snapshot }, endless, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pool.stats().pending).toBe(1);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(AnalysisCancelledError);
    const after = pool.stats();
    expect(after.pending).toBe(0);
    expect(after.cancelled).toBe(before.cancelled + 1);
    expect(after.threadIds).not.toContain(before.threadIds[0]);
    // The replacement answers the next question.
    const degree = await pool.run({ snapshot }, { kind: "metric", metric: "DEGREE" });
    expect(degree).toHaveLength(snapshot.characters.length);
  });
});
