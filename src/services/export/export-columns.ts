import { DIRECTED_TYPES, PUBLIC_MAPPING } from "../../domain/vocabulary";
import type { CharacterMetrics } from "../../analysis/metric-types";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import { compareRelationships, compareStrings } from "../../domain/relationship-order";
import type { CharacterNode, RelationshipEdge } from "../../domain/graph-model";

/**
 * The attributes the graph formats (GraphML, GEXF) carry, declared once so both files describe
 * nodes and edges alike. A value of null means "no value for this item" and is left out.
 */
export type ColumnType = "string" | "int" | "double" | "boolean";

export interface Column<T> {
  name: string;
  type: ColumnType;
  value(item: T): string | number | null;
}

export interface CharacterRow {
  character: CharacterNode;
  metrics: CharacterMetrics | null;
}

const CHARACTER_COLUMNS: Column<CharacterRow>[] = [
  { name: "label", type: "string", value: (r) => r.character.name },
  { name: "aliases", type: "string", value: (r) => r.character.aliases.join("|") },
  { name: "mentions", type: "int", value: (r) => r.character.mentions },
  { name: "confidence", type: "double", value: (r) => r.character.confidence },
];

const METRIC_COLUMNS: Column<CharacterRow>[] = [
  { name: "degree", type: "int", value: (r) => r.metrics?.degree ?? null },
  { name: "weightedDegree", type: "double", value: (r) => r.metrics?.weightedDegree ?? null },
  { name: "betweenness", type: "double", value: (r) => r.metrics?.betweenness ?? null },
  { name: "pagerank", type: "double", value: (r) => r.metrics?.pageRank ?? null },
];

export const RELATIONSHIP_COLUMNS: Column<RelationshipEdge>[] = [
  { name: "type", type: "string", value: (r) => r.type },
  { name: "role", type: "string", value: (r) => r.role },
  { name: "weight", type: "double", value: (r) => r.weight },
  { name: "evidenceCount", type: "int", value: (r) => r.evidence.length },
  { name: "document", type: "string", value: (r) => r.evidence[0]?.document ?? null },
  { name: "quote", type: "string", value: (r) => r.evidence[0]?.quote ?? null },
  { name: "mapping", type: "string", value: (r) => PUBLIC_MAPPING[r.type] },
  { name: "directed", type: "boolean", value: (r) => String(DIRECTED_TYPES.has(r.type)) },
];

/** Metric columns are declared only when metrics are given, so a file never promises empty ones. */
export function characterColumns(withMetrics: boolean): Column<CharacterRow>[] {
  return withMetrics ? [...CHARACTER_COLUMNS, ...METRIC_COLUMNS] : CHARACTER_COLUMNS;
}

/**
 * Characters in id order, each with its metrics (null when none were given or the character has
 * none). Sorting here, not trusting the snapshot's order, keeps the bytes identical whichever
 * store produced the snapshot.
 */
export function characterRows(
  snapshot: GraphSnapshot,
  metrics?: readonly CharacterMetrics[],
): CharacterRow[] {
  const byId = new Map((metrics ?? []).map((m) => [m.id, m]));
  return [...snapshot.characters]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((character) => ({ character, metrics: byId.get(character.id) ?? null }));
}

/** Relationships in relationship order (source, target, type priority, role). */
export function orderedRelationships(snapshot: GraphSnapshot): RelationshipEdge[] {
  return [...snapshot.relationships].sort(compareRelationships);
}

/** One edge of a graph file: a relationship, or one direction of a symmetric one. */
export interface Arc {
  relationship: RelationshipEdge;
  source: string;
  target: string;
  /** Unique in the file: the relationship's position, plus "r" for the reverse arc. */
  id: string;
}

/**
 * The edges of a graph file. Undirected (the default): one per relationship, its direction
 * left to the `directed` attribute, so readers that refuse mixed graphs (networkx) open it.
 * Directed: a relationship of a directed type (KILLED, WORKS_FOR, ...) is one arc from source
 * to target, and a symmetric one (INTERACTS_WITH, FAMILY_OF, ...) is two arcs, one each way,
 * as networkx's to_directed() does, so in- and out-degrees mean what they say.
 */
export function arcs(snapshot: GraphSnapshot, directed: boolean): Arc[] {
  return orderedRelationships(snapshot).flatMap((relationship, i) => {
    const { source, target } = relationship;
    const arc = { relationship, source, target, id: String(i) };
    if (!directed || DIRECTED_TYPES.has(relationship.type)) return [arc];
    return [arc, { relationship, source: target, target: source, id: `${i}r` }];
  });
}
