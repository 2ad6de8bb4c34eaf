import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
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
