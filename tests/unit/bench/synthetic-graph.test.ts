import { createHash } from "node:crypto";
import { describe, expect, it } from "@jest/globals";
import { GRAPH_SIZES, generateSyntheticCorpus } from "../../../bench/generate/synthetic-graph";
import { graphDocumentProblems } from "../../../src/domain/validate-graph-document";
import { MemoryStore } from "../../../src/store/memory/memory-store";

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

describe("the synthetic graph generator", () => {
  const medium = generateSyntheticCorpus(GRAPH_SIZES.medium, 7);
  const characterEdges = medium.graph.relationships.filter((r) => r.type !== "MEMBER_OF");

  it("gives the same bytes for the same seed, and another graph for another seed", () => {
    expect(digest(generateSyntheticCorpus(GRAPH_SIZES.medium, 7).graph)).toBe(digest(medium.graph));
    expect(digest(generateSyntheticCorpus(GRAPH_SIZES.medium, 8).graph)).not.toBe(
      digest(medium.graph),
    );
  });

  it("has exactly the size asked for, one relationship per pair, no self-loops", () => {
    expect(medium.graph.characters).toHaveLength(1_000);
    expect(characterEdges).toHaveLength(20_000);
    const pairs = new Set(characterEdges.map((r) => [r.source, r.target].sort().join("|")));
    expect(pairs.size).toBe(20_000);
    expect(characterEdges.some((r) => r.source === r.target)).toBe(false);
  });

  it("has heavy-tailed degrees: hubs far above the median", () => {
    const degree = new Map<string, number>();
    for (const r of characterEdges) {
      for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    }
    const sorted = [...degree.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    expect(sorted[sorted.length - 1]).toBeGreaterThan(10 * median);
  });

  it("puts evidence on every character edge, each quote at its offsets in its document", () => {
    expect(characterEdges.filter((r) => r.evidence.length === 0)).toEqual([]);
    const misplaced = characterEdges
      .flatMap((r) => r.evidence)
      .filter((e) => medium.texts.get(e.document)?.slice(e.start, e.end) !== e.quote);
    expect(misplaced).toEqual([]);
    for (const d of medium.graph.documents) expect(medium.texts.get(d.id)).toHaveLength(d.length);
  });

  it("is a sound graph document that a store loads whole", async () => {
    expect(graphDocumentProblems(medium.graph)).toEqual([]);
    const store = new MemoryStore();
    const summary = await store.load(generateSyntheticCorpus(GRAPH_SIZES.seed, 1).graph);
    expect(summary.relationships).toBeGreaterThanOrEqual(GRAPH_SIZES.seed.relationships);
    expect((await store.stats()).characters).toBe(GRAPH_SIZES.seed.characters);
  });
});
