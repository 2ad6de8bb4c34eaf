import { compareStrings } from "../../domain/relationship-order";
import type { Adjacency } from "./adjacency";
import type { RelationshipEdge } from "../../domain/graph-model";

/** A relationship test; null lets every relationship through (and costs nothing per edge). */
export type EdgeTest = ((edge: RelationshipEdge) => boolean) | null;

const UNSEEN = -1;

/**
 * Hop distances (by node index) from `origin`, up to `limit` hops, following only edges that
 * pass `accepts`. Stops early once `stopAt` is reached: every node nearer than it is final then.
 */
function breadthFirst(
  graph: Adjacency,
  origin: number,
  limit: number,
  accepts: EdgeTest,
  stopAt = UNSEEN,
): { distance: Int32Array; reached: number[] } {
  const distance = new Int32Array(graph.ids.length).fill(UNSEEN);
  const { offsets, neighbours, relationships } = graph;
  distance[origin] = 0;
  const reached = [origin];
  let layerStart = 0;
  for (let hops = 1; hops <= limit && layerStart < reached.length; hops++) {
    const layerEnd = reached.length;
    for (let r = layerStart; r < layerEnd; r++) {
      const node = reached[r];
      for (let i = offsets[node]; i < offsets[node + 1]; i++) {
        const other = neighbours[i];
        if (distance[other] !== UNSEEN || (accepts !== null && !accepts(relationships[i])))
          continue;
        distance[other] = hops;
        reached.push(other);
        if (other === stopAt) return { distance, reached };
      }
    }
    layerStart = layerEnd;
  }
  return { distance, reached };
}

/** Characters within `limit` hops of `origin` (which must exist), with their distances. */
export function hopDistances(
  graph: Adjacency,
  origin: string,
  limit: number,
  accepts: EdgeTest,
): Map<string, number> {
  const { distance, reached } = breadthFirst(graph, graph.indexOf(origin)!, limit, accepts);
  return new Map(reached.map((node) => [graph.ids[node], distance[node]]));
}

/**
 * The shortest path whose id sequence is smallest: distances are taken from the far end (the
 * search stops as soon as it reaches `from`), then the walk from `from` always steps to the
 * smallest neighbour one hop closer.
 */
export function smallestShortestPath(
  graph: Adjacency,
  from: string,
  to: string,
  maxHops: number,
  accepts: EdgeTest,
): string[] | null {
  const [start, end] = [graph.indexOf(from), graph.indexOf(to)];
  if (start === undefined || end === undefined) return null;
  const { distance } = breadthFirst(graph, end, maxHops, accepts, start);
  if (distance[start] === UNSEEN) return null;
  const path = [from];
  let current = start;
  for (let remaining = distance[start]; remaining > 0; remaining--) {
    current = smallestNeighbourAt(graph, current, remaining - 1, distance, accepts);
    path.push(graph.ids[current]);
  }
  return path;
}

function smallestNeighbourAt(
  graph: Adjacency,
  node: number,
  wanted: number,
  distance: Int32Array,
  accepts: EdgeTest,
): number {
  let best = UNSEEN;
  for (let i = graph.offsets[node]; i < graph.offsets[node + 1]; i++) {
    const other = graph.neighbours[i];
    if (distance[other] !== wanted || (accepts !== null && !accepts(graph.relationships[i])))
      continue;
    if (best === UNSEEN || compareStrings(graph.ids[other], graph.ids[best]) < 0) best = other;
  }
  if (best === UNSEEN) throw new Error(`no neighbour of ${graph.ids[node]} at distance ${wanted}`);
  return best;
}

/** Every relationship passing `accepts` whose two ends are both among `members`. */
export function relationshipsAmong(
  graph: Adjacency,
  members: Iterable<string>,
  accepts: EdgeTest,
): RelationshipEdge[] {
  const inside = new Uint8Array(graph.ids.length);
  const indexes = [...members].map((id) => graph.indexOf(id)!);
  for (const node of indexes) inside[node] = 1;
  const found = new Set<RelationshipEdge>();
  for (const node of indexes) {
    for (let i = graph.offsets[node]; i < graph.offsets[node + 1]; i++) {
      if (inside[graph.neighbours[i]] && (accepts === null || accepts(graph.relationships[i])))
        found.add(graph.relationships[i]);
    }
  }
  return [...found];
}
