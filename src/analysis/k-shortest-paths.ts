import type { GraphSnapshot } from "../domain/graph-snapshot";
import { CharacterIndex } from "./character-index";
import { lexicographicBfs } from "./lexicographic-bfs";

/**
 * Up to k simple paths from one character to another, each at most maxHops hops, ranked by
 * length and then by id sequence (ids compared one by one in JavaScript string order).
 *
 * Yen's algorithm on hop counts. Each spur search is a BFS that returns the lexicographically
 * smallest shortest path (lexicographicBfs); because prefixing a common root preserves the
 * order (length, id sequence), Yen's argument holds for that total order and the paths come out
 * exactly in ranking order. Every relationship is undirected; parallel ones are one edge.
 * Cost: at most k * maxHops BFS runs, each O(n + m).
 *
 * from === to gives [[from]]; an unknown character or no path gives [].
 */
export function kShortestPaths(
  snapshot: GraphSnapshot,
  from: string,
  to: string,
  k: number,
  maxHops: number,
): string[][] {
  const index = CharacterIndex.of(snapshot);
  const source = index.indexOf(from);
  const target = index.indexOf(to);
  if (source === undefined || target === undefined || k < 1) return [];
  if (source === target) return [[from]];
  const first = lexicographicBfs(index, [source], (i) => i === target, { maxHops });
  if (first === null) return [];
  const accepted = [first];
  const candidates = new CandidatePool(first);
  while (accepted.length < k) {
    for (const path of spurPaths(index, accepted, target, maxHops)) candidates.add(path);
    const next = candidates.takeBest();
    if (next === undefined) break;
    accepted.push(next);
  }
  return accepted.map((path) => index.idsOf(path));
}

/** Yen's deviations from the last accepted path, one per spur node. */
function spurPaths(index: CharacterIndex, accepted: number[][], target: number, maxHops: number) {
  const last = accepted[accepted.length - 1];
  const found: number[][] = [];
  for (let i = 0; i < last.length - 1; i++) {
    const root = last.slice(0, i + 1);
    // Steps already taken from this root by accepted paths are forbidden, so the spur deviates.
    const blockedFirstSteps = new Set(
      accepted.filter((p) => p.length > i + 1 && sharesRoot(p, root)).map((p) => p[i + 1]),
    );
    // The root's other characters are off limits, so the joined path stays simple.
    const excludedNodes = new Uint8Array(index.size);
    for (let j = 0; j < i; j++) excludedNodes[root[j]] = 1;
    const spur = lexicographicBfs(index, [last[i]], (v) => v === target, {
      maxHops: maxHops - i,
      excludedNodes,
      blockedFirstSteps,
    });
    if (spur !== null) found.push([...root.slice(0, -1), ...spur]);
  }
  return found;
}

function sharesRoot(path: number[], root: number[]): boolean {
  return root.every((v, j) => path[j] === v);
}

/** Yen's candidate set B: de-duplicated, yielding the smallest by (length, id sequence). */
class CandidatePool {
  private readonly seen = new Set<string>();
  private readonly waiting: number[][] = [];

  constructor(accepted: number[]) {
    this.seen.add(accepted.join(","));
  }

  add(path: number[]): void {
    const key = path.join(",");
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.waiting.push(path);
  }

  takeBest(): number[] | undefined {
    if (this.waiting.length === 0) return undefined;
    let best = 0;
    for (let i = 1; i < this.waiting.length; i++) {
      if (comparePaths(this.waiting[i], this.waiting[best]) < 0) best = i;
    }
    return this.waiting.splice(best, 1)[0];
  }
}

/** Character numbers follow id order, so comparing numbers compares ids. */
function comparePaths(a: number[], b: number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
