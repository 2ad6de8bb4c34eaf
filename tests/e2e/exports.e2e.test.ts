import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import type { GraphDocument } from "../../src/domain/graph-document";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

/** The small graph, with Eve's enmity with Fay read through a pronoun. */
const WITH_PRONOUN: GraphDocument = {
  ...SMALL_GRAPH,
  relationships: SMALL_GRAPH.relationships.map((r) =>
    r.type === "ENEMY_OF"
      ? { ...r, evidence: r.evidence.map((e) => ({ ...e, viaPronoun: true })) }
      : r,
  ),
};

describe("exports over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(WITH_PRONOUN);
  });
  afterAll(() => server.stop());

  const download = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init);
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

  it("refuses an unknown parameter, listing the ones it takes", async () => {
    for (const query of ["minweight=2", "min_weight=2", "type=KILLED"]) {
      const response = await download(`export/edges.csv?${query}`);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: Record<string, unknown> };
      expect(error).toMatchObject({
        code: "BAD_USER_INPUT",
        argument: query.split("=")[0],
        valid: ["types", "minWeight", "documents", "pronouns"],
      });
      expect(error.message).toMatch(/Did you mean (minWeight|types)\?/);
    }
  });

  it("reads types in any case, and lists the valid types for an unknown one", async () => {
    const rows = parse(await (await download("export/edges.csv?types=killed,Enemy_Of")).text(), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((r) => r.Type)).toEqual(["KILLED", "ENEMY_OF"]);
    const { error } = (await (await download("export/edges.csv?types=hates")).json()) as {
      error: { valid: string[]; message: string };
    };
    expect(error.valid).toContain("INTERACTS_WITH");
    expect(error.message).toContain("FAMILY_OF, ROMANTIC_WITH");
  });

  it("takes documents by title as well as by id, and lists the documents for an unknown one", async () => {
    const byTitle = await (await download("export/graph.json?documents=episode%20two")).text();
    expect(byTitle).toBe(await (await download("export/graph.json?documents=two")).text());
    const { error } = (await (
      await download("export/edges.csv?documents=Episode%20Nine")
    ).json()) as {
      error: { valid: string[]; message: string };
    };
    expect(error.valid).toEqual(["one", "two"]);
    expect(error.message).toContain('two ("Episode Two")');
  });

  it("drops evidence read through a pronoun with pronouns=false", async () => {
    const csv = async (query: string) =>
      parse(await (await download(`export/edges.csv${query}`)).text(), {
        columns: true,
      }) as Record<string, string>[];
    const pairs = (rows: Record<string, string>[]) => rows.map((r) => `${r.Source}-${r.Type}`);
    expect(pairs(await csv(""))).toContain("e-ENEMY_OF");
    const named = await csv("?pronouns=false");
    expect(pairs(named)).not.toContain("e-ENEMY_OF");
    expect(pairs(named)).toContain("d-KILLED");
    expect((await download("export/edges.csv?pronouns=maybe")).status).toBe(400);
  });

  it("makes directed graph files when asked, and refuses directed for tables", async () => {
    const graphml = xml.parse(await (await download("export/graph.graphml?directed=true")).text());
    expect(graphml.graphml.graph.edgedefault).toBe("directed");
    const data = (await (await download("export/graph.json?directed=true")).json()) as {
      directed: boolean;
    };
    expect(data.directed).toBe(true);
    const table = await download("export/edges.csv?directed=true");
    expect(table.status).toBe(400);
    expect(((await table.json()) as { error: { message: string } }).error.message).toContain(
      "graph files",
    );
  });

  it("lists every export at /export, as a page or as JSON", async () => {
    const page = await download("export");
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    for (const file of ["edges.csv", "nodes.csv", "graph.graphml", "graph.gexf", "graph.json"])
      expect(html).toContain(`href="/export/${file}"`);
    const index = (await (
      await download("export", { headers: { accept: "application/json" } })
    ).json()) as {
      exports: { url: string; parameters: string[] }[];
      parameters: { name: string }[];
      documents: { id: string; title: string }[];
    };
    expect(index.exports.map((e) => e.url)).toEqual([
      "/export/edges.csv",
      "/export/nodes.csv",
      "/export/graph.graphml",
      "/export/graph.gexf",
      "/export/graph.json",
    ]);
    expect(index.exports[0].parameters).not.toContain("directed");
    expect(index.exports[2].parameters).toContain("directed");
    expect(index.parameters.map((p) => p.name)).toEqual([
      "types",
      "minWeight",
      "documents",
      "pronouns",
      "directed",
    ]);
    expect(index.documents).toEqual([
      { id: "one", title: "Episode One" },
      { id: "two", title: "Episode Two" },
    ]);
  });
});
