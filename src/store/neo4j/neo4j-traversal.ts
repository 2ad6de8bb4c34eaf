import type { RelationshipType } from "../../domain/vocabulary";
import type { NeighbourhoodResult, RelationshipFilter } from "../graph-store";
import { compareRelationships, compareStrings } from "../../domain/relationship-order";
import { CHARACTER_RELATIONSHIP_TYPES, type CypherRegistry } from "./cypher-registry";
import type { Run } from "./executor";
import { toCharacter, toRelationship } from "./neo4j-records";

type Row = Record<string, unknown>;

/** The types a filter lets through; no filter means every character-to-character type. */
export function typesOf(filter: RelationshipFilter): RelationshipType[] {
  return filter.types && filter.types.length > 0
    ? [...filter.types]
    : [...CHARACTER_RELATIONSHIP_TYPES];
}

/**
 * The port's shortest path: fewest hops, then the smallest id sequence.
 *
 * Why allShortestPaths and not a greedy walk: Neo4j finds the shortest length with a
 * bidirectional breadth-first search that meets in the middle, which stays fast on a dense graph
 * (the search never expands more than half the path's depth from either end). The type test
 * `all(r IN relationships(p) WHERE type(r) IN $types)` is checked per relationship during that
 * search; PROFILE shows the plan as a single ShortestPath operator with no fallback branch
 * (AntiConditionalApply / VarLengthExpand), which is what Neo4j plans when a predicate would need
 * the whole path (see tests/integration/neo4j/shortest-path-plan.test.ts). Then only the
 * distinct id sequences of the shortest paths cross the wire, and JavaScript picks the smallest,
 * in JavaScript's string order, as the port defines it. A greedy walk would need one search per
 * neighbour per step: far more round trips at hub characters.
 */
export async function smallestShortestPath(
  run: Run,
  cypher: CypherRegistry,
  from: string,
  to: string,
  maxHops: number,
  types: RelationshipType[],
): Promise<string[] | null> {
  if (!Number.isFinite(maxHops) || maxHops < 1 || types.length === 0) return null;
  const rows = await run<{ ids: string[] }>(cypher.shortestPaths(Math.floor(maxHops)), {
    from,
    to,
    types,
  });
  if (rows.length === 0) return null;
  return rows
    .map((row) => row.ids)
    .reduce((best, ids) => (compareSequences(ids, best) < 0 ? ids : best));
}

function compareSequences(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareStrings(a[i], b[i]);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * Breadth-first, one query per layer. A single variable-length MATCH would enumerate every
 * path to every member (exponential in depth on a dense graph); a layer query touches each
 * frontier character's relationships once.
 */
export async function neighbourhoodOf(
  run: Run,
  cypher: CypherRegistry,
  question: { id: string; depth: number; types: RelationshipType[]; membersOnly: boolean },
): Promise<NeighbourhoodResult> {
  const { id, depth, types, membersOnly } = question;
  const found = await run<{ character: Row }>(cypher.statement("find-characters-by-id"), {
    ids: [id],
  });
  if (found.length === 0) return { members: [], characters: [], relationships: [] };
  const distance = new Map<string, number>([[id, 0]]);
  const nodes = new Map([[id, toCharacter(found[0].character)]]);
  let frontier = [id];
  for (let hops = 1; hops <= depth && frontier.length > 0; hops++) {
    const rows = await run<{ character: Row }>(cypher.statement("expand-frontier"), {
      frontier,
      types,
    });
    frontier = [];
    for (const row of rows) {
      const next = toCharacter(row.character);
      if (distance.has(next.id)) continue;
      distance.set(next.id, hops);
      nodes.set(next.id, next);
      frontier.push(next.id);
    }
  }
  const members = [...distance]
    .map(([member, hops]) => ({ id: member, distance: hops }))
    .sort((a, b) => a.distance - b.distance || compareStrings(a.id, b.id));
  const characters = members.map((m) => nodes.get(m.id)!);
  if (membersOnly) return { members, characters, relationships: [] };
  const rows = await run<{ relationship: Record<string, unknown> }>(
    cypher.statement("find-relationships-among"),
    {
      ids: [...distance.keys()],
      types,
    },
  );
  return {
    members,
    characters,
    relationships: rows.map((row) => toRelationship(row.relationship)).sort(compareRelationships),
  };
}
