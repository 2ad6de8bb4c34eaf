import { describe, expect, it } from "@jest/globals";
import { toGEXF } from "../../../../src/services/export";
import { characterMetrics } from "../../../../src/analysis";
import { reversed } from "../../../fixtures/analysis/snapshots";
import { TRICKY_NAME_IN_XML, trickySnapshot } from "../../../fixtures/analysis/tricky-snapshot";
import { parseXml } from "../../../fixtures/analysis/xml";

interface AttValue {
  for: string;
  value: string;
}
interface Element {
  id: string;
  label: string;
  source?: string;
  target?: string;
  type?: string;
  kind?: string;
  weight?: string;
  attvalues?: { attvalue: AttValue[] };
}
interface Gexf {
  gexf: {
    xmlns: string;
    version: string;
    graph: {
      defaultedgetype: string;
      attributes: { class: string; attribute: { id: string; type: string }[] }[];
      nodes: { node: Element[] };
      edges: { edge: Element[] };
    };
  };
}

const valuesOf = (element: Element | undefined) =>
  Object.fromEntries((element?.attvalues?.attvalue ?? []).map((a) => [a.for, a.value]));

describe("toGEXF", () => {
  const snapshot = trickySnapshot();
  const xml = toGEXF(snapshot, characterMetrics(snapshot));
  const { gexf } = parseXml(xml) as unknown as Gexf;

  it("is GEXF 1.3 with one node per character and one edge per relationship", () => {
    expect(gexf).toMatchObject({ xmlns: "http://gexf.net/1.3", version: "1.3" });
    expect(gexf.graph.defaultedgetype).toBe("undirected");
    expect(gexf.graph.nodes.node).toHaveLength(snapshot.characters.length);
    expect(gexf.graph.edges.edge).toHaveLength(snapshot.relationships.length);
  });

  it("declares typed node and edge attributes", () => {
    const declared = gexf.graph.attributes.map((a) => [
      a.class,
      a.attribute.map((x) => `${x.id}:${x.type}`),
    ]);
    expect(declared).toEqual([
      [
        "node",
        [
          "aliases:string",
          "mentions:integer",
          "confidence:double",
          "degree:integer",
          "weightedDegree:double",
          "betweenness:double",
          "pagerank:double",
        ],
      ],
      [
        "edge",
        [
          "type:string",
          "role:string",
          "evidenceCount:integer",
          "document:string",
          "quote:string",
          "mapping:string",
          "directed:boolean",
        ],
      ],
    ]);
  });

  it("reads back a name full of quotes, markup and a line break, minus the control character", () => {
    const zed = gexf.graph.nodes.node.find((n) => n.id === "zed");
    expect(zed?.label).toBe(TRICKY_NAME_IN_XML);
    expect(valuesOf(zed)).toMatchObject({ aliases: "Zed|Z|ed", degree: "1" });
  });

  it("tells parallel edges apart by kind, direction kept as an attribute", () => {
    const ab = gexf.graph.edges.edge.filter((e) => e.source === "a" && e.target === "b");
    expect(ab.map((e) => [e.kind, e.weight])).toEqual([
      ["FAMILY_OF:sibling", "1"],
      ["INTERACTS_WITH", "2"],
    ]);
    const killed = gexf.graph.edges.edge.find((e) => e.kind === "KILLED");
    expect(killed).toMatchObject({ source: "d", target: "e" });
    expect(gexf.graph.edges.edge.every((e) => e.type === undefined)).toBe(true);
    expect(valuesOf(killed)).toMatchObject({
      directed: "true",
      quote: "Dee kills Eve.",
      mapping: "wikidata:P157(inverse)",
    });
  });

  it("makes a directed graph when asked, symmetric relationships both ways", () => {
    const directed = (parseXml(toGEXF(snapshot, undefined, { directed: true })) as unknown as Gexf)
      .gexf.graph;
    expect(directed.defaultedgetype).toBe("directed");
    const ab = directed.edges.edge.filter((e) => e.kind === "INTERACTS_WITH" && e.weight === "2");
    expect(ab.map((e) => `${e.source}>${e.target}`)).toEqual(["a>b", "b>a"]);
    expect(directed.edges.edge.filter((e) => e.kind === "KILLED")).toHaveLength(1);
  });

  it("writes the same bytes for the same graph, whatever its list order", () => {
    expect(toGEXF(reversed(snapshot), characterMetrics(snapshot))).toBe(xml);
  });
});
