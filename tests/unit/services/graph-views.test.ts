import { afterEach, describe, expect, it, jest } from "@jest/globals";
import { GraphViewService, sameSnapshot } from "../../../src/services/graph-views.service";
import { MemoryStore } from "../../../src/store/memory/memory-store";
import { SMALL_GRAPH } from "../../fixtures/small-graph";

const TTL = 1000;

async function viewsOverSmallGraph(ttl = TTL) {
  const store = new MemoryStore();
  await store.load(SMALL_GRAPH);
  const reads = jest.spyOn(store, "snapshot");
  const views = new GraphViewService(store, MemoryStore.fromSnapshot, {
    snapshotTtlMs: ttl,
    maxViews: 4,
  });
  return { store, reads, views };
}

/** Lets a background read finish. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the snapshot behind whole-graph questions", () => {
  let now = 1_000_000;
  jest.spyOn(Date, "now").mockImplementation(() => now);
  afterEach(() => {
    now += 10 * TTL;
  });

  it("is read once per TTL", async () => {
    const { reads, views } = await viewsOverSmallGraph();
    const first = await views.snapshot();
    now += TTL / 2;
    expect(await views.snapshot()).toBe(first);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it("answers from the stale snapshot while it is read again, and keeps it when unchanged", async () => {
    const { reads, views } = await viewsOverSmallGraph();
    const first = await views.snapshot();
    now += TTL + 1;
    expect(await views.snapshot()).toBe(first);
    expect(reads).toHaveBeenCalledTimes(2);
    await settle();
    expect(await views.snapshot()).toBe(first);
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("swaps in the new snapshot once read when the store changed", async () => {
    const { store, views } = await viewsOverSmallGraph();
    const first = await views.snapshot();
    await store.load({
      ...SMALL_GRAPH,
      characters: [{ ...SMALL_GRAPH.characters[0], id: "zz", name: "Zed New" }],
      people: [],
      relationships: [],
    });
    now += TTL + 1;
    expect(await views.snapshot()).toBe(first);
    await settle();
    const next = await views.snapshot();
    expect(next).not.toBe(first);
    expect(next.characters.map((c) => c.id)).toContain("zz");
  });

  it("keeps answering from the stale snapshot when the new read fails", async () => {
    const { reads, views } = await viewsOverSmallGraph();
    const first = await views.snapshot();
    reads.mockRejectedValueOnce(new Error("database went away"));
    now += TTL + 1;
    expect(await views.snapshot()).toBe(first);
    await settle();
    expect(await views.snapshot()).toBe(first);
  });

  it("reads every time with a TTL of 0", async () => {
    const { reads, views } = await viewsOverSmallGraph(0);
    await views.snapshot();
    await views.snapshot();
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("compares snapshots field by field", async () => {
    const { views } = await viewsOverSmallGraph();
    const snapshot = await views.snapshot();
    // A JSON copy, not structuredClone: under jest that makes objects of another realm.
    const copy = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
    expect(sameSnapshot(snapshot, copy)).toBe(true);
    copy.relationships[0].evidence[0].quote += "!";
    expect(sameSnapshot(snapshot, copy)).toBe(false);
  });

  it("compares a field the model gains without being told about it", async () => {
    const { views } = await viewsOverSmallGraph();
    const snapshot = await views.snapshot();
    const grown = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
    Object.assign(grown.characters[0], { firstSeen: "episode-2" });
    expect(sameSnapshot(snapshot, grown)).toBe(false);
  });
});
