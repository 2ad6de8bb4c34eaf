import type { GraphSnapshot } from "../../domain/graph-snapshot";
import {
  type AnalysisSource,
  type AnalysisTask,
  PreparedViews,
  type ResultOf,
} from "./analysis-tasks";
import { AnalysisCancelledError } from "../../domain/request-cancellation";

/** Where whole-graph computations run: a worker pool (the service) or inline (the CLI). */
export interface AnalysisRunner {
  /**
   * Runs `task` on the source's snapshot, filtered by its filter. When `signal` aborts, the
   * promise rejects with AnalysisCancelledError and the computation stops (the pool terminates
   * the worker running it).
   */
  run<T extends AnalysisTask>(
    source: AnalysisSource,
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
  private readonly views = new WeakMap<GraphSnapshot, PreparedViews>();

  async run<T extends AnalysisTask>(
    { snapshot, filter }: AnalysisSource,
    task: T,
    signal?: AbortSignal,
  ): Promise<ResultOf<T>> {
    if (signal?.aborted) throw new AnalysisCancelledError();
    let views = this.views.get(snapshot);
    if (!views) {
      views = new PreparedViews(snapshot);
      this.views.set(snapshot, views);
    }
    return views.run(filter, task) as ResultOf<T>;
  }

  async close(): Promise<void> {}
}
