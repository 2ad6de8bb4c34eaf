import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RelationshipRecord } from "../../src/domain/graph-document";
import { DIRECTED_TYPES } from "../../src/domain/vocabulary";
import { readGraphFile } from "../../src/app/read-graph-file";
import { type TestServer, startTestServer } from "../support/test-server";

interface Shape {
  nodes: number;
  edges: number;
  directed: boolean;
  multigraph: boolean;
}
interface Comparison {
  rows: number;
  pairs: number;
  differing: string[];
}
interface Report {
  graphml: Shape;
  gexf: Shape;
  json: Shape;
  directedGraphml: Shape;
  directedGexf: Shape;
  directedJson: Shape;
  sameNodes: boolean;
  killedMarkedDirected: boolean;
  killed: number;
  edgesCsv: Comparison;
  documentEdgesCsv: Comparison;
  graphmlPairsMatchJson: boolean;
}

/** The downloads, named as tests/python/check_exports.py expects them. */
const DOWNLOADS: Record<string, string> = {
  "graph.graphml": "export/graph.graphml",
  "graph.gexf": "export/graph.gexf",
  "graph.json": "export/graph.json",
  "edges.csv": "export/edges.csv",
  "nodes.csv": "export/nodes.csv",
  "directed.graphml": "export/graph.graphml?directed=true",
  "directed.gexf": "export/graph.gexf?directed=true",
  "directed.json": "export/graph.json?directed=true",
  // One episode, named by its title as a journalist would.
  "document-edges.csv": `export/edges.csv?documents=${encodeURIComponent("The first episode of The Defenders (2017).")}`,
  "document-graph.json": "export/graph.json?documents=004-d6918a921d0480bf",
};

// Needs python3 with networkx and pandas (.ci/run installs them): a missing module fails here
// rather than skipping, so CI always proves that the files open where users open them.
describe("the seed graph's exports, downloaded and opened with networkx and pandas", () => {
  let server: TestServer;
  let report: Report;
  let characters: number;
  let relationships: RelationshipRecord[];

  beforeAll(async () => {
    server = await startTestServer();
    const seed = await readGraphFile("seeds/graph.json");
    const ids = new Set(seed.characters.map((c) => c.id));
    characters = ids.size;
    relationships = seed.relationships.filter((r) => ids.has(r.source) && ids.has(r.target));
    const dir = mkdtempSync(join(tmpdir(), "ensemble-downloads-"));
    for (const [file, path] of Object.entries(DOWNLOADS)) {
      const response = await fetch(new URL(path, server.url));
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
      writeFileSync(join(dir, file), Buffer.from(await response.arrayBuffer()));
    }
    const run = spawnSync("python3", [join(__dirname, "../python/check_exports.py"), dir], {
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`check_exports.py failed:\n${run.stderr}`);
    report = JSON.parse(run.stdout) as Report;
  }, 60000);
  afterAll(() => server.stop());

  it("opens GraphML, GEXF and node-link JSON as undirected multigraphs with every character and relationship", () => {
    const undirected = { nodes: characters, edges: relationships.length, directed: false };
    expect(report.graphml).toMatchObject({ ...undirected, multigraph: true });
    expect(report.gexf).toMatchObject({ ...undirected, multigraph: true });
    expect(report.json).toMatchObject({ ...undirected, multigraph: true });
    expect(report.sameNodes).toBe(true);
    expect(report.graphmlPairsMatchJson).toBe(true);
  });

  it("keeps direction as an edge attribute in the undirected files", () => {
    expect(report.killed).toBeGreaterThan(0);
    expect(report.killedMarkedDirected).toBe(true);
  });

  it("opens the directed files as directed graphs, symmetric relationships both ways", () => {
    const symmetric = relationships.filter((r) => !DIRECTED_TYPES.has(r.type)).length;
    const directed = { nodes: characters, edges: relationships.length + symmetric, directed: true };
    expect(report.directedGraphml).toMatchObject(directed);
    expect(report.directedGexf).toMatchObject(directed);
    expect(report.directedJson).toMatchObject(directed);
  });

  it("sums edges.csv weights by pair to graph.json's weights, for the whole graph and one episode", () => {
    expect(report.edgesCsv.rows).toBeGreaterThan(relationships.length);
    expect(report.edgesCsv.pairs).toBeGreaterThan(0);
    expect(report.edgesCsv.differing).toEqual([]);
    expect(report.documentEdgesCsv.pairs).toBeGreaterThan(0);
    expect(report.documentEdgesCsv.differing).toEqual([]);
  });
});
