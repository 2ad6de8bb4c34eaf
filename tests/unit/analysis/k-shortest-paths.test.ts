import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { kShortestPaths } from "../../../src/analysis";
import type { GraphSnapshot } from "../../../src/domain/graph-snapshot";
import { compareStrings } from "../../../src/domain/relationship-order";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import { grid, snapshotOfDocument, snapshotOfEdges } from "../../fixtures/analysis/snapshots";

const path = (...cells: string[]) => cells.map((c) => `r${c[0]}c${c[1]}`);

describe("kShortestPaths", () => {
  it("lists a grid's corner-to-corner paths by length, then by ids", () => {
    const paths = kShortestPaths(grid(3, 3), "r0c0", "r2c2", 7, 10);
    expect(paths).toEqual([
      path("00", "01", "02", "12", "22"),
      path("00", "01", "11", "12", "22"),
      path("00", "01", "11", "21", "22"),
      path("00", "10", "11", "12", "22"),
      path("00", "10", "11", "21", "22"),
      path("00", "10", "20", "21", "22"),
      path("00", "01", "02", "12", "11", "21", "22"),
    ]);
  });

  it("returns fewer than k paths when no more fit in maxHops", () => {
    expect(kShortestPaths(grid(3, 3), "r0c0", "r2c2", 10, 4)).toHaveLength(6);
    expect(kShortestPaths(grid(3, 3), "r0c0", "r2c2", 10, 3)).toEqual([]);
  });

  it("counts several relationships between two characters as one step", () => {
    // a and b are joined twice, yet a - b is one path.
    const paths = kShortestPaths(snapshotOfDocument(SMALL_GRAPH), "a", "b", 5, 10);
    expect(paths).toEqual([
      ["a", "b"],
      ["a", "c", "d", "b"],
    ]);
  });

  it("answers a character to itself, and nothing for unknown or unreachable ones", () => {
    const snapshot = snapshotOfDocument(SMALL_GRAPH);
    expect(kShortestPaths(snapshot, "a", "a", 3, 5)).toEqual([["a"]]);
    expect(kShortestPaths(snapshot, "a", "x", 3, 5)).toEqual([]);
    expect(kShortestPaths(snapshot, "a", "nobody", 3, 5)).toEqual([]);
  });

  it("agrees with listing every simple path and sorting them", () => {
    const edges = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })),
      {
        maxLength: 16,
      },
    );
    fc.assert(
      fc.property(
        edges,
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 6 }),
        (pairs, k, hops) => {
          const snapshot = snapshotOfEdges(
            pairs.filter(([a, b]) => a !== b).map(([a, b]) => [`n${a}`, `n${b}`] as const),
            ["n0", "n6"],
          );
          expect(kShortestPaths(snapshot, "n0", "n6", k, hops)).toEqual(
            allSimplePaths(snapshot, "n0", "n6", hops).slice(0, k),
          );
        },
      ),
    );
  });
});

/** Brute force: every simple path of at most maxHops hops, by length then ids. */
function allSimplePaths(snapshot: GraphSnapshot, from: string, to: string, maxHops: number) {
  const neighbours = new Map<string, Set<string>>();
  for (const r of snapshot.relationships) {
    neighbours.set(r.source, (neighbours.get(r.source) ?? new Set()).add(r.target));
    neighbours.set(r.target, (neighbours.get(r.target) ?? new Set()).add(r.source));
  }
  const found: string[][] = [];
  const walk = (trail: string[]) => {
    const last = trail[trail.length - 1];
    if (last === to) return void found.push(trail);
    if (trail.length > maxHops) return;
    for (const next of neighbours.get(last) ?? [])
      if (!trail.includes(next)) walk([...trail, next]);
  };
  walk([from]);
  return found.sort((a, b) => a.length - b.length || compareSequences(a, b));
}

function compareSequences(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = compareStrings(a[i], b[i]);
    if (order !== 0) return order;
  }
  return 0;
}
