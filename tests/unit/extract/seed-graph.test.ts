import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { graphDocumentProblems } from "../../../src/domain/validate-graph-document";
import { extractCorpus } from "../../../src/extract/extract-corpus";
import { serializeGraph } from "../../../src/extract/serialize-graph";
import { seedCuration, seedInputs } from "./seed-corpus";

const graph = extractCorpus(seedInputs(), seedCuration());

function edge(a: string, b: string, type = "INTERACTS_WITH") {
  const [source, target] = a < b ? [a, b] : [b, a];
  return graph.relationships.find(
    (r) => r.source === source && r.target === target && r.type === type,
  );
}

describe("the seed graph", () => {
  it("quotes every evidence exactly where its offsets point in the corpus", () => {
    const texts = new Map(graph.documents.map((d) => [d.id, readFileSync(d.source, "utf8")]));
    const evidence = graph.relationships.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) expect(texts.get(e.document)!.slice(e.start, e.end)).toBe(e.quote);
  });

  it("is the same document every time it is extracted", () => {
    expect(extractCorpus(seedInputs(), seedCuration())).toEqual(graph);
    expect(extractCorpus([...seedInputs()].reverse(), seedCuration())).toEqual(graph);
  });

  it("is what seeds/graph.json holds, byte for byte", () => {
    expect(readFileSync("seeds/graph.json", "utf8")).toBe(serializeGraph(graph));
  });

  it("links Luke to Claire and Claire to Misty", () => {
    expect(edge("luke-cage", "claire-temple")?.weight).toBeGreaterThan(0);
    expect(edge("claire-temple", "misty-knight")?.weight).toBeGreaterThan(0);
  });

  it("says Mike Colter plays Luke Cage", () => {
    const colter = graph.people.find((p) => p.id === "mike-colter");
    expect(colter?.portrays).toEqual(["luke-cage"]);
    expect(graph.characters.some((c) => c.id === "mike-colter")).toBe(false);
  });

  it("weighs co-occurrence by the number of sentences naming both characters", () => {
    for (const r of graph.relationships.filter((r) => r.type === "INTERACTS_WITH")) {
      expect(r.weight).toBe(r.evidence.length);
      expect(r.source < r.target).toBe(true);
    }
  });

  it("is a sound graph document", () => {
    expect(graphDocumentProblems(graph)).toEqual([]);
  });

  it("lists characters by id and relationships by source, target and type", () => {
    const ids = graph.characters.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    const keys = graph.relationships.map((r) => `${r.source}\u0000${r.target}\u0000${r.type}`);
    expect(keys).toEqual([...keys].sort());
  });
});
