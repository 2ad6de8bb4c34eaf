import { describe, expect, it } from "@jest/globals";
import { toGraphML } from "../../../../src/services/export";
import { characterMetrics } from "../../../../src/analysis";
import { reversed } from "../../../fixtures/analysis/snapshots";
import { TRICKY_NAME_IN_XML, trickySnapshot } from "../../../fixtures/analysis/tricky-snapshot";
import { parseXml } from "../../../fixtures/analysis/xml";

interface Data {
  key: string;
  "#text": string;
}
interface Element {
  id: string;
  source?: string;
  target?: string;
  directed?: string;
  data?: Data[];
}
interface GraphMl {
  graphml: {
    xmlns: string;
    key: { id: string; for: string; "attr.name": string; "attr.type": string }[];
    graph: { edgedefault: string; node: Element[]; edge: Element[] };
  };
}

const dataOf = (element: Element | undefined) =>
  Object.fromEntries((element?.data ?? []).map((d) => [d.key, d["#text"]]));

describe("toGraphML", () => {
  const snapshot = trickySnapshot();
  const xml = toGraphML(snapshot, characterMetrics(snapshot));
  const { graphml } = parseXml(xml) as unknown as GraphMl;

  it("is GraphML with one node per character and one edge per relationship", () => {
    expect(graphml.xmlns).toBe("http://graphml.graphdrawing.org/xmlns");
    expect(graphml.graph.edgedefault).toBe("undirected");
    expect(graphml.graph.node).toHaveLength(snapshot.characters.length);
    expect(graphml.graph.edge).toHaveLength(snapshot.relationships.length);
  });

  it("declares a typed key for every node and edge attribute", () => {
    const keys = graphml.key.map((k) => `${k.for}:${k["attr.name"]}:${k["attr.type"]}`);
    expect(keys).toEqual([
      "node:label:string",
      "node:aliases:string",
      "node:mentions:int",
      "node:confidence:double",
      "node:degree:int",
      "node:weightedDegree:double",
      "node:betweenness:double",
      "node:pagerank:double",
      "edge:type:string",
      "edge:role:string",
      "edge:weight:double",
      "edge:evidenceCount:int",
      "edge:document:string",
      "edge:quote:string",
      "edge:mapping:string",
      "edge:directed:boolean",
    ]);
  });

  it("reads back a name full of quotes, markup and a line break, minus the control character", () => {
    const zed = graphml.graph.node.find((n) => n.id === "zed");
    expect(dataOf(zed).label).toBe(TRICKY_NAME_IN_XML);
    const robert = graphml.graph.node.find((n) => n.id === "robert");
    expect(dataOf(robert).aliases).toBe("O`Brien|RETURN");
  });

  it("stays purely undirected, direction kept as an attribute, and keeps the evidence", () => {
    const killed = graphml.graph.edge.find((e) => dataOf(e).type === "KILLED");
    expect(killed).toMatchObject({ source: "d", target: "e" });
    expect(killed?.directed).toBeUndefined();
    expect(dataOf(killed)).toMatchObject({
      directed: "true",
      weight: "1",
      evidenceCount: "1",
      quote: "Dee kills Eve.",
    });
    const family = graphml.graph.edge.find((e) => dataOf(e).type === "FAMILY_OF");
    expect(dataOf(family)).toMatchObject({ role: "sibling", directed: "false" });
    expect(graphml.graph.edge.every((e) => e.directed === undefined)).toBe(true);
  });

  it("makes a directed graph when asked: directed types one way, symmetric ones both ways", () => {
    const directed = parseXml(
      toGraphML(snapshot, undefined, { directed: true }),
    ) as unknown as GraphMl;
    expect(directed.graphml.graph.edgedefault).toBe("directed");
    const arcs = directed.graphml.graph.edge.map(
      (e) => `${e.source}>${e.target}:${dataOf(e).type}`,
    );
    expect(arcs.filter((a) => a.endsWith("KILLED"))).toEqual(["d>e:KILLED"]);
    expect(arcs.filter((a) => a.endsWith("FAMILY_OF"))).toEqual(["a>b:FAMILY_OF", "b>a:FAMILY_OF"]);
    const symmetric = snapshot.relationships.filter((r) => r.type !== "KILLED").length;
    expect(arcs).toHaveLength(snapshot.relationships.length + symmetric);
    expect(new Set(directed.graphml.graph.edge.map((e) => e.id)).size).toBe(arcs.length);
  });

  it("declares no metric keys when no metrics are given", () => {
    const bare = parseXml(toGraphML(snapshot)) as unknown as GraphMl;
    expect(bare.graphml.key.map((k) => k.id)).not.toContain("pagerank");
  });

  it("writes the same bytes for the same graph, whatever its list order", () => {
    expect(toGraphML(reversed(snapshot), characterMetrics(snapshot))).toBe(xml);
  });
});
