/** A tree over search vertices: its vertices and its edges, each [a, b] as found. */
export interface VertexTree {
  vertices: number[];
  edges: [number, number][];
  /** Per terminal (in the order given), whether the tree reaches it. */
  reached: boolean[];
}

/** The best path found so far between two terminals' regions: through the edge u-v. */
interface Bridge {
  cost: number;
  /** The end in the region of the smaller terminal, and the other. */
  u: number;
  v: number;
}

const UNLABELLED = -1;

/**
 * Mehlhorn's 2-approximation of the Steiner tree (1988) on hop counts, one breadth-first layer
 * at a time, so that a caller can fetch each layer's neighbours wherever the graph lives (a CSR
 * in a worker, one Cypher statement per layer on Neo4j) and both give the same tree.
 *
 * One multi-source BFS from all terminals labels each vertex with its nearest terminal (its
 * Voronoi region), distance and parent; every edge u-v between two regions is a path of
 * d(u) + 1 + d(v) hops between their terminals; Kruskal over the best such path per pair of
 * terminals gives the tree, each of its edges expanded through the BFS parents. Within 2(1 - 1/t)
 * of the smallest tree for t terminals. The union of the expanded paths is already a tree whose
 * leaves are terminals (each region's paths lie in its BFS tree, and the bridges form a tree
 * over the regions), so the classic last steps (MST of the union, pruning) change nothing here.
 *
 * Ties: terminals are queued in id order and each layer's neighbours are visited in id order, so
 * a vertex joins the region of its first discoverer; a pair keeps its cheapest bridge, then the
 * one with the smallest ends by id; Kruskal takes bridges by cost, then by terminal ids.
 *
 * Why it may stop early: after layer k is expanded, every bridge of at most 2k + 2 hops is known
 * (a bridge's ends are at most one layer apart). Once those connect the smallest terminal to
 * every other one that can still join it (terminals whose component is fully explored cannot),
 * Kruskal on the whole graph would pick the same bridges, so the rest of the graph is not read.
 */
export class MehlhornSearch {
  private region: Int32Array;
  private parent: Int32Array;
  private depth: Int32Array;
  private frontier: number[];
  /** Layers expanded so far. */
  private layers = 0;
  /** Whether a region still has vertices in the frontier. */
  private growing: boolean[];
  private readonly bridges = new Map<number, Bridge>();
  private finished = false;

  /**
   * @param terminals distinct vertices, in id order
   * @param compare orders two vertices as their ids do
   * @param maxHops the longest path that may join two terminals
   */
  constructor(
    private readonly terminals: readonly number[],
    private readonly compare: (a: number, b: number) => number,
    private readonly maxHops: number,
    capacity = 64,
  ) {
    const size = Math.max(capacity, ...terminals.map((v) => v + 1));
    this.region = new Int32Array(size).fill(UNLABELLED);
    this.parent = new Int32Array(size).fill(UNLABELLED);
    this.depth = new Int32Array(size);
    terminals.forEach((v, i) => (this.region[v] = i));
    this.frontier = [...terminals];
    this.growing = terminals.map(() => true);
  }

  /** The vertices whose neighbours are needed next, in queue order; null once the tree is known. */
  next(): readonly number[] | null {
    if (this.finished || this.settled()) this.finished = true;
    return this.finished ? null : this.frontier;
  }

  /** Takes the neighbours of each vertex next() gave, in the same order, each list in id order. */
  expand(neighbours: readonly ArrayLike<number>[]): void {
    const layer: number[] = [];
    this.growing = this.terminals.map(() => false);
    this.frontier.forEach((u, i) => {
      const list = neighbours[i];
      for (let j = 0; j < list.length; j++) {
        const v = list[j];
        if (v >= this.region.length) this.grow(v + 1);
        if (this.region[v] === UNLABELLED) {
          this.region[v] = this.region[u];
          this.parent[v] = u;
          this.depth[v] = this.depth[u] + 1;
          this.growing[this.region[u]] = true;
          layer.push(v);
        } else if (this.region[v] !== this.region[u]) {
          this.offer(u, v);
        }
      }
    });
    this.frontier = layer;
    this.layers++;
  }

  /** The tree spanning the smallest terminal and every terminal joined to it. */
  tree(): VertexTree {
    const t = this.terminals.length;
    if (t === 0) return { vertices: [], edges: [], reached: [] };
    const chosen = kruskal(t, this.sortedBridges());
    const sets = new UnionFind(t);
    chosen.forEach(([s, r]) => sets.union(s, r));
    const reached = this.terminals.map((_, i) => sets.find(i) === sets.find(0));
    const vertices = new Set(this.terminals.filter((_, i) => reached[i]));
    const edges: [number, number][] = [];
    // A vertex already in the tree has its whole way back to its terminal in it too.
    const addWayBack = (from: number) => {
      for (let v = from; !vertices.has(v); v = this.parent[v]) {
        vertices.add(v);
        edges.push([this.parent[v], v]);
      }
    };
    for (const [s, , { u, v }] of chosen) {
      if (!reached[s]) continue;
      addWayBack(u);
      addWayBack(v);
      edges.push([u, v]);
    }
    return { vertices: [...vertices], edges, reached };
  }

  private offer(a: number, b: number): void {
    const cost = this.depth[a] + 1 + this.depth[b];
    if (cost > this.maxHops) return;
    const [u, v] = this.region[a] < this.region[b] ? [a, b] : [b, a];
    const key = this.region[u] * this.terminals.length + this.region[v];
    const known = this.bridges.get(key);
    if (
      !known ||
      cost < known.cost ||
      (cost === known.cost && (this.compare(u, known.u) || this.compare(v, known.v)) < 0)
    ) {
      this.bridges.set(key, { cost, u, v });
    }
  }

  /**
   * Whether the bridges known so far decide the tree: every terminal that may still join the
   * smallest one's group has joined it. Every bridge known is exact: after layer k every bridge
   * found costs at most 2k + 2, and all of those are found.
   */
  private settled(): boolean {
    const t = this.terminals.length;
    if (this.frontier.length === 0 || t <= 1) return true;
    if (this.layers > 0 && 2 * this.layers >= this.maxHops) return true;
    const groups = new UnionFind(t);
    for (const [s, r] of this.sortedBridges()) groups.union(s, r);
    // A group none of whose regions grows any more has had all its relationships read.
    const open = new Set<number>();
    this.growing.forEach((grows, i) => grows && open.add(groups.find(i)));
    const home = groups.find(0);
    if (!open.has(home)) return true;
    return this.terminals.every((_, i) => groups.find(i) === home || !open.has(groups.find(i)));
  }

  /** [smaller terminal, larger terminal, bridge], by cost, then by the terminals' order. */
  private sortedBridges(): [number, number, Bridge][] {
    const t = this.terminals.length;
    return [...this.bridges]
      .map(([key, b]): [number, number, Bridge] => [Math.floor(key / t), key % t, b])
      .sort((x, y) => x[2].cost - y[2].cost || x[0] - y[0] || x[1] - y[1]);
  }

  private grow(size: number): void {
    const grown = Math.max(size, this.region.length * 2);
    const copy = (from: Int32Array, fill: number) => {
      const to = new Int32Array(grown).fill(fill);
      to.set(from);
      return to;
    };
    this.region = copy(this.region, UNLABELLED);
    this.parent = copy(this.parent, UNLABELLED);
    this.depth = copy(this.depth, 0);
  }
}

function kruskal<B>(t: number, sorted: [number, number, B][]): [number, number, B][] {
  const sets = new UnionFind(t);
  return sorted.filter(([s, r]) => sets.union(s, r));
}

class UnionFind {
  private readonly up: Int32Array;

  constructor(size: number) {
    this.up = Int32Array.from({ length: size }, (_, i) => i);
  }

  find(i: number): number {
    while (this.up[i] !== i) i = this.up[i] = this.up[this.up[i]];
    return i;
  }

  /** Joins the sets of a and b; false when they were one already. */
  union(a: number, b: number): boolean {
    const [x, y] = [this.find(a), this.find(b)];
    if (x === y) return false;
    this.up[Math.max(x, y)] = Math.min(x, y);
    return true;
  }
}
