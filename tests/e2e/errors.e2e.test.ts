import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

describe("errors a person can act on", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH);
  });
  afterAll(() => server.stop());

  const characterQuery = /* GraphQL */ `
    query ($name: String!) {
      character(name: $name) {
        id
      }
    }
  `;

  it("answers an unknown name with NOT_FOUND and the nearest names", async () => {
    const { errors } = await server.graphql(characterQuery, { name: "Ada Amess" });
    expect(errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(errors?.[0].extensions?.suggestions).toEqual(["Ada Ames"]);
    expect(errors?.[0].message).toContain("Did you mean");
  });

  it("answers an ambiguous name with BAD_USER_INPUT and the candidates", async () => {
    const { errors } = await server.graphql(characterQuery, { name: "jo" });
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0].extensions?.candidates).toEqual([
      { id: "a", name: "Ada Ames" },
      { id: "c", name: "Cy Cole" },
    ]);
  });

  it("refuses maxHops over 10 and says which bound", async () => {
    const { errors, data } = await server.graphql(/* GraphQL */ `
      {
        path(from: "Ada", to: "Fay", maxHops: 11) {
          length
        }
      }
    `);
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0].message).toMatch(/maxHops must not be greater than 10/);
    expect(data?.path ?? null).toBeNull();
  });

  it("refuses first over 100 and under 1", async () => {
    for (const first of [101, 0]) {
      const { errors } = await server.graphql(
        /* GraphQL */ `
          query ($first: Int) {
            characters(first: $first) {
              totalCount
            }
          }
        `,
        { first },
      );
      expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0].message).toMatch(/first must not be (greater than 100|less than 1)/);
    }
  });

  it("refuses a cursor it did not give out", async () => {
    const { errors } = await server.graphql(/* GraphQL */ `
      {
        characters(after: "not-a-cursor") {
          totalCount
        }
      }
    `);
    expect(errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses an unknown relationship type before running anything", async () => {
    const { status, errors } = await server.graphql(/* GraphQL */ `
      {
        path(from: "Ada", to: "Fay", types: [HATES]) {
          length
        }
      }
    `);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("reports an unknown waypoint by name", async () => {
    const { errors } = await server.graphql(/* GraphQL */ `
      {
        path(from: "Ada", via: ["Zed"], to: "Fay") {
          length
        }
      }
    `);
    expect(errors?.[0].extensions?.code).toBe("NOT_FOUND");
    expect(errors?.[0].message).toContain('"Zed"');
  });

  it("answers null, not an error, when no path exists within maxHops", async () => {
    const { data, errors } = await server.graphql(/* GraphQL */ `
      {
        path(from: "Ada", to: "Xan") {
          length
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ path: null });
  });

  it("shows the most specific relationship for a step", async () => {
    const { data } = await server.graphql<{
      path: { steps: { relationship: { type: string; role: string } }[] };
    }>(/* GraphQL */ `
      {
        path(from: "Ada", to: "Bo") {
          steps {
            relationship {
              type
              role
            }
          }
        }
      }
    `);
    expect(data!.path.steps).toEqual([{ relationship: { type: "FAMILY_OF", role: "sibling" } }]);
  });

  it("serves the IDE page with its scripts from this server", async () => {
    const page = await fetch(server.url).then((r) => r.text());
    const scripts = [...page.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const src of scripts) {
      expect(src.startsWith("/")).toBe(true);
      expect((await fetch(new URL(src, server.url))).status).toBe(200);
    }
    expect(page).toContain('path(from: \\"Luke\\", via: [\\"Claire\\"], to: \\"Misty\\")');
  });

  it("reports health and readiness", async () => {
    expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", store: "memory" });
  });
});

describe("explicit nulls for optional arguments", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH);
  });
  afterAll(() => server.stop());

  it("treats null as absent everywhere", async () => {
    const { data, errors } = await server.graphql<{
      path: { length: number };
      characters: { totalCount: number };
      neighbourhood: { members: unknown[] };
      character: { relationships: unknown[] };
    }>(/* GraphQL */ `
      {
        path(from: "Ada", to: "Dee", via: null, types: null) {
          length
        }
        characters(search: null, after: null) {
          totalCount
        }
        neighbourhood(of: "Bo", types: null) {
          members {
            distance
          }
        }
        character(name: "Ada") {
          relationships(types: null) {
            type
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      path: { length: 2 },
      characters: { totalCount: 8 },
      neighbourhood: { members: [{ distance: 0 }, { distance: 1 }, { distance: 1 }] },
      character: {
        relationships: [
          { type: "FAMILY_OF" },
          { type: "INTERACTS_WITH" },
          { type: "INTERACTS_WITH" },
        ],
      },
    });
  });
});
