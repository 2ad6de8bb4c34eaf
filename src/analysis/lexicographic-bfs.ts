import type { CharacterIndex } from "./character-index";

export interface BfsLimits {
  /** Longest path allowed, in hops. */
  maxHops: number;
  /** Characters the search may not enter (1 = excluded), indexed by character number. */
  excludedNodes?: Uint8Array;
  /** Steps out of the sources that are forbidden (Yen's removed edges), by neighbour number. */
  blockedFirstSteps?: ReadonlySet<number>;
}

/**
 * Breadth-first search from one or more sources (character numbers, ascending) to the nearest
 * character for which isTarget holds. Returns the path as character numbers, source first, or
 * null when no target lies within maxHops.
 *
 * Why it yields the lexicographically smallest shortest path: sources are queued in id order and
 * neighbours are visited in id order, so each BFS layer is queued in the order of the smallest
 * paths that reach it, and a character's first discoverer is the end of the smallest path one
 * hop shorter. Among several nearest targets, the first discovered is the one whose path is
 * smallest. This is the tie-break the GraphStore port uses for shortestPath.
 */
export function lexicographicBfs(
  index: CharacterIndex,
  sources: readonly number[],
  isTarget: (i: number) => boolean,
  limits: BfsLimits,
): number[] | null {
  const parent = new Int32Array(index.size).fill(-1);
  const depth = new Int32Array(index.size);
  const seen = new Uint8Array(index.size);
  const queue = new Int32Array(index.size);
  let tail = 0;
  for (const s of sources) {
    if (isTarget(s)) return [s];
    seen[s] = 1;
    queue[tail++] = s;
  }
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    if (depth[u] >= limits.maxHops) continue;
    const isSource = depth[u] === 0;
    for (const v of index.neighbours(u)) {
      if (seen[v] || limits.excludedNodes?.[v]) continue;
      if (isSource && limits.blockedFirstSteps?.has(v)) continue;
      seen[v] = 1;
      parent[v] = u;
      depth[v] = depth[u] + 1;
      if (isTarget(v)) return pathTo(v, parent);
      queue[tail++] = v;
    }
  }
  return null;
}

function pathTo(end: number, parent: Int32Array): number[] {
  const path = [end];
  for (let v = parent[end]; v !== -1; v = parent[v]) path.push(v);
  return path.reverse();
}
