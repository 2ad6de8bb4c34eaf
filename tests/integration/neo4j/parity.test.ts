import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { GraphDocument } from "../../../src/domain/graph-document";
import { nameKey } from "../../../src/domain/ids";
import { MemoryStore } from "../../../src/store/memory/memory-store";
import type { Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { readGraphFile } from "../../../src/app/read-graph-file";
import { openEmptyStore } from "./support/neo4j-test-database";

/** The seed graph in both stores: the reference (memory) and Neo4j must give the same answers. */
describe("Neo4j and the memory store on the seed graph", () => {
  let neo4j: Neo4jStore;
  const memory = new MemoryStore();
  let seed: GraphDocument;
  let ids: string[];

  beforeAll(async () => {
    seed = await readGraphFile("seeds/graph.json");
    neo4j = await openEmptyStore();
    expect(await neo4j.load(seed)).toEqual(await memory.load(seed));
    ids = seed.characters.map((c) => c.id);
  }, 60_000);

  afterAll(async () => {
    await neo4j?.close();
  });

  it("gives the same snapshot, statistics and documents", async () => {
    expect(await neo4j.snapshot()).toEqual(await memory.snapshot());
    expect(await neo4j.stats()).toEqual(await memory.stats());
    expect(await neo4j.listDocuments()).toEqual(await memory.listDocuments());
  });

  it("gives the same relationships, portrayers and name lookups for every character", async () => {
    expect(await neo4j.relationshipsOf(ids, {})).toEqual(await memory.relationshipsOf(ids, {}));
    expect(await neo4j.portrayersOf(ids)).toEqual(await memory.portrayersOf(ids));
    expect(await neo4j.characterNames()).toEqual(await memory.characterNames());
    for (const { name } of seed.characters.slice(0, 10)) {
      const key = nameKey(name);
      expect(await neo4j.charactersByNameKey(key)).toEqual(await memory.charactersByNameKey(key));
    }
  });

  it("finds the same shortest path between every pair of characters", async () => {
    for (const from of ids) {
      const [neo4jPaths, memoryPaths] = await Promise.all(
        [neo4j, memory].map((store) =>
          Promise.all(ids.map((to) => store.shortestPath(from, to, { maxHops: 6 }))),
        ),
      );
      expect(neo4jPaths).toEqual(memoryPaths);
    }
  }, 120_000);

  it("walks the same path through a waypoint, steps and characters included", async () => {
    // Every character as the waypoint between a few fixed ends: ties, hubs and unreachable legs.
    const ends = [ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
    for (const via of ids) {
      for (const [from, to] of [
        [ends[0], ends[1]],
        [ends[2], ends[0]],
      ]) {
        const stops = [from, via, to];
        expect(await neo4j.pathThrough(stops, { maxHops: 6 })).toEqual(
          await memory.pathThrough(stops, { maxHops: 6 }),
        );
      }
    }
  }, 120_000);

  it("finds the same neighbourhoods", async () => {
    for (const id of ids) {
      expect(await neo4j.neighbourhood(id, 2, {})).toEqual(await memory.neighbourhood(id, 2, {}));
    }
    const types = ["INTERACTS_WITH" as const];
    expect(await neo4j.neighbourhood(ids[0], 3, { types })).toEqual(
      await memory.neighbourhood(ids[0], 3, { types }),
    );
  }, 120_000);
});
