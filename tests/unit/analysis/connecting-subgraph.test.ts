import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { connectingSubgraph } from "../../../src/analysis";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import { line, snapshotOfDocument, snapshotOfEdges, star } from "../../fixtures/analysis/snapshots";

const LINE = line(["p1", "p2", "p3", "p4", "p5"]);

describe("connectingSubgraph", () => {
  it("links the two ends of a line through the characters in between", () => {
    expect(connectingSubgraph(LINE, ["p5", "p1"])).toEqual({
      characterIds: ["p1", "p2", "p3", "p4", "p5"],
      pairs: [
        ["p1", "p2"],
        ["p2", "p3"],
        ["p3", "p4"],
        ["p4", "p5"],
      ],
      linkers: ["p2", "p3", "p4"],
      connected: true,
      unreachable: [],
    });
  });

  it("does not count a named character as a linker", () => {
    expect(connectingSubgraph(LINE, ["p1", "p3", "p5"]).linkers).toEqual(["p2", "p4"]);
  });

  it("finds the centre of a star as the one linker of its leaves", () => {
    const result = connectingSubgraph(star(4), ["leaf1", "leaf3", "leaf4"]);
    expect(result.linkers).toEqual(["hub"]);
    expect(result.pairs).toHaveLength(3);
  });

  it("takes the path with the smallest ids when two are equally short", () => {
    // a - d runs through b or through c; b comes first.
    const result = connectingSubgraph(snapshotOfDocument(SMALL_GRAPH), ["a", "d"]);
    expect(result.linkers).toEqual(["b"]);
  });

  it("spans the reachable characters and lists the others as unreachable", () => {
    const result = connectingSubgraph(snapshotOfDocument(SMALL_GRAPH), ["a", "c", "x", "nobody"]);
    expect(result).toMatchObject({
      characterIds: ["a", "c"],
      connected: false,
      unreachable: ["nobody", "x"],
    });
  });

  it("does not attach a character that is more than maxHops away", () => {
    const result = connectingSubgraph(LINE, ["p1", "p3", "p5"], { maxHops: 2 });
    expect(result.connected).toBe(true);
    const far = connectingSubgraph(LINE, ["p1", "p5"], { maxHops: 3 });
    expect(far).toMatchObject({ characterIds: ["p1"], connected: false, unreachable: ["p5"] });
  });

  it("always returns a tree whose leaves are named characters", () => {
    const edges = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 9 })),
    );
    const terminals = fc.uniqueArray(fc.integer({ min: 0, max: 9 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(edges, terminals, (pairs, named) => {
        const snapshot = snapshotOfEdges(
          pairs.filter(([a, b]) => a !== b).map(([a, b]) => [`n${a}`, `n${b}`] as const),
          named.map((n) => `n${n}`),
        );
        const result = connectingSubgraph(
          snapshot,
          named.map((n) => `n${n}`),
        );
        expect(result.pairs).toHaveLength(result.characterIds.length - 1);
        const degree = new Map<string, number>();
        for (const id of result.pairs.flat()) degree.set(id, (degree.get(id) ?? 0) + 1);
        for (const linker of result.linkers) expect(degree.get(linker)).toBeGreaterThan(1);
      }),
    );
  });

  it("gives the same tree every time", () => {
    const snapshot = snapshotOfDocument(SMALL_GRAPH);
    expect(connectingSubgraph(snapshot, ["e", "a", "c"])).toEqual(
      connectingSubgraph(snapshot, ["c", "e", "a"]),
    );
  });
});
