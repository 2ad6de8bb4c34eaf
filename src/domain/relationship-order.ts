import { relationshipPriority } from "./vocabulary";
import type { RelationshipEdge } from "./graph-model";

/** The relationship order of the GraphStore port, seen from one end (`from`). */
export function compareRelationshipsFrom(from: string) {
  const other = (r: RelationshipEdge) => (r.source === from ? r.target : r.source);
  return (a: RelationshipEdge, b: RelationshipEdge): number =>
    relationshipPriority(a.type) - relationshipPriority(b.type) ||
    b.weight - a.weight ||
    compareStrings(other(a), other(b)) ||
    compareStrings(a.role ?? "", b.role ?? "");
}

/** Order for relationship lists not seen from one end: by source, target, type priority, role. */
export function compareRelationships(a: RelationshipEdge, b: RelationshipEdge): number {
  return (
    compareStrings(a.source, b.source) ||
    compareStrings(a.target, b.target) ||
    relationshipPriority(a.type) - relationshipPriority(b.type) ||
    compareStrings(a.role ?? "", b.role ?? "")
  );
}

/** JavaScript's code-unit order, spelled out so both stores sort alike. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
