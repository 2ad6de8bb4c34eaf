import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { connectingSubgraph } from "../../../src/analysis";
import type { GraphSnapshot } from "../../../src/domain/graph-snapshot";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import {
  grid,
  line,
  snapshotOfDocument,
  snapshotOfEdges,
  star,
} from "../../fixtures/analysis/snapshots";
import { exhaustiveMehlhorn } from "../../support/mehlhorn-exhaustive";
import { takahashiMatsuyama } from "../../support/takahashi-matsuyama";

const CYCLE = snapshotOfEdges([0, 1, 2, 3, 4, 5].map((i) => [`v${i}`, `v${(i + 1) % 6}`] as const));
/** A 4 x 4 grid whose far corners are also joined through one go-between. */
const GRID_WITH_SHORTCUT: GraphSnapshot = (() => {
  const plain = grid(4, 4);
  const shortcut = snapshotOfEdges([
    ["r0c0", "middle"],
    ["middle", "r3c3"],
  ]);
  return snapshotOfEdges(
    [...plain.relationships, ...shortcut.relationships].map((r) => [r.source, r.target] as const),
  );
})();
/** Two triangles with no relationship between them, and a loner. */
const APART = snapshotOfEdges(
  [
    ["a1", "a2"],
    ["a2", "a3"],
    ["a1", "a3"],
    ["b1", "b2"],
    ["b2", "b3"],
    ["b1", "b3"],
  ],
  ["loner"],
);

/** Hand-made graphs where the old heuristic's tree is a smallest one, with its size. */
const OPTIMAL_CASES: [string, GraphSnapshot, string[], number][] = [
  ["a star", star(5), ["leaf1", "leaf3", "leaf5"], 3],
  ["a path", line(["p1", "p2", "p3", "p4", "p5", "p6"]), ["p6", "p1", "p4"], 5],
  ["a cycle", CYCLE, ["v0", "v2", "v4"], 4],
  ["a grid with a shortcut", GRID_WITH_SHORTCUT, ["r0c0", "r3c3", "r0c3"], 5],
  ["the small fixture", snapshotOfDocument(SMALL_GRAPH), ["a", "d", "e"], 3],
];

describe("links by Mehlhorn's algorithm", () => {
  it.each(OPTIMAL_CASES)(
    "gives the old answer where it was a smallest tree: %s",
    (_name, snapshot, named, size) => {
      const tree = connectingSubgraph(snapshot, named);
      expect(tree).toEqual(takahashiMatsuyama(snapshot, named));
      expect(tree.pairs).toHaveLength(size);
    },
  );

  it("gives the old answer for characters that cannot all be joined", () => {
    for (const named of [
      ["a1", "b2", "a3"],
      ["b1", "a2", "nobody"],
      ["loner", "a1", "b1"],
      ["a2", "loner"],
    ]) {
      expect(connectingSubgraph(APART, named)).toEqual(takahashiMatsuyama(APART, named));
    }
    expect(connectingSubgraph(APART, ["loner", "a1"])).toMatchObject({
      characterIds: ["a1"],
      connected: false,
      unreachable: ["loner"],
    });
  });

  it("takes the grid's shortcut rather than walking around the edge", () => {
    const tree = connectingSubgraph(GRID_WITH_SHORTCUT, ["r0c0", "r3c3"]);
    expect(tree.linkers).toEqual(["middle"]);
  });

  it("joins every reachable named character in a tree at most 2(1 - 1/t) times the old one", () => {
    fc.assert(
      fc.property(randomGraph(), ({ snapshot, named }) => {
        const tree = connectingSubgraph(snapshot, named);
        const old = takahashiMatsuyama(snapshot, named);
        expect(tree.unreachable).toEqual(old.unreachable);
        expectTree(snapshot, tree.characterIds, tree.pairs);
        const t = named.length - tree.unreachable.length;
        expect(tree.pairs.length).toBeLessThanOrEqual(2 * (1 - 1 / t) * old.pairs.length);
        for (const id of named) {
          if (!tree.unreachable.includes(id)) expect(tree.characterIds).toContain(id);
        }
      }),
      { seed: 16, numRuns: 300 },
    );
  });

  it("reads only part of the graph yet finds what reading all of it would", () => {
    fc.assert(
      fc.property(randomGraph(), ({ snapshot, named }) => {
        expect(connectingSubgraph(snapshot, named)).toEqual(exhaustiveMehlhorn(snapshot, named));
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});

/** Seeded random graphs of up to 30 characters, some of them loners, and 2 to 6 of them named. */
function randomGraph() {
  return fc
    .record({
      size: fc.integer({ min: 2, max: 30 }),
      edges: fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 60 }),
      named: fc.uniqueArray(fc.nat(29), { minLength: 2, maxLength: 6 }),
    })
    .map(({ size, edges, named }) => {
      const id = (i: number) => `n${String(i % size).padStart(2, "0")}`;
      const pairs = edges
        .filter(([a, b]) => a % size !== b % size)
        .map(([a, b]) => [id(a), id(b)] as const);
      const loners = Array.from({ length: size }, (_, i) => id(i));
      return { snapshot: snapshotOfEdges(pairs, loners), named: [...new Set(named.map(id))] };
    });
}

/** A tree on these characters, over relationships the snapshot has, whose leaves may be any. */
function expectTree(snapshot: GraphSnapshot, ids: string[], pairs: [string, string][]) {
  expect(pairs).toHaveLength(Math.max(ids.length - 1, 0));
  const known = new Set(
    snapshot.relationships.flatMap((r) => [`${r.source} ${r.target}`, `${r.target} ${r.source}`]),
  );
  for (const [a, b] of pairs) expect(known.has(`${a} ${b}`)).toBe(true);
  const group = new Map(ids.map((id) => [id, id]));
  const find = (id: string): string => (group.get(id) === id ? id : find(group.get(id)!));
  for (const [a, b] of pairs) group.set(find(a), find(b));
  expect(new Set(ids.map(find)).size).toBeLessThanOrEqual(1);
}
