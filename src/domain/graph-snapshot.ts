import type { RelationshipEdge, CharacterNode } from "./graph-model";

/**
 * A whole (filtered) character graph as plain data: what analyses (metrics, communities,
 * linkers, k shortest paths) and exports work on, whichever store it came from, so both
 * stores give the same answers by construction.
 */
export interface GraphSnapshot {
  /** Ordered by id. */
  characters: CharacterNode[];
  /** Character-to-character relationships, ordered by source, target, type priority, role. */
  relationships: RelationshipEdge[];
}
