import { existsSync } from "node:fs";
import { join } from "node:path";
import Piscina from "piscina";
import { PACKAGE_ROOT } from "../../package-root";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import type { AnalysisRunner } from "./analysis-runner";
import type { AnalysisSource, AnalysisTask, ResultOf } from "./analysis-tasks";
import type { WorkerTask } from "./analysis-worker";
import { AnalysisCancelledError } from "../../domain/request-cancellation";
import { type SharedSnapshot, encodeSnapshot } from "./shared-snapshot";

/**
 * Each snapshot's encoding, shared by every pool of the process (the questions' pool and the
 * background metrics' worker): it is encoded on the event loop, once.
 */
const encodings = new WeakMap<GraphSnapshot, Promise<SharedSnapshot>>();

export interface AnalysisPoolStats {
  threads: number;
  /** Tasks queued or running now. */
  pending: number;
  /** Tasks given up because their requests timed out or went away. */
  cancelled: number;
  /** Tasks asked of the pool since it started, whatever became of them. */
  asked: number;
  /** The pool's worker thread ids: one that is cancelled mid-task is replaced. */
  threadIds: number[];
}

/**
 * Whole-graph computations in worker threads (piscina), so the event loop keeps answering
 * health probes and cheap queries meanwhile. Each snapshot is encoded once into shared memory
 * (see shared-snapshot), a slice per turn of the event loop; a task carries a reference to it
 * and the view filter, which the worker applies. An aborted task is taken out of the queue, or,
 * if already running, its worker is terminated and replaced.
 */
export class AnalysisPool implements AnalysisRunner {
  private readonly pool: Piscina<WorkerTask, unknown>;
  private pending = 0;
  private cancelled = 0;
  private asked = 0;

  constructor(threads: number) {
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: Number.POSITIVE_INFINITY,
    });
  }

  async run<T extends AnalysisTask>(
    { snapshot, filter }: AnalysisSource,
    task: T,
    signal?: AbortSignal,
  ): Promise<ResultOf<T>> {
    this.asked++;
    if (signal?.aborted) throw new AnalysisCancelledError();
    this.pending++;
    try {
      const shared = await this.sharedOf(snapshot);
      if (signal?.aborted) throw new AnalysisCancelledError();
      return (await this.pool.run({ snapshot: shared, filter, task }, { signal })) as ResultOf<T>;
    } catch (error) {
      if (signal?.aborted) {
        this.cancelled++;
        throw new AnalysisCancelledError();
      }
      throw error;
    } finally {
      this.pending--;
    }
  }

  stats(): AnalysisPoolStats {
    return {
      threads: this.pool.threads.length,
      pending: this.pending,
      cancelled: this.cancelled,
      asked: this.asked,
      threadIds: this.pool.threads.map((t) => t.threadId),
    };
  }

  /** Stops the workers; tasks still queued or running are rejected. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }

  private sharedOf(snapshot: GraphSnapshot): Promise<SharedSnapshot> {
    let shared = encodings.get(snapshot);
    if (!shared) {
      shared = encodeSnapshot(snapshot);
      encodings.set(snapshot, shared);
    }
    return shared;
  }
}

/**
 * The compiled worker: beside this file in dist/, or in dist/ when this file runs from src/
 * under ts-jest (a worker thread cannot load TypeScript), which `npm test` builds first.
 */
function workerFile(): string {
  const beside = join(__dirname, "analysis-worker.js");
  const built = join(PACKAGE_ROOT, "dist", "analysis", "workers", "analysis-worker.js");
  const file = [beside, built].find((path) => existsSync(path));
  if (!file) throw new Error(`the analysis worker is not built (${built}): run npm run build`);
  return file;
}
