import { describe, expect, it } from "@jest/globals";
import { GraphViewService } from "../../../src/services/graph-views.service";
import { type ViewFilter, normalizeFilter } from "../../../src/services/view-filter";
import { filterSnapshot } from "../../../src/analysis";
import { MemoryStore } from "../../../src/store/memory/memory-store";
import { readGraphFile } from "../../../src/app/read-graph-file";
import type { CharacterPair } from "../../../src/domain/graph-model";

describe("the relationships of a path's or a tree's steps under a filter", () => {
  it("are those a store of the whole filtered graph gives, looked up for the steps alone", async () => {
    const store = new MemoryStore();
    await store.load(await readGraphFile("seeds/graph.json"));
    const views = new GraphViewService(store, MemoryStore.fromSnapshot, {
      snapshotTtlMs: 60_000,
      maxViews: 8,
    });
    const snapshot = await store.snapshot();
    const [firstDocument] = await store.listDocuments();
    // Every pair in the graph, each seen from both ends.
    const pairs = snapshot.relationships.flatMap((r): CharacterPair[] => [
      [r.source, r.target],
      [r.target, r.source],
    ]);
    const filters: ViewFilter[] = [
      { documents: [firstDocument.id] },
      { minWeight: 2 },
      { pronouns: false },
      { types: ["INTERACTS_WITH", "ALLY_OF"], minWeight: 2 },
    ];
    for (const filter of filters) {
      const viewStore = await MemoryStore.fromSnapshot(
        filterSnapshot(snapshot, normalizeFilter(filter)),
      );
      const expected = await viewStore.relationshipsBetweenPairs(pairs, {
        types: filter.types ?? undefined,
      });
      expect(expected.some((edges) => edges.length > 0)).toBe(true);
      expect(expected.some((edges) => edges.length === 0)).toBe(true);
      expect([filter, await views.relationshipsBetweenPairs(pairs, filter)]).toEqual([
        filter,
        expected,
      ]);
    }
  });
});
