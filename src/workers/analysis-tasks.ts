import {
  SnapshotMetrics,
  communities,
  connectingSubgraph,
  kShortestPaths,
} from "../store/analysis";
import type { CommunityPartition, ConnectingSubgraph, RankMetric } from "../store/analysis";
import type { GraphSnapshot } from "../store/graph-snapshot";

/** The whole-graph computations a request may hand to the pool, as plain (cloneable) data. */
export type AnalysisTask =
  | { kind: "metric"; metric: RankMetric }
  | { kind: "communities"; seed: number }
  | { kind: "links"; terminalIds: string[]; maxHops?: number }
  | { kind: "paths"; from: string; to: string; k: number; maxHops: number };

export interface AnalysisResults {
  /** Every character's value, as [id, value] in id order (the character graph's order). */
  metric: [string, number][];
  communities: CommunityPartition;
  links: ConnectingSubgraph;
  paths: string[][];
}

export type ResultOf<T extends AnalysisTask> = AnalysisResults[T["kind"]];

/**
 * One task on one snapshot, the same code inline and in a worker. `metrics` holds what was
 * computed on this snapshot before (a worker keeps one per snapshot version it has seen).
 */
export function runAnalysisTask(
  snapshot: GraphSnapshot,
  metrics: SnapshotMetrics,
  task: AnalysisTask,
): AnalysisResults[AnalysisTask["kind"]] {
  switch (task.kind) {
    case "metric":
      return [...metrics.column(task.metric)];
    case "communities":
      return communities(snapshot, task.seed);
    case "links":
      return connectingSubgraph(snapshot, task.terminalIds, { maxHops: task.maxHops });
    case "paths":
      return kShortestPaths(snapshot, task.from, task.to, task.k, task.maxHops);
    default:
      throw new UnreachableCaseError(task);
  }
}

export { SnapshotMetrics };

class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`unreachable case: ${JSON.stringify(value)}`);
  }
}
