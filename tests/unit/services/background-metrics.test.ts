import { describe, expect, it } from "@jest/globals";
import {
  BACKGROUND_METRICS,
  BackgroundMetrics,
  type BackgroundMetricsOptions,
} from "../../../src/services/background-metrics";
import { MetricsNotReadyError } from "../../../src/services/service-errors";
import { characterMetrics } from "../../../src/analysis";
import type { GraphSnapshot } from "../../../src/domain/graph-snapshot";
import { MemoryStore } from "../../../src/store/memory/memory-store";
import { type AnalysisRunner, InlineAnalysis } from "../../../src/analysis/workers/analysis-runner";
import type {
  AnalysisSource,
  AnalysisTask,
  ResultOf,
} from "../../../src/analysis/workers/analysis-tasks";
import { AnalysisCancelledError } from "../../../src/domain/request-cancellation";
import { SMALL_GRAPH } from "../../fixtures/small-graph";

/**
 * Computes inline, but only when the test lets each task finish (or lets every task through),
 * and records what it was asked and which tasks were cancelled.
 */
class GatedRunner implements AnalysisRunner {
  readonly asked: { task: AnalysisTask; signal?: AbortSignal }[] = [];
  private readonly inline = new InlineAnalysis();
  private readonly waiting: (() => void)[] = [];
  open = false;

  async run<T extends AnalysisTask>(
    source: AnalysisSource,
    task: T,
    signal?: AbortSignal,
  ): Promise<ResultOf<T>> {
    this.asked.push({ task, signal });
    if (!this.open) {
      await new Promise<void>((resolve, reject) => {
        this.waiting.push(resolve);
        signal?.addEventListener("abort", () => reject(new AnalysisCancelledError()));
      });
    }
    return this.inline.run(source, task, signal);
  }

  /** Lets the tasks waiting now finish, and waits for the scheduler to ask for the next. */
  async release(): Promise<void> {
    this.waiting.splice(0).forEach((finish) => finish());
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Lets every task through from now on, and waits until those asked so far are done. */
  async openUp(): Promise<void> {
    this.open = true;
    for (let i = 0; i < 20; i++) await this.release();
  }

  async close(): Promise<void> {}
}

async function smallSnapshot(): Promise<GraphSnapshot> {
  const store = new MemoryStore();
  await store.load(SMALL_GRAPH);
  return store.snapshot();
}

/** The small graph without its last relationship: another snapshot, with other figures. */
const smaller = (s: GraphSnapshot): GraphSnapshot => ({
  characters: s.characters,
  relationships: s.relationships.slice(0, -1),
});

const ignoreLogs = () => {};

function scheduler(runner: AnalysisRunner, options: Partial<BackgroundMetricsOptions> = {}) {
  return new BackgroundMetrics(runner, ignoreLogs, {
    ...BACKGROUND_METRICS,
    patienceMs: 10,
    ...options,
  });
}

/** Fails every task, as a worker that ran out of memory would. */
const failingRunner: AnalysisRunner = {
  run: async () => {
    throw new Error("worker ran out of memory");
  },
  close: async () => {},
};

const exactBetweenness = (snapshot: GraphSnapshot) =>
  new Map(characterMetrics(snapshot).map((m) => [m.id, m.betweenness]));

describe("the background computation of the whole graph's metrics", () => {
  it("answers 'not ready' rather than waiting while the first computation is under way", async () => {
    const runner = new GatedRunner();
    const metrics = scheduler(runner);
    metrics.computeFor(await smallSnapshot(), 1);
    await expect(metrics.ready()).rejects.toBeInstanceOf(MetricsNotReadyError);
    expect(metrics.status()).toMatchObject({ serving: null, computing: { snapshotVersion: 1 } });
  });

  it("waits a little for a computation that completes within its patience", async () => {
    const metrics = scheduler(new InlineAnalysis(), { patienceMs: 5_000 });
    metrics.computeFor(await smallSnapshot(), 1);
    const served = await metrics.ready();
    expect(served).toMatchObject({ snapshotVersion: 1, sampledSources: null, background: true });
  });

  it("serves the exact figures of a graph no larger than the sample, with no estimate", async () => {
    const runner = new GatedRunner();
    const snapshot = await smallSnapshot();
    const metrics = scheduler(runner);
    metrics.computeFor(snapshot, 1);
    await runner.openUp();
    const served = await metrics.ready();
    expect(served.sampledSources).toBeNull();
    expect(served.columns.BETWEENNESS).toEqual(exactBetweenness(snapshot));
    expect(runner.asked.map((a) => a.task.kind)).not.toContain("sampled-betweenness");
  });

  it("serves an estimate of betweenness first, then the exact figures", async () => {
    const runner = new GatedRunner();
    const snapshot = await smallSnapshot();
    const metrics = scheduler(runner, { sampledSources: 2 });
    metrics.computeFor(snapshot, 1);
    while (!metrics.latest()) await runner.release();
    const estimate = metrics.latest()!;
    expect(estimate).toMatchObject({ snapshotVersion: 1, sampledSources: 2 });
    expect(metrics.status().computing).toMatchObject({ snapshotVersion: 1, approximate: false });
    await runner.release();
    const exact = metrics.latest()!;
    expect(exact).toMatchObject({ snapshotVersion: 1, sampledSources: null });
    expect(exact.columns.BETWEENNESS).toEqual(exactBetweenness(snapshot));
    // Only betweenness was computed again; the rest is the estimate's.
    expect(exact.columns.PAGERANK).toBe(estimate.columns.PAGERANK);
    expect(metrics.status().computing).toBeNull();
  });

  it("cancels the computation under way when a newer snapshot arrives", async () => {
    const runner = new GatedRunner();
    const snapshot = await smallSnapshot();
    const metrics = scheduler(runner);
    metrics.computeFor(snapshot, 1);
    await runner.release();
    const first = runner.asked.map((a) => a.signal!);
    metrics.computeFor(smaller(snapshot), 2);
    expect(first.every((signal) => signal.aborted)).toBe(true);
    await runner.openUp();
    // Nothing more was asked for the old snapshot once it was superseded.
    expect(runner.asked.filter((a) => first.includes(a.signal!))).toHaveLength(first.length);
    expect(metrics.latest()).toMatchObject({ snapshotVersion: 2 });
    expect(metrics.latest()!.columns.BETWEENNESS).toEqual(exactBetweenness(smaller(snapshot)));
  });

  it("goes on answering from the last completed computation while a newer one runs", async () => {
    const runner = new GatedRunner();
    const snapshot = await smallSnapshot();
    const metrics = scheduler(runner);
    metrics.computeFor(snapshot, 1);
    await runner.openUp();
    const completed = await metrics.ready();
    runner.open = false;
    metrics.computeFor(smaller(snapshot), 2);
    await runner.release();
    expect(await metrics.ready()).toBe(completed);
    expect(metrics.status()).toMatchObject({
      serving: { snapshotVersion: 1 },
      computing: { snapshotVersion: 2 },
    });
  });

  it("logs a computation that failed, and says so in its status", async () => {
    const logged: unknown[][] = [];
    const background = new BackgroundMetrics(failingRunner, (...entry) => logged.push(entry), {
      ...BACKGROUND_METRICS,
      patienceMs: 10,
    });
    background.computeFor(await smallSnapshot(), 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logged).toEqual([
      [
        "error",
        "computing the whole graph's metrics failed",
        expect.objectContaining({ snapshotVersion: 1 }),
      ],
    ]);
    expect(background.status().failure).toContain("worker ran out of memory");
  });
});
