import DataLoader from "dataloader";
import type { RelationshipType } from "../domain/vocabulary";
import type { GraphStore } from "../store/graph-store";
import type {
  CharacterNode,
  DocumentNode,
  PersonNode,
  RelationshipEdge,
} from "../domain/graph-model";

export interface RelationshipsKey {
  id: string;
  types?: readonly RelationshipType[];
}

/**
 * Per-request batching: a list of 50 characters with their relationships and portrayals costs
 * one store call per field, not one per character.
 */
export function createLoaders(store: GraphStore) {
  return {
    character: new DataLoader<string, CharacterNode | null>((ids) => store.charactersById(ids)),
    document: new DataLoader<string, DocumentNode | null>((ids) => store.documentsById(ids)),
    portrayers: new DataLoader<string, PersonNode[]>((ids) => store.portrayersOf(ids)),
    relationships: new DataLoader<RelationshipsKey, RelationshipEdge[], string>(
      (keys) => relationshipsByFilter(store, keys),
      { cacheKeyFn: (key) => `${key.id}|${[...(key.types ?? [])].sort().join(",")}` },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** One store call per distinct type filter in the batch (usually one). */
async function relationshipsByFilter(store: GraphStore, keys: readonly RelationshipsKey[]) {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const filter = [...(key.types ?? [])].sort().join(",");
    groups.set(filter, [...(groups.get(filter) ?? []), i]);
  });
  const results: RelationshipEdge[][] = new Array(keys.length);
  for (const positions of groups.values()) {
    const filter = { types: keys[positions[0]].types };
    const found = await store.relationshipsOf(
      positions.map((i) => keys[i].id),
      filter,
    );
    positions.forEach((position, j) => (results[position] = found[j]));
  }
  return results;
}
