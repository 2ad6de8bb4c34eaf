import { describe, expect, it } from "@jest/globals";
import { readConfig } from "../../src/config";
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

  it("is off by default on loopback and on by default elsewhere", () => {
    expect(readConfig({ HOST: "127.0.0.1" }).rateLimitPerMinute).toBe(0);
    expect(readConfig({ HOST: "0.0.0.0" }).rateLimitPerMinute).toBe(600);
    expect(readConfig({ HOST: "0.0.0.0", RATE_LIMIT_PER_MINUTE: "0" }).rateLimitPerMinute).toBe(0);
  });
});
