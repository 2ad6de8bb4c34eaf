import { UndirectedGraph } from "graphology";
import type { GraphSnapshot } from "../domain/graph-snapshot";
import { compareRelationships, compareStrings } from "../domain/relationship-order";
import type { CharacterNode, RelationshipEdge } from "../domain/graph-model";

/** The attributes of the one edge joining two characters. */
export interface CharacterPair {
  /**
   * Sum of the weights of every relationship between the two, whatever its type or direction:
   * weighted measures (weighted degree, PageRank, Louvain) see one edge per pair.
   */
  weight: number;
  /** The relationships behind the edge, in relationship order. */
  relationships: RelationshipEdge[];
}

export type CharacterGraph = UndirectedGraph<CharacterNode, CharacterPair>;

/**
 * A simple undirected graphology graph of a snapshot: one node per character, one edge per pair
 * of characters joined by at least one relationship. Relationships to unknown characters and
 * self-loops are left out. Nodes are added in id order and edges in (smaller id, larger id)
 * order, so every algorithm that iterates the graph sees the same order whatever the order of
 * the snapshot's lists; that is what makes floating-point results repeatable to the last bit.
 */
export function buildCharacterGraph(snapshot: GraphSnapshot): CharacterGraph {
  const graph: CharacterGraph = new UndirectedGraph<CharacterNode, CharacterPair>();
  const characters = [...snapshot.characters].sort((a, b) => compareStrings(a.id, b.id));
  characters.forEach((c) => graph.addNode(c.id, c));
  const position = new Map(characters.map((c, i) => [c.id, i]));
  // A pair (i, j), i < j, is the number i * n + j: exact, and sorting numbers sorts pairs.
  const n = characters.length;
  const pairs = new Map<number, RelationshipEdge[]>();
  for (const r of snapshot.relationships) {
    const a = position.get(r.source);
    const b = position.get(r.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    const relationships = pairs.get(key);
    if (relationships) relationships.push(r);
    else pairs.set(key, [r]);
  }
  for (const key of [...pairs.keys()].sort((x, y) => x - y)) {
    const relationships = (pairs.get(key) ?? []).sort(compareRelationships);
    const weight = relationships.reduce((sum, r) => sum + r.weight, 0);
    graph.addEdge(characters[Math.floor(key / n)].id, characters[key % n].id, {
      weight,
      relationships,
    });
  }
  return graph;
}
