import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { type TestServer, startTestServer } from "../support/test-server";

const PREFLIGHT = { "apollo-require-preflight": "true" };

describe("GraphQL over GET, cache headers and persisted queries", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(SMALL_GRAPH, { INGEST_API_KEY: "caching-test-key-0123456789" });
  });
  afterAll(() => server.stop());

  const get = (params: Record<string, string>, headers: Record<string, string> = PREFLIGHT) =>
    fetch(`${server.url}graphql?${new URLSearchParams(params)}`, { headers });

  it("answers a query over GET with a public Cache-Control a CDN can use", async () => {
    const response = await get({ query: `{ character(name: "Ada") { name } }` });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("max-age=300, public");
    expect(await response.json()).toEqual({ data: { character: { name: "Ada Ames" } } });
  });

  it("caches for as long as the least cacheable field allows", async () => {
    const response = await get({
      query: `{ character(name: "Ada") { name } stats { characters } }`,
    });
    expect(response.headers.get("cache-control")).toBe("max-age=60, public");
  });

  it("never caches errors", async () => {
    const response = await get({ query: `{ character(name: "Nobody At All") { name } }` });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses mutations over GET, and never caches one over POST", async () => {
    const mutation = `mutation { ingestDocument(title: "T", text: "Ada Ames waves.") { alreadyPresent } }`;
    expect((await get({ query: mutation })).status).toBe(405);
    const response = await fetch(`${server.url}graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: "Bearer caching-test-key-0123456789",
      },
      body: JSON.stringify({ query: mutation }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a GET without a preflight header, as a cross-site request would be", async () => {
    const response = await get({ query: `{ stats { characters } }` }, {});
    expect(response.status).toBe(400);
  });

  it("runs automatic persisted queries: a hash alone, once the query is known", async () => {
    const query = `{ character(name: "Bo") { id } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const unknown = (await (await get({ extensions })).json()) as {
      errors: { extensions: { code: string } }[];
    };
    expect(unknown.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await get({ query, extensions })).status).toBe(200);
    const byHash = await get({ extensions });
    expect(await byHash.json()).toEqual({ data: { character: { id: "b" } } });
    expect(byHash.headers.get("cache-control")).toBe("max-age=300, public");
  });

  it("keeps the IDE page out of frames", async () => {
    const response = await fetch(server.url);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("CORS", () => {
  const preflight = (server: TestServer, origin: string) =>
    fetch(`${server.url}graphql`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
      },
    });

  it("allows only the configured origins", async () => {
    const server = await startTestServer(SMALL_GRAPH, {
      CORS_ORIGINS: "https://wiki.example, https://fans.example",
    });
    try {
      const allowed = await preflight(server, "https://wiki.example");
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://wiki.example");
      const other = await preflight(server, "https://evil.example");
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
      const exported = await fetch(`${server.url}export/edges.csv`, {
        headers: { origin: "https://fans.example" },
      });
      expect(exported.headers.get("access-control-allow-origin")).toBe("https://fans.example");
    } finally {
      await server.stop();
    }
  });

  it("allows no other origin unless configured, and every origin only when told *", async () => {
    const closed = await startTestServer(SMALL_GRAPH);
    const open = await startTestServer(SMALL_GRAPH, { CORS_ORIGINS: "*" });
    try {
      expect(
        (await preflight(closed, "https://wiki.example")).headers.get(
          "access-control-allow-origin",
        ),
      ).toBeNull();
      expect(
        (await preflight(open, "https://any.example")).headers.get("access-control-allow-origin"),
      ).toBe("https://any.example");
    } finally {
      await closed.stop();
      await open.stop();
    }
  });

  it("refuses a malformed origin at start-up", () => {
    expect(() =>
      startTestServer(SMALL_GRAPH, { CORS_ORIGINS: "wiki.example/path" }),
    ).rejects.toThrow(/CORS_ORIGINS/);
  });
});
