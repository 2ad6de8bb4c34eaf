import type { RelationshipType } from "../../domain/vocabulary";
import type { GraphSnapshot } from "../graph-snapshot";
import type { RelationshipEdge } from "../graph-store";

export interface SnapshotFilter {
  /** Only relationships of these types; absent or empty means every type. */
  types?: readonly RelationshipType[];
  /** Drop relationships whose weight (recomputed when `documents` is given) is below this. */
  minWeight?: number;
  /** Only evidence from these document ids; absent or empty means every document. */
  documents?: readonly string[];
}

/**
 * A new snapshot with only the relationships that pass the filter, applied in this order:
 *
 * 1. types: relationships of other types are dropped;
 * 2. documents: each relationship keeps only its evidence from those documents and is dropped
 *    when none remains; its weight becomes the number of remaining evidences. For
 *    INTERACTS_WITH that is the number of co-occurring sentences in those documents (one
 *    evidence per sentence); typed relationships already weigh their evidence count;
 * 3. minWeight: relationships lighter than it (after step 2) are dropped.
 *
 * Every character is kept, even one left without relationships: whether to show it is the
 * caller's decision. The input is not modified; relationship and evidence order are kept.
 */
export function filterSnapshot(snapshot: GraphSnapshot, filter: SnapshotFilter): GraphSnapshot {
  const types = filter.types?.length ? new Set(filter.types) : null;
  const documents = filter.documents?.length ? new Set(filter.documents) : null;
  const minWeight = filter.minWeight ?? Number.NEGATIVE_INFINITY;
  const relationships: RelationshipEdge[] = [];
  for (const r of snapshot.relationships) {
    if (types !== null && !types.has(r.type)) continue;
    const kept = documents === null ? r : inDocuments(r, documents);
    if (kept !== null && kept.weight >= minWeight) relationships.push(kept);
  }
  return { characters: [...snapshot.characters], relationships };
}

function inDocuments(r: RelationshipEdge, documents: ReadonlySet<string>): RelationshipEdge | null {
  const evidence = r.evidence.filter((e) => documents.has(e.document));
  if (evidence.length === 0) return null;
  return { ...r, evidence, weight: evidence.length };
}
