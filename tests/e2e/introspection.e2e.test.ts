import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readConfig } from "../../src/app/config";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

const SCHEMA = /* GraphQL */ `
  {
    __schema {
      queryType {
        name
      }
    }
  }
`;
/** Three slips graphql-js answers with a hint: a field, an enum literal, an enum variable. */
const SLIPS: [string, Record<string, unknown>?][] = [
  [`{ character(name: "Ada") { nme } }`],
  [`{ ranking(metric: PAGERNK) { rank } }`],
  [`query ($m: Metric!) { ranking(metric: $m) { rank } }`, { m: "PAGERNK" }],
];

/** Apollo decides introspection by NODE_ENV unless told; the service tells it. */
async function startUnder(nodeEnv: string, env: Record<string, string> = {}): Promise<TestServer> {
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = nodeEnv;
  try {
    return await startTestServer(SMALL_GRAPH, env);
  } finally {
    process.env.NODE_ENV = before;
  }
}

describe("introspection and schema hints, by default", () => {
  let servers: TestServer[] = [];
  beforeAll(async () => {
    servers = [await startUnder("production"), await startUnder("development")];
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  it("answers introspection the same whatever NODE_ENV is", async () => {
    for (const server of servers) {
      expect(await server.graphql(SCHEMA)).toMatchObject({
        status: 200,
        data: { __schema: { queryType: { name: "Query" } } },
      });
    }
  });

  it("suggests the field or value meant", async () => {
    for (const [query, variables] of SLIPS) {
      const { errors } = await servers[0].graphql(query, variables);
      expect(errors?.[0]?.message).toMatch(/Did you mean/);
    }
  });
});

describe("INTROSPECTION=0", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startUnder("development", { INTROSPECTION: "0" });
  });
  afterAll(() => server.stop());

  it("refuses __schema and __type with a code, even in development", async () => {
    for (const query of [SCHEMA, `{ __type(name: "Character") { name } }`]) {
      const { status, data, errors } = await server.graphql(query);
      expect(status).toBe(400);
      expect(data ?? null).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    }
    expect((await server.graphql(`{ __typename }`)).data).toEqual({ __typename: "Query" });
  });

  it("gives no hint that names a field, a type or an enum value, but keeps the error's code", async () => {
    for (const [query, variables] of SLIPS) {
      const { errors } = await server.graphql(query, variables);
      expect(errors?.[0]?.extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
      expect(JSON.stringify(errors)).not.toMatch(/Did you mean|"name"|PAGERANK/);
    }
  });

  it("still suggests characters' names, which are data, not schema", async () => {
    const { errors } = await server.graphql(`{ character(name: "Adda Ames") { id } }`);
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(errors?.[0]?.message).toMatch(/Did you mean/);
  });
});

describe("the INTROSPECTION setting", () => {
  it("is on unless set to 0, and refuses anything but 1 or 0", () => {
    expect(readConfig({}).limits.introspection).toBe(true);
    expect(readConfig({ NODE_ENV: "production" }).limits.introspection).toBe(true);
    expect(readConfig({ INTROSPECTION: "0" }).limits.introspection).toBe(false);
    expect(() => readConfig({ INTROSPECTION: "off" })).toThrow(/INTROSPECTION="off"/);
  });
});
