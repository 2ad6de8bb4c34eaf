/**
 * The shapes of the analysis results, kept free of graphology so that exports and services can
 * import them without pulling in an adapter.
 */

/** One character's centrality figures, each rounded to 6 decimals (see characterMetrics). */
export interface CharacterMetrics {
  id: string;
  /** Distinct neighbours: several relationships with the same character count once. */
  degree: number;
  /** Sum of the weights of the character's relationships. */
  weightedDegree: number;
  /** Unweighted, normalized by (n - 1)(n - 2). */
  betweenness: number;
  /** Weighted by pair weight, damping 0.85. */
  pageRank: number;
}

export type RankMetric = "DEGREE" | "WEIGHTED_DEGREE" | "BETWEENNESS" | "PAGERANK";

export interface RankedCharacter {
  id: string;
  value: number;
}

export interface Community {
  /** 0 for the largest community; see communities() for the order. */
  index: number;
  /** Sorted by id. */
  members: string[];
  size: number;
}

export interface CommunityPartition {
  communities: Community[];
  /** Modularity of the partition, rounded to 6 decimals; 0 when the graph has no edges. */
  modularity: number;
}

export interface ConnectingSubgraph {
  /** Every character in the tree, sorted. */
  characterIds: string[];
  /** Tree edges, each [a, b] with a < b, sorted. */
  pairs: [string, string][];
  /** Characters in the tree that were not asked for, sorted. */
  linkers: string[];
  /** False when some requested character could not be attached. */
  connected: boolean;
  /** Requested characters left out of the tree (unknown, or out of reach), sorted. */
  unreachable: string[];
}
