import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { evidenceProblems, textsBeside } from "../../../src/cli/evidence-offsets";
import type { GraphDocument } from "../../../src/domain/graph-document";

const seed = () => JSON.parse(readFileSync("seeds/graph.json", "utf8")) as GraphDocument;
const noTexts = () => null;

/** The seed graph with its first piece of evidence moved. */
function withFirstEvidence(change: (e: { start: number; end: number }) => void): GraphDocument {
  const graph = seed();
  change(graph.relationships[0].evidence[0]);
  return graph;
}

describe("checking evidence before a load", () => {
  it("finds nothing wrong with the seed graph, read against its texts", () => {
    const reader = textsBeside("seeds/graph.json");
    expect(seed().documents.every((d) => reader(d.source) !== null)).toBe(true);
    expect(evidenceProblems(seed(), reader)).toEqual([]);
  });

  it("reports offsets beyond the document's length, even without the texts", () => {
    const graph = withFirstEvidence((e) => {
      e.start += 100_000;
      e.end += 100_000;
    });
    const problems = evidenceProblems(graph, noTexts);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/lie outside its \d+ characters/);
  });

  it("reports a quote that is not the text between its offsets, when the text is at hand", () => {
    const graph = withFirstEvidence((e) => {
      e.start += 1;
      e.end += 1;
    });
    expect(evidenceProblems(graph, noTexts)).toEqual([]);
    expect(evidenceProblems(graph, textsBeside("seeds/graph.json"))).toEqual([
      expect.stringMatching(/is not the quote/),
    ]);
  });

  it("makes ensemble load refuse the file with BAD_USER_INPUT before it opens a database", () => {
    const file = join(mkdtempSync(join(tmpdir(), "ensemble-load-")), "graph.json");
    writeFileSync(file, JSON.stringify(withFirstEvidence((e) => (e.end += 100_000))));
    const result = spawnSync(
      "node",
      [resolve("bin/ensemble.js"), "load", file, "--neo4j", "bolt://127.0.0.1:9"],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^ensemble: \[BAD_USER_INPUT\] .*1 evidence problem: .*lie outside/,
    );
  });
});
