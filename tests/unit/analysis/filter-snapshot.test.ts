import { describe, expect, it } from "@jest/globals";
import { filterSnapshot } from "../../../src/analysis";
import type { GraphSnapshot } from "../../../src/domain/graph-snapshot";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import { snapshotOfDocument } from "../../fixtures/analysis/snapshots";

/** Each relationship as "source-target TYPE weight". */
const summary = (snapshot: GraphSnapshot) =>
  snapshot.relationships.map((r) => `${r.source}-${r.target} ${r.type} ${r.weight}`);

describe("filterSnapshot", () => {
  const snapshot = snapshotOfDocument(SMALL_GRAPH);

  it("keeps only evidence from the chosen documents and reweighs by what remains", () => {
    const filtered = filterSnapshot(snapshot, { documents: ["two"] });
    expect(summary(filtered)).toEqual([
      "a-b FAMILY_OF 1",
      "a-b INTERACTS_WITH 1",
      "c-d INTERACTS_WITH 2",
      "e-f ENEMY_OF 1",
    ]);
    expect(filtered.relationships.flatMap((r) => r.evidence.map((e) => e.document))).not.toContain(
      "one",
    );
  });

  it("applies minWeight to the recomputed weight", () => {
    expect(summary(filterSnapshot(snapshot, { documents: ["two"], minWeight: 2 }))).toEqual([
      "c-d INTERACTS_WITH 2",
    ]);
    expect(summary(filterSnapshot(snapshot, { minWeight: 2 }))).toEqual([
      "a-b INTERACTS_WITH 2",
      "c-d INTERACTS_WITH 3",
    ]);
  });

  it("keeps only the chosen types", () => {
    expect(summary(filterSnapshot(snapshot, { types: ["KILLED", "ENEMY_OF"] }))).toEqual([
      "d-e KILLED 1",
      "e-f ENEMY_OF 1",
    ]);
  });

  it("treats empty lists as no filter and keeps every character", () => {
    const filtered = filterSnapshot(snapshot, { types: [], documents: [] });
    expect(filtered).toEqual(snapshot);
    expect(filterSnapshot(snapshot, { types: ["MENTOR_OF"] }).characters).toEqual(
      snapshot.characters,
    );
  });

  it("leaves the snapshot it was given untouched", () => {
    const before = JSON.stringify(snapshot);
    filterSnapshot(snapshot, { documents: ["one"], minWeight: 1, types: ["INTERACTS_WITH"] });
    expect(JSON.stringify(snapshot)).toBe(before);
  });
});
