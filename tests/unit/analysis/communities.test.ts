import { describe, expect, it } from "@jest/globals";
import { communities } from "../../../src/analysis";
import { cliqueEdges, reversed, snapshotOfEdges } from "../../fixtures/analysis/snapshots";

const LEFT = ["a1", "a2", "a3", "a4"];
const RIGHT = ["b1", "b2", "b3", "b4"];

/** Two 4-cliques joined by one bridge, a4 - b1. */
const twoCliques = (loners: string[] = []) =>
  snapshotOfEdges([...cliqueEdges(LEFT), ...cliqueEdges(RIGHT), ["a4", "b1"]], loners);

describe("communities", () => {
  it("finds two cliques joined by a bridge", () => {
    const result = communities(twoCliques());
    expect(result.communities).toEqual([
      { index: 0, members: LEFT, size: 4 },
      { index: 1, members: RIGHT, size: 4 },
    ]);
    // 13 edges, each side 6 inside and degree total 13: Q = 2 * (6/13 - (13/26)^2).
    expect(result.modularity).toBeCloseTo(2 * (6 / 13 - 0.25), 5);
  });

  it("puts larger communities first and a character without relationships alone, last", () => {
    const snapshot = snapshotOfEdges(
      [...cliqueEdges(["c1", "c2", "c3"]), ...cliqueEdges(LEFT), ["a4", "c1"]],
      ["aaa"],
    );
    const sizes = communities(snapshot).communities.map((c) => [c.size, c.members[0]]);
    expect(sizes).toEqual([
      [4, "a1"],
      [3, "c1"],
      [1, "aaa"],
    ]);
  });

  it("gives the same partition for the same seed, whatever the list order", () => {
    const snapshot = twoCliques(["z"]);
    expect(communities(snapshot, 7)).toEqual(communities(snapshot, 7));
    expect(communities(reversed(snapshot), 7)).toEqual(communities(snapshot, 7));
  });

  it("reports a modularity of 0 for a graph without relationships", () => {
    const result = communities(snapshotOfEdges([], ["a", "b"]));
    expect(result).toEqual({
      communities: [
        { index: 0, members: ["a"], size: 1 },
        { index: 1, members: ["b"], size: 1 },
      ],
      modularity: 0,
    });
  });
});
