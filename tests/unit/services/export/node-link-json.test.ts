import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toGraphML, toNodeLinkJson } from "../../../../src/services/export";
import type { NodeLinkEdge, NodeLinkNode } from "../../../../src/services/export";
import { characterMetrics } from "../../../../src/analysis";
import { reversed } from "../../../fixtures/analysis/snapshots";
import {
  TRICKY_NAME,
  TRICKY_NAME_IN_XML,
  trickySnapshot,
} from "../../../fixtures/analysis/tricky-snapshot";

interface NodeLink {
  directed: boolean;
  multigraph: boolean;
  graph: object;
  nodes: NodeLinkNode[];
  links?: NodeLinkEdge[];
  edges?: NodeLinkEdge[];
}

describe("toNodeLinkJson", () => {
  const snapshot = trickySnapshot();
  const json = toNodeLinkJson(snapshot, characterMetrics(snapshot));
  const data = JSON.parse(json) as NodeLink;

  it("has the shape networkx's node_link_graph reads, as an undirected multigraph", () => {
    expect(data).toMatchObject({ directed: false, multigraph: true, graph: {} });
    expect(data.nodes).toHaveLength(snapshot.characters.length);
    expect(data.links).toHaveLength(snapshot.relationships.length);
    expect(data.edges).toBeUndefined();
  });

  it("keys parallel links apart and keeps every link's evidence", () => {
    const ab = data.links?.filter((l) => l.source === "a" && l.target === "b");
    expect(ab?.map((l) => [l.key, l.type, l.role, l.weight])).toEqual([
      [0, "FAMILY_OF", "sibling", 1],
      [1, "INTERACTS_WITH", null, 2],
    ]);
    expect(ab?.[1].evidence.map((e) => e.quote)).toEqual(["Ada meets Bo.", "Ada's brother Bo."]);
    expect(data.links?.find((l) => l.type === "KILLED")?.directed).toBe(true);
  });

  it("carries labels, aliases and metrics on the nodes", () => {
    const zed = data.nodes.find((n) => n.id === "zed");
    expect(zed).toMatchObject({ label: TRICKY_NAME, aliases: ["Zed", "Z|ed"], degree: 1 });
    expect(typeof zed?.pagerank).toBe("number");
  });

  it("can name the edge list `edges`, as networkx 3.6 reads by default", () => {
    const named = JSON.parse(
      toNodeLinkJson(snapshot, undefined, { edgesKey: "edges" }),
    ) as NodeLink;
    expect(named.edges).toHaveLength(snapshot.relationships.length);
    expect(named.links).toBeUndefined();
    expect(named.nodes[0]).not.toHaveProperty("pagerank");
  });

  it("makes a directed multigraph when asked, keyed per direction", () => {
    const directed = JSON.parse(
      toNodeLinkJson(snapshot, undefined, { directed: true }),
    ) as NodeLink;
    expect(directed.directed).toBe(true);
    const ab = directed.links?.filter((l) => l.type === "INTERACTS_WITH" && l.weight === 2);
    expect(ab?.map((l) => [l.source, l.target, l.key])).toEqual([
      ["a", "b", 1],
      ["b", "a", 1],
    ]);
    expect(directed.links?.filter((l) => l.type === "KILLED")).toHaveLength(1);
  });

  it("writes the same bytes for the same graph, whatever its list order", () => {
    expect(toNodeLinkJson(reversed(snapshot), characterMetrics(snapshot))).toBe(json);
  });

  // Needs python3 with networkx (`pip install networkx`; .ci/run installs it): a missing
  // networkx fails here rather than skipping, so CI always proves the round trip.
  it("loads in networkx with every node and link", () => {
    const dir = mkdtempSync(join(tmpdir(), "ensemble-export-"));
    writeFileSync(join(dir, "graph.json"), json);
    writeFileSync(join(dir, "graph.graphml"), toGraphML(snapshot));
    const script = join(__dirname, "networkx-check.py");
    const run = spawnSync(
      "python3",
      [script, join(dir, "graph.json"), join(dir, "graph.graphml")],
      {
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      multigraph: true,
      directed: false,
      nodes: snapshot.characters.length,
      edges: snapshot.relationships.length,
      zed: TRICKY_NAME,
      graphmlNodes: snapshot.characters.length,
      graphmlEdges: snapshot.relationships.length,
      graphmlZed: TRICKY_NAME_IN_XML,
    });
  });
});
