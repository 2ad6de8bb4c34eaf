import type { GraphSnapshot } from "../domain/graph-snapshot";
import { compareStrings } from "../domain/relationship-order";
import { CharacterIndex } from "./character-index";
import { MehlhornSearch, type VertexTree } from "./mehlhorn-search";
import type { ConnectingSubgraph } from "./metric-types";

export interface ConnectingOptions {
  /** Longest path (in hops) that may join two named characters; none means unbounded. */
  maxHops?: number;
}

/**
 * A small tree joining the given characters (an approximate Steiner tree), and the linkers: the
 * characters in it who were not asked for. Mehlhorn's algorithm (see MehlhornSearch) on hop
 * counts, within 2(1 - 1/t) of the smallest tree for t characters. Every relationship is
 * undirected; parallel ones are one edge.
 *
 * The tree grows from the smallest terminal id. Terminals that are unknown, or that no chain of
 * paths of at most maxHops hops between named characters joins to it, are listed in
 * `unreachable` and `connected` is false. Cost: one multi-source BFS, at most O(n + m), and
 * usually a few layers of it; the index is built once per snapshot.
 */
export function connectingSubgraph(
  snapshot: GraphSnapshot,
  terminalIds: readonly string[],
  options: ConnectingOptions = {},
): ConnectingSubgraph {
  const index = CharacterIndex.of(snapshot);
  const requested = [...new Set(terminalIds)].sort(compareStrings);
  // Numbers are in id order, so the requested order is the terminals' order.
  const terminals = requested.flatMap((id) => index.indexOf(id) ?? []);
  const search = new MehlhornSearch(
    terminals,
    (a, b) => a - b,
    options.maxHops ?? Number.POSITIVE_INFINITY,
    index.size,
  );
  for (let frontier = search.next(); frontier; frontier = search.next()) {
    search.expand(frontier.map((v) => index.neighbours(v)));
  }
  return describeTree(requested, search.tree(), terminals, (v) => index.ids[v]);
}

/**
 * The answer for a tree found by MehlhornSearch, with its vertices named by `idOf`. Requested
 * ids that are not among `terminals` are unknown to the graph, hence unreachable.
 */
export function describeTree(
  requested: readonly string[],
  tree: VertexTree,
  terminals: readonly number[],
  idOf: (vertex: number) => string,
): ConnectingSubgraph {
  const reached = new Set(terminals.filter((_, i) => tree.reached[i]).map(idOf));
  const characterIds = tree.vertices.map(idOf).sort(compareStrings);
  const asked = new Set(requested);
  const pairs = tree.edges
    .map(([a, b]): [string, string] => {
      const [x, y] = [idOf(a), idOf(b)];
      return compareStrings(x, y) < 0 ? [x, y] : [y, x];
    })
    .sort((x, y) => compareStrings(x[0], y[0]) || compareStrings(x[1], y[1]));
  const unreachable = requested.filter((id) => !reached.has(id));
  return {
    characterIds,
    pairs,
    linkers: characterIds.filter((id) => !asked.has(id)),
    connected: unreachable.length === 0,
    unreachable,
  };
}
