import { describe, expect, it } from "@jest/globals";
import { generateGraphDocument } from "../../../bench/generate/synthetic-graph";
import { characterMetrics, rankCharacters } from "../../../src/analysis";
import { drawSources, sampledBetweenness } from "../../../src/analysis/sampled-betweenness";
import type { GraphSnapshot } from "../../../src/domain/graph-snapshot";
import { MemoryStore } from "../../../src/store/memory/memory-store";

async function generated(characters: number, relationships: number): Promise<GraphSnapshot> {
  const store = new MemoryStore();
  await store.load(generateGraphDocument({ name: "test", characters, relationships }, 3));
  return store.snapshot();
}

const exact = (snapshot: GraphSnapshot) =>
  new Map(characterMetrics(snapshot).map((m) => [m.id, m.betweenness]));

describe("betweenness estimated from sampled sources", () => {
  it("is the exact betweenness when every character is a source", async () => {
    const snapshot = await generated(60, 300);
    expect(new Map(sampledBetweenness(snapshot, 60, 7))).toEqual(exact(snapshot));
  });

  it("draws distinct sources, the same ones for the same seed", () => {
    const drawn = drawSources(1000, 50, 7);
    expect(new Set(drawn).size).toBe(50);
    expect([...drawn].every((n) => n >= 0 && n < 1000)).toBe(true);
    expect(drawSources(1000, 50, 7)).toEqual(drawn);
    expect(drawSources(1000, 50, 8)).not.toEqual(drawn);
  });

  it("finds most of the exact top ten of a heavy-tailed graph from a tenth of the walks", async () => {
    const snapshot = await generated(400, 4000);
    const estimate = rankCharacters(new Map(sampledBetweenness(snapshot, 40, 7)), 10);
    const top = rankCharacters(exact(snapshot), 10).map((r) => r.id);
    const found = estimate.filter((r) => top.includes(r.id));
    expect(found.length).toBeGreaterThanOrEqual(8);
  });
});
