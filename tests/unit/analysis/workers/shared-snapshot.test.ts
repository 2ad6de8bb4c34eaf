import { describe, expect, it } from "@jest/globals";
import { MemoryStore } from "../../../../src/store/memory/memory-store";
import { readGraphFile } from "../../../../src/app/read-graph-file";
import { decodeSnapshot, encodeSnapshot } from "../../../../src/analysis/workers/shared-snapshot";

describe("a snapshot in shared memory", () => {
  it("keeps what analyses and view filters read: ids, ends, types, roles, weights, evidence documents and pronouns", async () => {
    const store = new MemoryStore();
    await store.load(await readGraphFile("seeds/graph.json"));
    const snapshot = await store.snapshot();
    expect(snapshot.relationships.some((r) => r.role !== null)).toBe(true);
    expect(snapshot.relationships.some((r) => r.evidence.some((e) => e.viaPronoun))).toBe(true);

    const decoded = decodeSnapshot(await encodeSnapshot(snapshot));

    expect(decoded.characters.map((c) => c.id)).toEqual(snapshot.characters.map((c) => c.id));
    const essentials = (s: typeof snapshot) =>
      s.relationships.map((r) => ({
        ...r,
        evidence: r.evidence.map((e) => [e.document, e.viaPronoun === true]),
      }));
    expect(essentials(decoded)).toEqual(essentials(snapshot));
  });

  it("leaves out relationships to characters the snapshot does not hold", async () => {
    const character = { id: "misty", name: "Misty", aliases: [], mentions: 1, confidence: 1 };
    const dangling = { source: "misty", target: "nobody", type: "ALLY_OF" as const };
    const decoded = decodeSnapshot(
      await encodeSnapshot({
        characters: [character],
        relationships: [{ ...dangling, role: null, weight: 1, evidence: [] }],
      }),
    );
    expect(decoded.relationships).toEqual([]);
  });

  it("gives each encoding its own version", async () => {
    const empty = { characters: [], relationships: [] };
    const [a, b] = [await encodeSnapshot(empty), await encodeSnapshot(empty)];
    expect(a.version).not.toBe(b.version);
  });
});
