import { SnapshotMetrics } from "../store/analysis";
import type { GraphSnapshot } from "../store/graph-snapshot";
import { type AnalysisTask, type ResultOf, runAnalysisTask } from "./analysis-tasks";
import { AnalysisCancelledError } from "./request-cancellation";

/** Where whole-graph computations run: a worker pool (the service) or inline (the CLI). */
export interface AnalysisRunner {
  /**
   * Runs `task` on `snapshot`. When `signal` aborts, the promise rejects with
   * AnalysisCancelledError and the computation stops (the pool terminates the worker).
   */
  run<T extends AnalysisTask>(
    snapshot: GraphSnapshot,
    task: T,
    signal?: AbortSignal,
  ): Promise<ResultOf<T>>;
  close(): Promise<void>;
}

/**
 * On the calling thread: what the CLI uses (it has no event loop to keep free), the reference
 * the pool's answers are tested against, and the "before" of the pool's benchmark. A signal is
 * only checked before starting: a computation under way runs to the end.
 */
export class InlineAnalysis implements AnalysisRunner {
  private readonly metrics = new WeakMap<GraphSnapshot, SnapshotMetrics>();

  async run<T extends AnalysisTask>(
    snapshot: GraphSnapshot,
    task: T,
    signal?: AbortSignal,
  ): Promise<ResultOf<T>> {
    if (signal?.aborted) throw new AnalysisCancelledError();
    let metrics = this.metrics.get(snapshot);
    if (!metrics) {
      metrics = new SnapshotMetrics(snapshot);
      this.metrics.set(snapshot, metrics);
    }
    return runAnalysisTask(snapshot, metrics, task) as ResultOf<T>;
  }

  async close(): Promise<void> {}
}
