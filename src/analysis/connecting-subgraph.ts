import type { GraphSnapshot } from "../domain/graph-snapshot";
import { compareStrings } from "../domain/relationship-order";
import { CharacterIndex } from "./character-index";
import { lexicographicBfs } from "./lexicographic-bfs";
import type { ConnectingSubgraph } from "./metric-types";

export interface ConnectingOptions {
  /** Longest path (in hops) used to attach one more character; none means unbounded. */
  maxHops?: number;
}

/**
 * A small tree joining the given characters (an approximate Steiner tree), and the linkers: the
 * characters in it who were not asked for.
 *
 * Heuristic: Takahashi–Matsuyama's shortest-path heuristic, which is within 2(1 - 1/t) of the
 * smallest tree for t terminals (the same bound as the KMB metric-closure MST approximation),
 * on hop counts. Start from the smallest terminal id; repeatedly run one BFS from the whole tree
 * and attach the nearest unattached terminal by its shortest path. Ties (several terminals or
 * paths at the same distance) go to the lexicographically smallest id sequence, tree end first
 * (see lexicographicBfs). Every relationship is undirected; parallel ones are one edge.
 *
 * Terminals that are unknown, or that no path of at most maxHops hops joins to the tree, are
 * listed in `unreachable` and `connected` is false; the tree spans the others. Cost: one BFS,
 * O(n + m), per terminal.
 */
export function connectingSubgraph(
  snapshot: GraphSnapshot,
  terminalIds: readonly string[],
  options: ConnectingOptions = {},
): ConnectingSubgraph {
  const index = CharacterIndex.of(snapshot);
  const requested = [...new Set(terminalIds)].sort(compareStrings);
  const unknown = requested.filter((id) => index.indexOf(id) === undefined);
  const pending = new Set(requested.flatMap((id) => index.indexOf(id) ?? []));
  const tree = growTree(index, pending, options.maxHops ?? Number.POSITIVE_INFINITY);
  const characterIds = index.idsOf([...tree.nodes].sort((a, b) => a - b));
  const asked = new Set(requested);
  const unreachable = [...unknown, ...index.idsOf([...pending])].sort(compareStrings);
  return {
    characterIds,
    pairs: tree.pairs
      .map(([a, b]): [string, string] => [index.ids[a], index.ids[b]])
      .sort((x, y) => compareStrings(x[0], y[0]) || compareStrings(x[1], y[1])),
    linkers: characterIds.filter((id) => !asked.has(id)),
    connected: unreachable.length === 0,
    unreachable,
  };
}

/** Grows the tree from the smallest pending terminal; removes attached ones from `pending`. */
function growTree(index: CharacterIndex, pending: Set<number>, maxHops: number) {
  const nodes = new Set<number>();
  const pairs: [number, number][] = [];
  const start = Math.min(...pending);
  if (!Number.isFinite(start)) return { nodes, pairs };
  nodes.add(start);
  pending.delete(start);
  while (pending.size > 0) {
    const sources = [...nodes].sort((a, b) => a - b);
    const path = lexicographicBfs(index, sources, (i) => pending.has(i), { maxHops });
    if (path === null) break;
    for (let i = 1; i < path.length; i++) {
      const [a, b] = [path[i - 1], path[i]];
      pairs.push(a < b ? [a, b] : [b, a]);
      nodes.add(b);
    }
    pending.delete(path[path.length - 1]);
  }
  return { nodes, pairs };
}
