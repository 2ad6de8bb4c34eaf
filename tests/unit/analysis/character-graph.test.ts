import { describe, expect, it } from "@jest/globals";
import { buildCharacterGraph } from "../../../src/analysis";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import {
  relationship,
  snapshotOfDocument,
  snapshotOfEdges,
} from "../../fixtures/analysis/snapshots";

describe("buildCharacterGraph", () => {
  it("joins the relationships of one pair into one edge weighing their sum", () => {
    const graph = buildCharacterGraph(snapshotOfDocument(SMALL_GRAPH));
    const pair = graph.getEdgeAttributes(graph.edge("a", "b"));
    expect(pair.weight).toBe(3);
    expect(pair.relationships.map((r) => r.type)).toEqual(["FAMILY_OF", "INTERACTS_WITH"]);
  });

  it("keeps every character, even one without relationships", () => {
    const graph = buildCharacterGraph(snapshotOfDocument(SMALL_GRAPH));
    expect(graph.order).toBe(SMALL_GRAPH.characters.length);
    expect(graph.degree("x")).toBe(0);
  });

  it("ignores self-loops and relationships to characters it does not know", () => {
    const snapshot = snapshotOfEdges([["a", "b"]]);
    snapshot.relationships.push(relationship("a", "a"), relationship("a", "ghost"));
    const graph = buildCharacterGraph(snapshot);
    expect(graph.size).toBe(1);
  });
});
