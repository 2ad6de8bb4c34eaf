import { describe, expect, it } from "@jest/globals";
import { readConfig } from "../../src/app/config";
import { SMALL_GRAPH } from "../fixtures/small-graph";
import { startTestServer } from "../support/test-server";

describe("per-client rate limiting", () => {
  it("refuses a client over its limit with a code and Retry-After, and leaves health probes alone", async () => {
    const server = await startTestServer(SMALL_GRAPH, { RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await server.graphql(`{ stats { characters } }`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await fetch(`${server.url}embed/character/a`);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await refused.json()).toMatchObject({
        errors: [{ extensions: { code: "RATE_LIMITED", limit: 3 } }],
      });
      expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("counts each operation of a batch as a request", async () => {
    const server = await startTestServer(SMALL_GRAPH, { RATE_LIMIT_PER_MINUTE: "6" });
    try {
      const operation = {
        query: /* GraphQL */ `
          {
            ranking(metric: BETWEENNESS) {
              rank
            }
          }
        `,
      };
      const batch = () =>
        fetch(`${server.url}graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(Array(4).fill(operation)),
        });
      const first = await batch();
      expect(first.status).toBe(200);
      expect(await first.json()).toHaveLength(4);
      // 4 operations counted; 4 more would make 8 of 6.
      const second = await batch();
      expect(second.status).toBe(429);
      expect(second.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(await second.json()).toMatchObject({
        errors: [{ extensions: { code: "RATE_LIMITED", bound: "rate", limit: 6 } }],
      });
      expect((await server.graphql(`{ stats { characters } }`)).status).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it("is on by default unless the service listens on loopback with no proxy in front", async () => {
    expect(readConfig({ HOST: "127.0.0.1" }).rateLimitPerMinute).toBe(0);
    expect(readConfig({ HOST: "0.0.0.0" }).rateLimitPerMinute).toBe(600);
    expect(readConfig({ HOST: "127.0.0.1", TRUST_PROXY: "1" }).rateLimitPerMinute).toBe(600);
    expect(readConfig({ HOST: "0.0.0.0", RATE_LIMIT_PER_MINUTE: "0" }).rateLimitPerMinute).toBe(0);
    // Behind a proxy on loopback, as a client reaches it through the proxy.
    const server = await startTestServer(SMALL_GRAPH, { TRUST_PROXY: "1" });
    try {
      const ask = (client: string) =>
        fetch(`${server.url}graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": client },
          body: JSON.stringify({ query: `{ stats { characters } }` }),
        });
      const batch = Array(5).fill({ query: `{ stats { characters } }` });
      for (let i = 0; i < 120; i++) {
        const response = await fetch(`${server.url}graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.7" },
          body: JSON.stringify(batch),
        });
        expect(response.status).toBe(200);
      }
      const over = await ask("203.0.113.7");
      expect(over.status).toBe(429);
      expect(await over.json()).toMatchObject({ errors: [{ extensions: { limit: 600 } }] });
      expect((await ask("198.51.100.4")).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});

describe("wrong ingest keys", () => {
  const KEY = "a-key-of-at-least-16-chars";
  const INGEST = /* GraphQL */ `
    mutation {
      ingestDocument(title: "Guess", text: "Ada Ames meets Zora Quill.") {
        alreadyPresent
      }
    }
  `;

  it("are limited per client with a code even with the rate limit off, the right key included", async () => {
    const server = await startTestServer(SMALL_GRAPH, {
      INGEST_API_KEY: KEY,
      TRUST_PROXY: "1",
      RATE_LIMIT_PER_MINUTE: "0",
      INGEST_FAILED_KEYS_PER_MINUTE: "4",
    });
    try {
      const ingest = (key: string, client: string) =>
        fetch(`${server.url}graphql`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-forwarded-for": client,
            authorization: `Bearer ${key}`,
          },
          body: JSON.stringify({ query: INGEST }),
        });
      const guesses: unknown[] = [];
      for (let i = 0; i < 4; i++) {
        const answer = (await (
          await ingest(`guess-${i}-of-sixteen-chars`, "203.0.113.9")
        ).json()) as {
          errors: { extensions: { code: string } }[];
        };
        guesses.push(answer.errors[0].extensions.code);
      }
      expect(guesses).toEqual(Array(4).fill("UNAUTHENTICATED"));
      for (const key of ["guess-5-of-sixteen-chars", KEY]) {
        const refused = await ingest(key, "203.0.113.9");
        expect(refused.status).toBe(429);
        expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
        const body = (await refused.json()) as { data?: unknown };
        expect(body.data ?? null).toBeNull();
        expect(body).toMatchObject({
          errors: [{ extensions: { code: "RATE_LIMITED", bound: "failedKeys", limit: 4 } }],
        });
      }
      // Another client, and reads from the same one, are not held back.
      const other = (await (await ingest(KEY, "198.51.100.5")).json()) as { data: unknown };
      expect(other.data).toEqual({ ingestDocument: { alreadyPresent: false } });
      const read = await fetch(`${server.url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.9" },
        body: JSON.stringify({ query: `{ stats { characters } }` }),
      });
      expect(read.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("default to 10 a minute", () => {
    expect(readConfig({}).limits.failedKeysPerMinute).toBe(10);
  });
});
