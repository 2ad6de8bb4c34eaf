import { describe, expect, it } from "@jest/globals";
import { SnapshotMetrics, characterMetrics, rankCharacters } from "../../../src/analysis";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import { line, reversed, snapshotOfDocument, star } from "../../fixtures/analysis/snapshots";

describe("characterMetrics", () => {
  it("gives a star's centre the highest betweenness and PageRank", () => {
    const metrics = characterMetrics(star(5));
    const hub = metrics.find((m) => m.id === "hub");
    expect(hub).toMatchObject({ degree: 5, betweenness: 1 });
    for (const leaf of metrics.filter((m) => m.id !== "hub")) {
      expect(leaf.betweenness).toBe(0);
      expect(leaf.pageRank).toBeLessThan(hub?.pageRank ?? 0);
    }
    const pageRank = new SnapshotMetrics(star(5)).column("PAGERANK");
    expect(rankCharacters(pageRank, 1)).toEqual([{ id: "hub", value: hub?.pageRank }]);
  });

  it("counts the middle of a line as on every path between its two halves", () => {
    const metrics = characterMetrics(line(["p1", "p2", "p3", "p4", "p5"]));
    // Of the 6 pairs not involving p3, 4 have their shortest path through it: 4 / 6.
    expect(metrics.map((m) => m.betweenness)).toEqual([0, 0.5, 0.666667, 0.5, 0]);
  });

  it("counts distinct neighbours for degree and sums weights for weighted degree", () => {
    const metrics = characterMetrics(snapshotOfDocument(SMALL_GRAPH));
    // a: INTERACTS_WITH b (2) and FAMILY_OF b (1), INTERACTS_WITH c (1).
    expect(metrics.find((m) => m.id === "a")).toMatchObject({ degree: 2, weightedDegree: 4 });
    expect(metrics.find((m) => m.id === "x")).toMatchObject({
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
    });
  });

  it("gives PageRank scores that sum to one, rounded to 6 decimals", () => {
    const metrics = characterMetrics(snapshotOfDocument(SMALL_GRAPH));
    const total = metrics.reduce((sum, m) => sum + m.pageRank, 0);
    expect(total).toBeCloseTo(1, 4);
    for (const m of metrics) expect(Math.round(m.pageRank * 1e6) / 1e6).toBe(m.pageRank);
  });

  it("gives the same numbers whatever the order of the snapshot's lists", () => {
    const snapshot = snapshotOfDocument(SMALL_GRAPH);
    expect(characterMetrics(reversed(snapshot))).toEqual(characterMetrics(snapshot));
  });

  it("has nothing to say about an empty graph", () => {
    expect(characterMetrics({ characters: [], relationships: [] })).toEqual([]);
  });
});

describe("rankCharacters", () => {
  it("orders by value, highest first, and breaks ties by id", () => {
    const metrics = new SnapshotMetrics(star(3));
    expect(rankCharacters(metrics.column("DEGREE"), 10)).toEqual([
      { id: "hub", value: 3 },
      { id: "leaf1", value: 1 },
      { id: "leaf2", value: 1 },
      { id: "leaf3", value: 1 },
    ]);
  });

  it("returns at most `first` characters", () => {
    const metrics = new SnapshotMetrics(snapshotOfDocument(SMALL_GRAPH));
    expect(rankCharacters(metrics.column("WEIGHTED_DEGREE"), 2).map((r) => r.id)).toEqual([
      "d",
      "a",
    ]);
    expect(rankCharacters(metrics.column("BETWEENNESS"), 0)).toEqual([]);
  });

  it("computes a metric only when it is asked for, each once", () => {
    const metrics = new SnapshotMetrics(snapshotOfDocument(SMALL_GRAPH));
    const pageRank = metrics.column("PAGERANK");
    expect(metrics.column("PAGERANK")).toBe(pageRank);
    expect(metrics.all().map((m) => m.pageRank)).toEqual([...pageRank.values()]);
    expect(metrics.all()).toEqual(characterMetrics(snapshotOfDocument(SMALL_GRAPH)));
  });
});
