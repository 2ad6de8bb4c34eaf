import type { RelationshipType } from "../../domain/vocabulary";
import type { RelationshipEdge } from "../../domain/graph-model";
import { compareRelationshipsFrom, compareStrings } from "../../domain/relationship-order";
import type { WalkedPath } from "../graph-store";
import type { CypherRegistry } from "./cypher-registry";
import type { Run } from "./executor";
import { toCharacter, toRelationship } from "./neo4j-records";

type Row = Record<string, unknown>;

interface WalkRow {
  walk: string[];
  /** Per leg, Cypher's smallest id sequence and, when its order may not be the port's, all. */
  legs: { ids: string[]; ties: string[][] }[];
  characters: Row[];
  joining: { step: number; relationship: Row }[];
}

/**
 * Ids holding a character where code-point order (Neo4j's for stored strings) and UTF-16 order
 * (the port's, JavaScript's) can disagree: above U+FFFF, or from U+E000 up.
 */
export const WIDE_CHARACTERS = "(?s).*[\\x{E000}-\\x{10FFFF}].*";

/**
 * The port's pathThrough in one statement (find-path-through.cypher): both legs, the steps'
 * relationships and the characters come back together. A leg whose ids Neo4j might order
 * otherwise than JavaScript comes back with all its shortest sequences; if JavaScript's
 * smallest differs from Neo4j's, the walk is taken again from those (`rewalk`, two more
 * statements). Consecutive equal stops make an empty leg (Cypher's shortest path refuses one).
 */
export async function walkThrough(
  run: Run,
  cypher: CypherRegistry,
  stops: readonly string[],
  maxHops: number,
  types: RelationshipType[],
  rewalk: (walk: string[]) => Promise<WalkedPath | null>,
): Promise<WalkedPath | null> {
  const distinct = stops.filter((stop, i) => i === 0 || stop !== stops[i - 1]);
  if (distinct.length === 0) return null;
  if (distinct.length > 1 && (!Number.isFinite(maxHops) || maxHops < 1)) return null;
  const rows = await run<WalkRow>(cypher.pathThrough(Math.max(1, Math.floor(maxHops))), {
    stops: distinct,
    types,
    wideCharacters: WIDE_CHARACTERS,
  });
  if (rows.length === 0) return null;
  const [{ walk, legs, characters, joining }] = rows;
  const portWalk = inPortOrder(walk, legs);
  if (portWalk !== walk) return rewalk(portWalk);
  if (characters.length !== walk.length) return null;
  const steps = walk.slice(1).map((): RelationshipEdge[] => []);
  for (const { step, relationship } of joining) steps[step].push(toRelationship(relationship));
  return {
    characters: characters.map(toCharacter),
    steps: steps.map((found, i) => found.sort(compareRelationshipsFrom(walk[i]))),
  };
}

/**
 * The walk as the port orders ties: the same array when Neo4j's choice per leg was already the
 * smallest id sequence in JavaScript's order, else the walk made of those.
 */
function inPortOrder(walk: string[], legs: WalkRow["legs"]): string[] {
  const chosen = legs.map(({ ids, ties }) => (ties.length > 0 ? ties.reduce(smaller) : ids));
  if (chosen.every((ids, i) => ids === legs[i].ids || compareSequences(ids, legs[i].ids) === 0))
    return walk;
  return [walk[0], ...chosen.flatMap((ids) => ids.slice(1))];
}

const smaller = (a: string[], b: string[]) => (compareSequences(b, a) < 0 ? b : a);

function compareSequences(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareStrings(a[i], b[i]);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
