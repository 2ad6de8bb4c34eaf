import type { GraphSnapshot } from "../domain/graph-snapshot";
import type { Logger } from "../domain/logger";
import type { RankMetric } from "../analysis";
import type { AnalysisRunner } from "../analysis/workers/analysis-runner";
import type { AnalysisTask, ResultOf } from "../analysis/workers/analysis-tasks";
import { AnalysisCancelledError } from "../domain/request-cancellation";
import type { MetricsComputation, MetricsStatus } from "./metrics-computation";
import { provenanceOf } from "./metrics-computation";
import { MetricsNotReadyError } from "./service-errors";

export interface BackgroundMetricsOptions {
  /** Betweenness is first estimated from this many sources when the graph has more characters. */
  sampledSources: number;
  /** Seeds the draw of those sources, so an estimate repeats. */
  sampleSeed: number;
  /** The communities computed ahead: Louvain's seed (the GraphQL argument's default). */
  communitiesSeed: number;
  /** How long a question waits for a computation under way before it is told "not ready". */
  patienceMs: number;
}

export const BACKGROUND_METRICS: BackgroundMetricsOptions = {
  sampledSources: 256,
  sampleSeed: 7,
  communitiesSeed: 42,
  patienceMs: 2_000,
};

interface Running {
  version: number;
  startedAt: Date;
  approximate: boolean;
  controller: AbortController;
}

/**
 * Betweenness, PageRank, degrees and communities of the whole graph, computed on `runner` (a
 * worker of its own in the service) after each new snapshot, and served from the last
 * computation that completed. On a large graph betweenness comes in two steps: estimated from
 * sampled sources first (served as soon as it is done, marked approximate), then exact. A newer
 * snapshot cancels the computation under way: no work is left queued for an old graph.
 */
export class BackgroundMetrics {
  private served: MetricsComputation | null = null;
  private running: Running | null = null;
  private failure: string | null = null;
  private published = deferred();

  constructor(
    private readonly runner: AnalysisRunner,
    private readonly log: Logger,
    private readonly options: BackgroundMetricsOptions = BACKGROUND_METRICS,
  ) {}

  /** Starts computing for a new snapshot (GraphViewService.onNewSnapshot calls it). */
  computeFor(snapshot: GraphSnapshot, version: number): void {
    this.running?.controller.abort();
    const sampled = snapshot.characters.length > this.options.sampledSources;
    const running: Running = {
      version,
      startedAt: new Date(),
      approximate: sampled,
      controller: new AbortController(),
    };
    this.running = running;
    this.compute(snapshot, running)
      .catch((error: unknown) => {
        if (!(error instanceof AnalysisCancelledError) && this.running === running) {
          this.failure = `snapshot ${version}: ${String(error)}`;
          this.log("error", "computing the whole graph's metrics failed", {
            snapshotVersion: version,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
        }
      })
      .finally(() => {
        if (this.running === running) this.running = null;
      });
  }

  /** The seed of the communities computed ahead; other seeds are computed on demand. */
  get communitiesSeed(): number {
    return this.options.communitiesSeed;
  }

  /** The last completed computation, or null. */
  latest(): MetricsComputation | null {
    return this.served;
  }

  /**
   * The last completed computation. With none yet, waits a little (options.patienceMs) for the
   * one under way, so a small graph is never "not ready"; then MetricsNotReadyError.
   */
  async ready(): Promise<MetricsComputation> {
    if (this.served) return this.served;
    if (this.running) await Promise.race([this.published.promise, pause(this.options.patienceMs)]);
    if (this.served) return this.served;
    throw new MetricsNotReadyError(this.running?.version ?? null);
  }

  /** Resolves once a computation for `version` or later (exact if asked) is served. */
  async whenServed(version: number, { exact = false } = {}): Promise<MetricsComputation> {
    for (;;) {
      const served = this.served;
      if (served && served.snapshotVersion >= version && (!exact || !served.sampledSources))
        return served;
      await this.published.promise;
    }
  }

  status(): MetricsStatus {
    const running = this.running;
    return {
      serving: this.served && provenanceOf(this.served),
      computing: running && {
        snapshotVersion: running.version,
        startedAt: running.startedAt,
        approximate: running.approximate,
      },
      failure: this.failure,
    };
  }

  /** Cancels the computation under way (the service is stopping). */
  stop(): void {
    this.running?.controller.abort();
    this.running = null;
  }

  private async compute(snapshot: GraphSnapshot, running: Running): Promise<void> {
    const run = <T extends AnalysisTask>(task: T): Promise<ResultOf<T>> =>
      this.runner.run({ snapshot }, task, running.controller.signal);
    const column = async (metric: RankMetric) => new Map(await run({ kind: "metric", metric }));
    // One after another: a cancellation stops the rest, and a question's own tasks can pass.
    const degree = await column("DEGREE");
    const weightedDegree = await column("WEIGHTED_DEGREE");
    const pageRank = await column("PAGERANK");
    const communities = await run({ kind: "communities", seed: this.options.communitiesSeed });
    const { sampledSources, sampleSeed } = this.options;
    const sampled = running.approximate;
    const betweenness = sampled
      ? new Map(
          await run({ kind: "sampled-betweenness", sources: sampledSources, seed: sampleSeed }),
        )
      : await column("BETWEENNESS");
    const first: MetricsComputation = {
      snapshotVersion: running.version,
      computedAt: new Date(),
      sampledSources: sampled ? sampledSources : null,
      background: true,
      columns: {
        DEGREE: degree,
        WEIGHTED_DEGREE: weightedDegree,
        PAGERANK: pageRank,
        BETWEENNESS: betweenness,
      },
      communities,
    };
    this.publish(first, running);
    if (!sampled) return;
    const exact = await column("BETWEENNESS");
    this.publish(
      {
        ...first,
        computedAt: new Date(),
        sampledSources: null,
        columns: { ...first.columns, BETWEENNESS: exact },
      },
      running,
    );
  }

  private publish(computation: MetricsComputation, running: Running): void {
    // A task that finished as a newer snapshot arrived must not replace what is served.
    if (running.controller.signal.aborted) throw new AnalysisCancelledError();
    running.approximate = false;
    this.served = computation;
    this.failure = null;
    const published = this.published;
    this.published = deferred();
    published.resolve();
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
