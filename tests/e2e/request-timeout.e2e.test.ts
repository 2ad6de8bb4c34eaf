import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readConfig } from "../../src/app/config";
import { type RunningServer, startServer } from "../../src/app/start-server";
import { MemoryStore } from "../../src/store/memory/memory-store";
import { SMALL_GRAPH } from "../fixtures/small-graph";

/** A store that takes two seconds to list names (as a slow database might). */
class SlowStore extends MemoryStore {
  override async characterNames() {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    return super.characterNames();
  }
}

describe("the overall request timeout", () => {
  let server: RunningServer;
  beforeAll(async () => {
    const store = new SlowStore();
    await store.load(SMALL_GRAPH);
    server = await startServer(
      readConfig({ PORT: "0", HOST: "127.0.0.1", REQUEST_TIMEOUT_MS: "300" }),
      store,
    );
  });
  afterAll(() => server.stop());

  const ask = (query: string) =>
    fetch(`${server.url}graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });

  it("answers TIMEOUT when the request outlives it, and keeps serving", async () => {
    const started = Date.now();
    const slow = await ask(`{ character(name: "Nobody") { id } }`);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(slow.status).toBe(503);
    expect(await slow.json()).toMatchObject({
      errors: [{ extensions: { code: "TIMEOUT", limit: 300 } }],
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const fast = await ask(`{ character(name: "Ada") { id } }`);
    expect(await fast.json()).toEqual({ data: { character: { id: "a" } } });
  });
});
