import { beforeAll, describe, expect, it } from "@jest/globals";
import type { GraphDocument } from "../../src/domain/graph-document";
import type { GraphStore, RelationshipFilter } from "../../src/store/graph-store";
import { SMALL_GRAPH } from "../fixtures/small-graph";

/** Two middles that JavaScript and Neo4j's stored strings order differently (see neo4j-walk.ts). */
const ASTRAL = "\u{20000}";
const FULLWIDTH = "\uFF41";

const character = (id: string, name: string) => ({
  id,
  name,
  aliases: [],
  mentions: 1,
  confidence: 1,
  scenes: [],
});
const meets = (source: string, target: string) => ({
  source,
  target,
  type: "INTERACTS_WITH" as const,
  weight: 1,
  evidence: [],
});

/** Two shortest paths from start to end, through ids whose order depends on who compares. */
export const WIDE_ID_GRAPH: GraphDocument = {
  version: 1,
  documents: [],
  scenes: [],
  characters: [
    character("wide-start", "Wanda Start"),
    character(ASTRAL, "Astra Wide"),
    character(FULLWIDTH, "Fulla Wide"),
    character("wide-end", "Wendell End"),
  ],
  people: [],
  organizations: [],
  relationships: [
    meets("wide-start", ASTRAL),
    meets(ASTRAL, "wide-end"),
    meets("wide-start", FULLWIDTH),
    meets(FULLWIDTH, "wide-end"),
  ],
};

/**
 * pathThrough, run against every store: the legs shortestPath gives, joined, with the characters
 * and what joins each step as the store's own lookups give them. `makeStore` returns an empty store.
 */
export function describeWalks(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`walks through waypoints: ${name}`, () => {
    let store: GraphStore;
    const ids = (walked: { characters: { id: string }[] } | null) =>
      walked?.characters.map((c) => c.id) ?? null;

    beforeAll(async () => {
      store = await makeStore();
      await store.load(SMALL_GRAPH);
      await store.load(WIDE_ID_GRAPH);
    });

    /** What the port's other calls say of the same walk: legs, steps and characters. */
    async function byParts(stops: string[], options: RelationshipFilter & { maxHops: number }) {
      const walk = [stops[0]];
      for (let i = 1; i < stops.length; i++) {
        const leg = await store.shortestPath(stops[i - 1], stops[i], options);
        if (leg === null) return null;
        walk.push(...leg.slice(1));
      }
      const pairs = walk.slice(1).map((to, i) => [walk[i], to] as const);
      return {
        characters: await store.charactersById(walk),
        steps: await store.relationshipsBetweenPairs(pairs, { types: options.types }),
      };
    }

    it("joins the legs at each waypoint, with every relationship on each step", async () => {
      const walked = await store.pathThrough(["a", "d", "f"], { maxHops: 10 });
      expect(ids(walked)).toEqual(["a", "b", "d", "e", "f"]);
      expect(walked!.steps[0].map((r) => r.type)).toEqual(["FAMILY_OF", "INTERACTS_WITH"]);
      expect(walked!.steps[0][1].evidence.map((e) => e.quote)).toEqual([
        "Ada meets Bo.",
        "Ada's brother Bo.",
      ]);
      expect(walked).toEqual(await byParts(["a", "d", "f"], { maxHops: 10 }));
    });

    it("gives each leg as shortestPath gives it, ties and direction included", async () => {
      for (const stops of [
        ["d", "a", "c"],
        ["a", "d", "a"],
        ["f", "b", "c", "e"],
      ]) {
        expect(await store.pathThrough(stops, { maxHops: 10 })).toEqual(
          await byParts(stops, { maxHops: 10 }),
        );
      }
    });

    it("follows only the given types and no further than maxHops per leg", async () => {
      const types = ["KILLED", "ENEMY_OF"] as const;
      expect(
        ids(await store.pathThrough(["d", "e", "f"], { maxHops: 1, types: [...types] })),
      ).toEqual(["d", "e", "f"]);
      expect(
        await store.pathThrough(["a", "d", "f"], { maxHops: 10, types: [...types] }),
      ).toBeNull();
      expect(await store.pathThrough(["a", "d", "f"], { maxHops: 2 })).not.toBeNull();
      expect(await store.pathThrough(["a", "e"], { maxHops: 2 })).toBeNull();
    });

    it("makes a waypoint that repeats the stop before it an empty leg", async () => {
      expect(ids(await store.pathThrough(["a", "a", "d"], { maxHops: 10 }))).toEqual([
        "a",
        "b",
        "d",
      ]);
      expect(await store.pathThrough(["c", "c"], { maxHops: 2 })).toEqual({
        characters: await store.charactersById(["c"]),
        steps: [],
      });
    });

    it("is null when a leg cannot be walked or a stop is missing", async () => {
      expect(await store.pathThrough(["a", "d", "x"], { maxHops: 10 })).toBeNull();
      expect(await store.pathThrough(["a", "missing"], { maxHops: 10 })).toBeNull();
      expect(await store.pathThrough(["missing", "missing"], { maxHops: 10 })).toBeNull();
    });

    it("breaks ties in JavaScript's string order, whatever order the store keeps", async () => {
      expect([ASTRAL, FULLWIDTH].sort()).toEqual([ASTRAL, FULLWIDTH]);
      const walked = await store.pathThrough(["wide-start", "wide-end"], { maxHops: 4 });
      expect(ids(walked)).toEqual(["wide-start", ASTRAL, "wide-end"]);
      expect(walked).toEqual(await byParts(["wide-start", "wide-end"], { maxHops: 4 }));
    });
  });
}
