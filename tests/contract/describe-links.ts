import { beforeAll, describe, expect, it } from "@jest/globals";
import { GRAPH_SIZES, generateGraphDocument } from "../../bench/generate/synthetic-graph";
import { linksThroughStore } from "../../src/services/links-expansion";
import { connectingSubgraph, filterSnapshot } from "../../src/analysis";
import type { GraphSnapshot } from "../../src/domain/graph-snapshot";
import type { GraphStore } from "../../src/store/graph-store";
import { SMALL_GRAPH } from "../fixtures/small-graph";

/**
 * What `links` asks of a store: neighbour ids a layer at a time, and the tree found by walking
 * the store that way, which must be the tree found on its snapshot (the analysis pool's way).
 * `makeStore` must return an empty store.
 */
export function describeLinks(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`links through the store: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await makeStore();
    });

    describe("on the small graph", () => {
      beforeAll(async () => {
        await store.load(SMALL_GRAPH);
      });

      it("lists each character's neighbours once, in id order, empty for the unknown", async () => {
        expect(await store.neighbourIds(["d", "a", "x", "nobody", "f", "a"], {})).toEqual([
          ["b", "c", "e"],
          ["b", "c"],
          [],
          [],
          ["e"],
          ["b", "c"],
        ]);
        expect(await store.neighbourIds([], {})).toEqual([]);
      });

      it("follows only the given types", async () => {
        const types = ["KILLED", "ENEMY_OF"] as const;
        expect(await store.neighbourIds(["e", "a"], { types })).toEqual([["d", "f"], []]);
      });

      it("joins named characters as their snapshot does, the unreachable listed", async () => {
        const snapshot = await store.snapshot();
        for (const named of [
          ["a", "d", "e"],
          ["f", "c"],
          ["a", "x", "e"],
          ["x", "a"],
        ]) {
          expect(await linksThroughStore(store, named, {})).toEqual(
            connectingSubgraph(snapshot, named),
          );
        }
      });
    });

    describe("on a generated graph", () => {
      let snapshot: GraphSnapshot;
      let ids: string[];

      beforeAll(async () => {
        await store.load(generateGraphDocument(GRAPH_SIZES.seed, 5));
        snapshot = await store.snapshot();
        ids = snapshot.characters.map((c) => c.id);
      });

      it("gives the tree the snapshot gives, for many sets of named characters", async () => {
        for (let k = 0; k < 20; k++) {
          const named = [0, 1, 2, 3]
            .slice(0, 2 + (k % 3))
            .map((j) => ids[(k * 7 + j * 11) % ids.length]);
          const walked = await linksThroughStore(store, named, {});
          expect(walked).toEqual(connectingSubgraph(snapshot, named));
        }
      });

      it("gives the same tree under a type filter", async () => {
        const types = ["INTERACTS_WITH", "ALLY_OF", "ENEMY_OF"] as const;
        const filtered = filterSnapshot(snapshot, { types: [...types] });
        for (let k = 0; k < 10; k++) {
          const named = [ids[k], ids[(k * 13 + 5) % ids.length], ids[(k * 17 + 9) % ids.length]];
          expect(await linksThroughStore(store, named, { types })).toEqual(
            connectingSubgraph(filtered, named),
          );
        }
      });
    });
  });
}
