import type { RelationshipFilter } from "../graph-store";
import type { EdgeTest } from "./traversal";
import type { RelationshipEdge } from "../../domain/graph-model";

/** As acceptsFilter, but null when every relationship passes, which searches skip testing. */
export function edgeTest(filter: RelationshipFilter): EdgeTest {
  return filter.types && filter.types.length > 0 ? acceptsFilter(filter) : null;
}

export function acceptsFilter(filter: RelationshipFilter): (edge: RelationshipEdge) => boolean {
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types) : null;
  return types ? (edge) => types.has(edge.type) : () => true;
}
