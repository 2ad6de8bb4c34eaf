import type { CharacterRecord, GraphDocument, RelationshipRecord } from "../domain/graph-document";
import type { GraphStore } from "../store/graph-store";
import type { CharacterPair, RelationshipEdge } from "../domain/graph-model";

export interface MergeCounts {
  charactersAdded: string[];
  charactersUpdated: string[];
  relationshipsAdded: number;
  relationshipsUpdated: number;
}

/**
 * A new document's extraction, combined with what the store already holds, so that loading it
 * (which replaces properties) adds to the graph: mentions add up, aliases join, evidence from
 * the new document joins the old and weights grow by as much. The document is new (ingest
 * checks), so nothing is counted twice.
 */
export async function mergeWithStore(
  store: GraphStore,
  extracted: GraphDocument,
): Promise<{ document: GraphDocument; counts: MergeCounts }> {
  const existing = await store.charactersById(extracted.characters.map((c) => c.id));
  const counts: MergeCounts = {
    charactersAdded: [],
    charactersUpdated: [],
    relationshipsAdded: 0,
    relationshipsUpdated: 0,
  };
  const characters: CharacterRecord[] = extracted.characters.map((c, i) => {
    const old = existing[i];
    if (old === null) {
      counts.charactersAdded.push(c.id);
      return c;
    }
    counts.charactersUpdated.push(c.id);
    return {
      ...c,
      name: old.name,
      aliases: [...new Set([...old.aliases, ...c.aliases])].filter((a) => a !== old.name).sort(),
      mentions: old.mentions + c.mentions,
      confidence: old.confidence,
    };
  });
  // What already joins each relationship's two ends, read in one call for the whole document.
  const stored = await store.relationshipsBetweenPairs(
    extracted.relationships.map((r): CharacterPair => [r.source, r.target]),
    {},
  );
  const relationships = extracted.relationships.map((r, i) => {
    const merged = mergeRelationship(r, stored[i]);
    if (merged === r) counts.relationshipsAdded++;
    else counts.relationshipsUpdated++;
    return merged;
  });
  return {
    document: {
      ...extracted,
      documents: await withCitedDocuments(store, extracted, relationships),
      characters,
      relationships,
    },
    counts,
  };
}

/** Merged evidence cites stored documents too; the loaded document must carry their records. */
async function withCitedDocuments(
  store: GraphStore,
  extracted: GraphDocument,
  relationships: RelationshipRecord[],
) {
  const have = new Set(extracted.documents.map((d) => d.id));
  const cited = [
    ...new Set(relationships.flatMap((r) => r.evidence.map((e) => e.document))),
  ].filter((id) => !have.has(id));
  const stored = await store.documentsById(cited);
  return [...extracted.documents, ...stored.filter((d) => d !== null)];
}

/** MEMBER_OF joins a character to an organization: never among the character pairs stored. */
function mergeRelationship(
  r: RelationshipRecord,
  between: readonly RelationshipEdge[],
): RelationshipRecord {
  if (r.type === "MEMBER_OF") return r;
  const same = between.find(
    (old) =>
      old.type === r.type &&
      old.source === r.source &&
      old.target === r.target &&
      (old.role ?? undefined) === r.role,
  );
  if (!same) return r;
  return { ...r, weight: same.weight + r.weight, evidence: [...same.evidence, ...r.evidence] };
}
