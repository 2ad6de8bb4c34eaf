import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

describe("exports over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH);
  });
  afterAll(() => server.stop());

  const download = (path: string) => fetch(new URL(path, server.url));
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
  const asList = <T>(value: T | T[] | undefined): T[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];

  it("gives a CSV edge list a notebook can read, one row per relationship and document", async () => {
    const response = await download("export/edges.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain("ensemble-edges.csv");
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]).slice(0, 5)).toEqual([
      "Source",
      "Target",
      "Type",
      "Weight",
      "Document",
    ]);
    expect(rows.filter((r) => r.Source === "c" && r.Target === "d").map((r) => r.Document)).toEqual(
      ["one", "two"],
    );
  });

  it("gives a node table with metrics", async () => {
    const rows = parse(await (await download("export/nodes.csv")).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((r) => r.Id)).toEqual(["a", "b", "c", "d", "e", "f", "robert", "x"]);
    expect(rows.find((r) => r.Id === "d")).toMatchObject({ Label: "Dee Dorsey", Degree: "3" });
    expect(rows.find((r) => r.Id === "robert")?.Label).toBe(
      "Robert'); MATCH (n) DETACH DELETE n; //",
    );
  });

  it("gives GraphML and GEXF that parse, with every node and edge", async () => {
    const graphml = xml.parse(await (await download("export/graph.graphml")).text());
    expect(asList(graphml.graphml.graph.node)).toHaveLength(8);
    expect(asList(graphml.graphml.graph.edge)).toHaveLength(7);
    const gexf = xml.parse(await (await download("export/graph.gexf")).text());
    expect(asList(gexf.gexf.graph.nodes.node)).toHaveLength(8);
    expect(asList(gexf.gexf.graph.edges.edge)).toHaveLength(7);
  });

  it("gives node-link JSON, filtered by document", async () => {
    const data = (await (await download("export/graph.json?documents=two")).json()) as {
      nodes: { id: string }[];
      links: { source: string; target: string; type: string; weight: number }[];
    };
    expect(data.nodes).toHaveLength(8);
    expect(data.links.map((l) => `${l.source}-${l.type}-${l.target}:${l.weight}`)).toEqual([
      "a-FAMILY_OF-b:1",
      "a-INTERACTS_WITH-b:1",
      "c-INTERACTS_WITH-d:2",
      "e-ENEMY_OF-f:1",
    ]);
  });

  it("filters by type and weight", async () => {
    const rows = parse(
      await (await download("export/edges.csv?types=INTERACTS_WITH&minWeight=2")).text(),
      { columns: true },
    ) as Record<string, string>[];
    expect([...new Set(rows.map((r) => `${r.Source}-${r.Target}`))]).toEqual(["a-b", "c-d"]);
  });

  it("refuses bad filters with a code, and unknown exports with 404", async () => {
    const badType = await download("export/edges.csv?types=HATES");
    expect(badType.status).toBe(400);
    expect(await badType.json()).toMatchObject({ error: { code: "BAD_USER_INPUT" } });
    const badWeight = await download("export/edges.csv?minWeight=heavy");
    expect(badWeight.status).toBe(400);
    const badDocument = await download("export/edges.csv?documents=nine");
    expect(await badDocument.json()).toMatchObject({ error: { code: "BAD_USER_INPUT" } });
    expect((await download("export/graph.xlsx")).status).toBe(404);
  });
});
