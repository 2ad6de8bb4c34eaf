import type { MultiUndirectedGraph } from "graphology";
import type { RelationshipEdge } from "../graph-store";
import { compareStrings } from "../relationship-order";

type CharacterGraph = MultiUndirectedGraph<object, RelationshipEdge>;
type EdgeTest = (edge: RelationshipEdge) => boolean;

/**
 * Hop distances from `origin`, up to `limit` hops, following only edges that pass `accepts`.
 * graphology-shortest-path's BFS has no edge predicate, and copying a filtered graph per
 * request costs more than this loop at 170,000 edges.
 */
export function hopDistances(
  graph: CharacterGraph,
  origin: string,
  limit: number,
  accepts: EdgeTest,
): Map<string, number> {
  const distance = new Map<string, number>([[origin, 0]]);
  let frontier = [origin];
  for (let hops = 1; hops <= limit && frontier.length > 0; hops++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { source, target, attributes } of graph.edgeEntries(node)) {
        const other = source === node ? target : source;
        if (!distance.has(other) && accepts(attributes)) {
          distance.set(other, hops);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

/**
 * The shortest path whose id sequence is smallest: distances are taken from the far end, then
 * the walk from `from` always steps to the smallest neighbour one hop closer.
 */
export function smallestShortestPath(
  graph: CharacterGraph,
  from: string,
  to: string,
  maxHops: number,
  accepts: EdgeTest,
): string[] | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const toTarget = hopDistances(graph, to, maxHops, accepts);
  const length = toTarget.get(from);
  if (length === undefined) return null;
  const path = [from];
  let current = from;
  for (let remaining = length; remaining > 0; remaining--) {
    current = smallestNeighbourAt(graph, current, remaining - 1, toTarget, accepts);
    path.push(current);
  }
  return path;
}

function smallestNeighbourAt(
  graph: CharacterGraph,
  node: string,
  wanted: number,
  distance: Map<string, number>,
  accepts: EdgeTest,
): string {
  let best: string | undefined;
  for (const { source, target, attributes } of graph.edgeEntries(node)) {
    const other = source === node ? target : source;
    if (distance.get(other) !== wanted || !accepts(attributes)) continue;
    if (best === undefined || compareStrings(other, best) < 0) best = other;
  }
  if (best === undefined) throw new Error(`no neighbour of ${node} at distance ${wanted}`);
  return best;
}
