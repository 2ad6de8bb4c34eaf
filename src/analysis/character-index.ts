import type { GraphSnapshot } from "../domain/graph-snapshot";
import { compareStrings } from "../domain/relationship-order";

/**
 * A compact, read-only adjacency of a snapshot for the traversals written here (BFS, Yen,
 * Steiner): characters are numbered in id order, so comparing numbers compares ids and a
 * neighbour list sorted by number is sorted by id. Every relationship counts as an undirected
 * edge and several relationships between the same pair count as one; relationships to
 * unknown characters and self-loops are ignored. Stored as CSR arrays: O(n + m) memory.
 */
export class CharacterIndex {
  private constructor(
    /** Character ids in id order; a character's number is its position here. */
    readonly ids: readonly string[],
    private readonly position: ReadonlyMap<string, number>,
    /** Character i's neighbours are adjacency[starts[i]] .. adjacency[starts[i + 1] - 1]. */
    readonly starts: Int32Array,
    readonly adjacency: Int32Array,
  ) {}

  static of(snapshot: GraphSnapshot): CharacterIndex {
    const ids = snapshot.characters.map((c) => c.id).sort(compareStrings);
    const position = new Map(ids.map((id, i) => [id, i]));
    const lists: number[][] = ids.map(() => []);
    for (const r of snapshot.relationships) {
      const a = position.get(r.source);
      const b = position.get(r.target);
      if (a === undefined || b === undefined || a === b) continue;
      lists[a].push(b);
      lists[b].push(a);
    }
    const starts = new Int32Array(ids.length + 1);
    const unique = lists.map((list) => [...new Set(list)].sort((x, y) => x - y));
    unique.forEach((list, i) => (starts[i + 1] = starts[i] + list.length));
    const adjacency = new Int32Array(starts[ids.length]);
    unique.forEach((list, i) => adjacency.set(list, starts[i]));
    return new CharacterIndex(ids, position, starts, adjacency);
  }

  get size(): number {
    return this.ids.length;
  }

  indexOf(id: string): number | undefined {
    return this.position.get(id);
  }

  /** Neighbours of character i, ascending (that is, in id order). */
  neighbours(i: number): Int32Array {
    return this.adjacency.subarray(this.starts[i], this.starts[i + 1]);
  }

  idsOf(path: readonly number[]): string[] {
    return path.map((i) => this.ids[i]);
  }
}
