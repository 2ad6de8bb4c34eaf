import {
  SnapshotMetrics,
  communities,
  connectingSubgraph,
  filterSnapshot,
  kShortestPaths,
  sampledBetweenness,
} from "../../analysis";
import type {
  CommunityPartition,
  ConnectingSubgraph,
  RankMetric,
  SnapshotFilter,
} from "../../analysis";
import type { GraphSnapshot } from "../../domain/graph-snapshot";

/** The whole-graph computations a request may hand to the pool, as plain (cloneable) data. */
export type AnalysisTask =
  | { kind: "metric"; metric: RankMetric }
  | { kind: "sampled-betweenness"; sources: number; seed: number }
  | { kind: "communities"; seed: number }
  | { kind: "links"; terminalIds: string[]; maxHops?: number }
  | { kind: "paths"; from: string; to: string; k: number; maxHops: number };

export interface AnalysisResults {
  /** Every character's value, as [id, value] in id order (the character graph's order). */
  metric: [string, number][];
  /** Like metric: betweenness estimated from a seeded sample of sources. */
  "sampled-betweenness": [string, number][];
  communities: CommunityPartition;
  links: ConnectingSubgraph;
  paths: string[][];
}

export type ResultOf<T extends AnalysisTask> = AnalysisResults[T["kind"]];

/**
 * What a task runs on: a snapshot and the view filter to apply to it first. Filtering where the
 * task runs keeps it off the event loop too (on a large graph it costs as much as the cheaper
 * metrics). The filter is normalized (services/view-filter), so equal filters look alike.
 */
export interface AnalysisSource {
  snapshot: GraphSnapshot;
  filter?: SnapshotFilter;
}

/** A filtered view of one snapshot and the metrics computed on it so far. */
interface PreparedView {
  snapshot: GraphSnapshot;
  metrics: SnapshotMetrics;
}

/**
 * The views requests are working on at the same time, and no more: at Marvel scale a view with
 * its character graph holds tens of megabytes, and each worker keeps its own.
 */
const KEPT_VIEWS = 4;

/** The filtered views of one snapshot, the most recently used kept. */
export class PreparedViews {
  private readonly views = new Map<string, PreparedView>();

  constructor(private readonly base: GraphSnapshot) {}

  run(filter: SnapshotFilter | undefined, task: AnalysisTask): ResultOf<AnalysisTask> {
    const { snapshot, metrics } = this.view(filter ?? {});
    return runAnalysisTask(snapshot, metrics, task);
  }

  private view(filter: SnapshotFilter): PreparedView {
    const key = JSON.stringify(filter);
    let view = this.views.get(key);
    if (view) {
      this.views.delete(key);
    } else {
      const snapshot = key === "{}" ? this.base : filterSnapshot(this.base, filter);
      view = { snapshot, metrics: new SnapshotMetrics(snapshot) };
      if (this.views.size >= KEPT_VIEWS) this.views.delete(this.views.keys().next().value!);
    }
    this.views.set(key, view);
    return view;
  }
}

/** One task on one (filtered) snapshot, the same code inline and in a worker. */
function runAnalysisTask(
  snapshot: GraphSnapshot,
  metrics: SnapshotMetrics,
  task: AnalysisTask,
): ResultOf<AnalysisTask> {
  switch (task.kind) {
    case "metric":
      return [...metrics.column(task.metric)];
    case "sampled-betweenness":
      return sampledBetweenness(snapshot, task.sources, task.seed);
    case "communities":
      return communities(snapshot, task.seed, metrics.characterGraph());
    case "links":
      return connectingSubgraph(snapshot, task.terminalIds, { maxHops: task.maxHops });
    case "paths":
      return kShortestPaths(snapshot, task.from, task.to, task.k, task.maxHops);
    default:
      throw new UnreachableCaseError(task);
  }
}

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
