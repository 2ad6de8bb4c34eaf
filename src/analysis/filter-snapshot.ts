import type { RelationshipType } from "../domain/vocabulary";
import type { GraphSnapshot } from "../domain/graph-snapshot";
import type { RelationshipEdge } from "../domain/graph-model";

export interface SnapshotFilter {
  /** Only relationships of these types; absent or empty means every type. */
  types?: readonly RelationshipType[];
  /** Drop relationships whose weight (recomputed when `documents` is given) is below this. */
  minWeight?: number;
  /** Only evidence from these document ids; absent or empty means every document. */
  documents?: readonly string[];
  /** When false, evidence read through a pronoun is dropped as evidence from other documents is. */
  pronouns?: boolean;
}

/**
 * A new snapshot with only the relationships that pass the filter, applied in this order:
 *
 * 1. types: relationships of other types are dropped;
 * 2. documents: each relationship keeps only its evidence from those documents and is dropped
 *    when none remains; its weight becomes the number of remaining evidences. For
 *    INTERACTS_WITH that is the number of co-occurring sentences in those documents (one
 *    evidence per sentence); typed relationships already weigh their evidence count;
 *    `pronouns: false` drops evidence read through a pronoun the same way;
 * 3. minWeight: relationships lighter than it (after step 2) are dropped.
 *
 * Every character is kept, even one left without relationships: whether to show it is the
 * caller's decision. The input is not modified; relationship and evidence order are kept.
 */
export function filterSnapshot(snapshot: GraphSnapshot, filter: SnapshotFilter): GraphSnapshot {
  const types = filter.types?.length ? new Set(filter.types) : null;
  const documents = filter.documents?.length ? new Set(filter.documents) : null;
  const minWeight = filter.minWeight ?? Number.NEGATIVE_INFINITY;
  const named = filter.pronouns === false;
  const relationships: RelationshipEdge[] = [];
  for (const r of snapshot.relationships) {
    if (types !== null && !types.has(r.type)) continue;
    const kept = documents === null && !named ? r : keptEvidence(r, documents, named);
    if (kept !== null && kept.weight >= minWeight) relationships.push(kept);
  }
  return { characters: [...snapshot.characters], relationships };
}

function keptEvidence(
  r: RelationshipEdge,
  documents: ReadonlySet<string> | null,
  named: boolean,
): RelationshipEdge | null {
  const evidence = r.evidence.filter(
    (e) => (documents === null || documents.has(e.document)) && !(named && e.viaPronoun === true),
  );
  if (evidence.length === 0) return null;
  return { ...r, evidence, weight: evidence.length };
}
