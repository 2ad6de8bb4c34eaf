import { describe, expect, it } from "@jest/globals";
import { storeCallsPerList } from "../../bench/sections/round-trips";
import { MemoryStore } from "../../src/store/memory/memory-store";
import { readGraphFile } from "../../src/app/read-graph-file";

describe("store calls per request (DataLoader batching)", () => {
  it("stays the same whether the list holds 5, 20 or all the characters", async () => {
    const store = new MemoryStore();
    await store.load(await readGraphFile("seeds/graph.json"));
    const all = (await store.stats()).characters;
    const calls = await storeCallsPerList(store, [5, 20, all]);
    // The page, then one batch each for relationships, portrayals and the relationships' ends.
    expect(calls).toEqual([4, 4, 4]);
  });
});
