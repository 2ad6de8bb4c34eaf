import type { ConnectingSubgraph } from "../../src/analysis";
import { CharacterIndex } from "../../src/analysis/character-index";
import { describeTree } from "../../src/analysis/connecting-subgraph";
import type { GraphSnapshot } from "../../src/domain/graph-snapshot";
import { compareStrings } from "../../src/domain/relationship-order";

/**
 * Mehlhorn's algorithm the plain way, as the reference for the layered search that stops early:
 * the whole BFS, every edge between two regions, Kruskal over the best one per pair of terminals.
 * Same tie rules (BFS in id order; cheapest bridge, then smallest ends; Kruskal by cost, then
 * terminals).
 */
export function exhaustiveMehlhorn(
  snapshot: GraphSnapshot,
  terminalIds: readonly string[],
): ConnectingSubgraph {
  const index = CharacterIndex.of(snapshot);
  const requested = [...new Set(terminalIds)].sort(compareStrings);
  const terminals = requested.flatMap((id) => index.indexOf(id) ?? []);
  const region = new Array<number>(index.size).fill(-1);
  const parent = new Array<number>(index.size).fill(-1);
  const depth = new Array<number>(index.size).fill(0);
  const queue = [...terminals];
  terminals.forEach((v, i) => (region[v] = i));
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head];
    for (const v of index.neighbours(u)) {
      if (region[v] !== -1) continue;
      [region[v], parent[v], depth[v]] = [region[u], u, depth[u] + 1];
      queue.push(v);
    }
  }
  const best = new Map<string, { cost: number; s: number; r: number; u: number; v: number }>();
  for (let a = 0; a < index.size; a++) {
    for (const b of index.neighbours(a)) {
      if (region[a] === -1 || region[a] >= region[b]) continue;
      const bridge = { cost: depth[a] + 1 + depth[b], s: region[a], r: region[b], u: a, v: b };
      const key = `${bridge.s},${bridge.r}`;
      const known = best.get(key);
      const better =
        !known ||
        bridge.cost < known.cost ||
        (bridge.cost === known.cost && (a - known.u || b - known.v) < 0);
      if (better) best.set(key, bridge);
    }
  }
  const sorted = [...best.values()].sort((x, y) => x.cost - y.cost || x.s - y.s || x.r - y.r);
  const group = terminals.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : find(group[i]));
  const chosen = sorted.filter(({ s, r }) => {
    const [x, y] = [find(s), find(r)];
    if (x !== y) group[Math.max(x, y)] = Math.min(x, y);
    return x !== y;
  });
  const reached = terminals.map((_, i) => find(i) === find(0));
  const vertices = new Set(terminals.filter((_, i) => reached[i]));
  const edges: [number, number][] = [];
  const wayBack = (from: number) => {
    for (let v = from; !vertices.has(v); v = parent[v]) {
      vertices.add(v);
      edges.push([parent[v], v]);
    }
  };
  for (const { u, v } of chosen.filter(({ s }) => reached[s])) {
    wayBack(u);
    wayBack(v);
    edges.push([u, v]);
  }
  const tree = { vertices: [...vertices], edges, reached };
  return describeTree(requested, tree, terminals, (v) => index.ids[v]);
}
