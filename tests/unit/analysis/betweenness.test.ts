import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import betweenness from "graphology-metrics/centrality/betweenness";
import { buildCharacterGraph } from "../../../src/analysis";
import { betweennessCentrality } from "../../../src/analysis/betweenness";
import { CharacterIndex } from "../../../src/analysis/character-index";
import { snapshotOfEdges } from "../../fixtures/analysis/snapshots";

describe("betweennessCentrality", () => {
  it("gives graphology-metrics' normalized betweenness, to 12 digits", () => {
    const edges = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 14 })),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(edges, (pairs) => {
        const snapshot = snapshotOfEdges(
          pairs.filter(([a, b]) => a !== b).map(([a, b]) => [`n${a}`, `n${b}`] as const),
          ["n0", "n1", "n2"],
        );
        const index = CharacterIndex.of(snapshot);
        const expected = betweenness(buildCharacterGraph(snapshot), {
          getEdgeWeight: null,
          normalized: true,
        });
        const actual = betweennessCentrality(index);
        index.ids.forEach((id, i) => expect(actual[i]).toBeCloseTo(expected[id], 12));
      }),
    );
  });
});
