import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { readConfig } from "../../src/app/config";
import { type RunningServer, startServer } from "../../src/app/start-server";
import { MemoryStore } from "../../src/store/memory/memory-store";
import { SMALL_GRAPH } from "../fixtures/small-graph";

/** A store with a bug: its name listing fails with details no client should see. */
class BrokenStore extends MemoryStore {
  override async characterNames(): Promise<never> {
    throw new Error("cannot open /srv/secret/graph.db: permission denied");
  }
}

describe("an error nobody anticipated", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const store = new BrokenStore();
    await store.load(SMALL_GRAPH);
    server = await startServer(readConfig({ PORT: "0", HOST: "127.0.0.1" }), store);
  });
  afterAll(() => server.stop());

  it("is masked for the client, which gets the request id the log line carries", async () => {
    const logged: string[] = [];
    const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      logged.push(String(chunk));
      return true;
    });
    try {
      const response = await fetch(`${server.url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-request-id": "req-42" },
        body: JSON.stringify({ query: `{ character(name: "Nobody") { id } }` }),
      });
      expect(response.headers.get("x-request-id")).toBe("req-42");
      const body = await response.text();
      expect(body).not.toContain("/srv/secret");
      expect(body).not.toContain("stacktrace");
      expect(JSON.parse(body).errors[0]).toMatchObject({
        message: "Unexpected error.",
        extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-42" },
      });
    } finally {
      spy.mockRestore();
    }
    const line = logged.map((l) => JSON.parse(l)).find((l) => l.message === "unexpected error");
    expect(line).toMatchObject({ level: "error", requestId: "req-42" });
    expect(line.error).toContain("/srv/secret/graph.db");
  });

  it("gives every response a request id, inventing one when the caller's is unusable", async () => {
    const response = await fetch(`${server.url}healthz`, {
      headers: { "x-request-id": "bad id with spaces" },
    });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
