import type { MultiUndirectedGraph } from "graphology";
import type { RelationshipEdge } from "../../domain/graph-model";

/**
 * The character graph as compressed adjacency lists (integer ids, typed arrays) for the
 * breadth-first searches behind paths and neighbourhoods: graphology's edge iterators allocate
 * an object per edge visited, which at 170,000 relationships made one search take ~150 ms.
 * Entry i of a node's list is a neighbour and the relationship that joins them; a pair joined
 * by several relationships appears once per relationship.
 */
export class Adjacency {
  readonly ids: string[];
  private readonly indexes: Map<string, number>;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly relationships: RelationshipEdge[];

  constructor(graph: MultiUndirectedGraph<object, RelationshipEdge>) {
    this.ids = graph.nodes();
    this.indexes = new Map(this.ids.map((id, i) => [id, i]));
    this.offsets = new Int32Array(this.ids.length + 1);
    this.ids.forEach((id, i) => (this.offsets[i + 1] = this.offsets[i] + graph.degree(id)));
    this.neighbours = new Int32Array(this.offsets[this.ids.length]);
    this.relationships = new Array<RelationshipEdge>(this.neighbours.length);
    const filled = this.offsets.slice(0, this.ids.length);
    graph.forEachEdge((_edge, attributes, source, target) => {
      const [s, t] = [this.indexes.get(source)!, this.indexes.get(target)!];
      this.neighbours[filled[s]] = t;
      this.relationships[filled[s]++] = attributes;
      if (s === t) return;
      this.neighbours[filled[t]] = s;
      this.relationships[filled[t]++] = attributes;
    });
  }

  indexOf(id: string): number | undefined {
    return this.indexes.get(id);
  }
}
