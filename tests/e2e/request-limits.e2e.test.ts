import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { GRAPH_SIZES, generateGraphDocument } from "../../bench/generate/synthetic-graph";
import { EXAMPLE_QUERIES, displayedQuery } from "../../src/http/example-queries";
import { type TestServer, startTestServer } from "../support/test-server";

describe("bounds on a request", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  const post = (body: unknown) =>
    fetch(`${server.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  const refusal = async (query: string) => {
    const { errors, data } = await server.graphql(query);
    expect(data ?? null).toBeNull();
    return errors?.[0];
  };

  it("accepts every example query the IDE offers", async () => {
    for (const { query } of EXAMPLE_QUERIES) {
      const { errors } = await server.graphql(displayedQuery(query));
      const codes = (errors ?? []).map((e) => e.extensions?.code);
      expect(codes.filter((c) => c !== "NOT_FOUND" && c !== "UNAUTHENTICATED")).toEqual([]);
    }
  });

  it("refuses a query nested deeper than 8", async () => {
    const error = await refusal(
      `{ character(name: "Luke") { relationships { source { relationships { source { relationships { evidence { document { id } } } } } } } } }`,
    );
    expect(error?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error?.message).toMatch(/depth limit of 8/i);
  });

  it("refuses more than 15 aliases", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: stats { characters }`).join(" ");
    const error = await refusal(`{ ${aliases} }`);
    expect(error?.message).toMatch(/aliases limit of 15/i);
  });

  it("counts __typename among the aliases", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `t${i}: __typename`).join(" ");
    const error = await refusal(`{ ${aliases} }`);
    expect(error?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(error?.message).toMatch(/aliases limit of 15/i);
  });

  it("refuses more than 50 directives", async () => {
    const directives = Array.from({ length: 51 }, () => "@skip(if: false)").join(" ");
    const error = await refusal(`{ stats ${directives} { characters } }`);
    expect(error?.message).toMatch(/directives limit of 50/i);
  });

  it("refuses more than 2000 tokens", async () => {
    const fields = Array.from({ length: 2100 }, () => "characters").join(" ");
    const error = await refusal(`{ stats { ${fields} } }`);
    expect(error?.message).toMatch(/token limit of 2000/i);
  });

  it("refuses a query whose cost is over the limit, saying its cost and the limit", async () => {
    const response = await post({
      query: `{ neighbourhood(of: "Luke", depth: 3) { members { character { relationships(first: 100) { evidence { quote document { title } } } } } } }`,
    });
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(errors[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      bound: "cost",
      limit: 10000,
    });
    expect(errors[0].message).toMatch(/the cost limit is 10000/);
  });

  it("answers batches of up to 5 operations and refuses larger ones", async () => {
    const operation = { query: `{ stats { characters } }` };
    const small = await post([operation, operation]);
    expect(small.status).toBe(200);
    expect(await small.json()).toHaveLength(2);
    const large = await post(Array(6).fill(operation));
    expect(large.status).toBe(400);
    expect(await large.json()).toMatchObject({
      errors: [{ extensions: { code: "BAD_USER_INPUT", bound: "batch", limit: 5 } }],
    });
  });

  it("refuses a body over 256 KiB", async () => {
    const response = await post({
      query: `{ stats { characters } }`,
      variables: { pad: "x".repeat(300 * 1024) },
    });
    expect(response.status).toBe(413);
  });
});

describe("the cost of whole-graph questions", () => {
  // Three whole-graph fields: on a graph of 1,000 characters and 20,000 relationships one walk
  // costs (1,000 + 20,000) / 100 = 210; betweenness one walk per 2,000 characters (so 210),
  // PageRank one walk, communities two.
  const THREE = /* GraphQL */ `
    {
      a: ranking(metric: BETWEENNESS, first: 5) {
        rank
      }
      b: ranking(metric: PAGERANK, first: 5) {
        rank
      }
      communities {
        modularity
      }
    }
  `;
  const costOf = async (server: TestServer, query: string) => {
    const { errors } = await server.graphql(query);
    return errors?.[0]?.extensions;
  };
  let small: TestServer;
  let large: TestServer;
  beforeAll(async () => {
    small = await startTestServer(undefined, { MAX_COST: "1000" });
    large = await startTestServer(generateGraphDocument(GRAPH_SIZES.medium, 3), {
      MAX_COST: "1000",
    });
  });
  afterAll(async () => {
    await small.stop();
    await large.stop();
  });

  it("lets three of them through on a small graph and refuses them on a large one", async () => {
    const onSmall = await small.graphql(THREE);
    expect(onSmall.errors).toBeUndefined();
    expect(await costOf(large, THREE)).toMatchObject({
      code: "BAD_USER_INPUT",
      bound: "cost",
      limit: 1000,
      cost: 55 + 210 + (55 + 210) + (150 + 2 * 210),
    });
  });

  it("lets one of them through on the large graph", async () => {
    const { data, errors } = await large.graphql(`{ communities { modularity } }`);
    expect(errors).toBeUndefined();
    expect(data).toMatchObject({ communities: { modularity: expect.any(Number) } });
  });

  it("counts a walk more for a filtered view, and links and k paths by their names and k", async () => {
    const degree = `ranking(metric: DEGREE, first: 5, minWeight: 2) { rank }`;
    const filtered = `{ a: ${degree} b: ${degree} c: ${degree} }`;
    expect(await costOf(large, filtered)).toMatchObject({ cost: 3 * (55 + 210 + 210) });
    const searches = `{ links(between: ["a", "b", "c"]) { connected } paths(from: "a", to: "b", k: 2) { length } }`;
    expect(await costOf(large, searches)).toMatchObject({
      cost: 10 + 3 * 20 + 3 * 210 + (10 + 2 * 6 + 2 * 210),
    });
  });

  it("counts the metrics every character shares once, however many characters ask", async () => {
    const list = `{ characters(first: 100) { edges { node { metrics { degree pageRank } relationships(first: 2) { type } } } } }`;
    // node: metrics (1 + 2) and relationships (1 + 2 × 1), plus itself; edges one more; then
    // 100 of them, and the metrics' one walk per 2,000 characters once.
    expect(await costOf(large, list)).toMatchObject({ cost: 1 + 100 * (1 + 1 + 3 + 3) + 210 });
  });
});
