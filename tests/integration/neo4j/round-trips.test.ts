import { afterAll, describe, expect, it } from "@jest/globals";
import { storeCallsPerList } from "../../../bench/sections/round-trips";
import type { Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { readGraphFile } from "../../../src/app/read-graph-file";
import { openEmptyStore } from "./support/neo4j-test-database";

describe("store calls per request on Neo4j (DataLoader batching)", () => {
  let store: Neo4jStore | undefined;
  afterAll(() => store?.close());

  it("stays the same whether the list holds 5, 20 or all the characters", async () => {
    store = await openEmptyStore();
    await store.load(await readGraphFile("seeds/graph.json"));
    const all = (await store.stats()).characters;
    expect(await storeCallsPerList(store, [5, 20, all])).toEqual([4, 4, 4]);
  });
});
