import type { CommunityPartition, RankMetric } from "../analysis";

/** Which computation an answer comes from: what the GraphQL field `computedFor` shows. */
export interface ComputedFor {
  /** The snapshot of the whole graph it was computed on (see SnapshotVersions). */
  snapshotVersion: number;
  computedAt: Date;
  /** Betweenness estimated from this many sampled sources; null when it is exact. */
  sampledSources: number | null;
  /**
   * True when computed in the background after the snapshot was read (the whole graph);
   * false when computed on demand for the question (a filtered view, a seed of its own).
   */
  background: boolean;
}

/** One completed background computation: every metric and the default communities. */
export interface MetricsComputation extends ComputedFor {
  columns: Record<RankMetric, Map<string, number>>;
  communities: CommunityPartition;
}

export interface MetricsStatus {
  /** The computation answers come from now; null until the first one completes. */
  serving: ComputedFor | null;
  /** The computation under way, if any. */
  computing: { snapshotVersion: number; startedAt: Date; approximate: boolean } | null;
  /** Why the last computation failed, when it did (cleared by the next one that completes). */
  failure: string | null;
}

/** An answer's provenance, without the figures. */
export function provenanceOf(computation: ComputedFor): ComputedFor {
  const { snapshotVersion, computedAt, sampledSources, background } = computation;
  return { snapshotVersion, computedAt, sampledSources, background };
}
