import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createNeo4jStore, type Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { StoreUnavailableError } from "../../../src/store/store-errors";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import { LocalNeo4jProcess, freePort } from "../../support/local-neo4j-process";
import { testStoreOptions } from "./support/neo4j-test-database";

const CONNECTION_TIMEOUT_MS = 2500;

/** How long a promise takes to settle, and how it settled. */
async function timed<T>(
  work: () => Promise<T>,
): Promise<{ ms: number; error?: unknown; value?: T }> {
  const started = Date.now();
  try {
    const value = await work();
    return { ms: Date.now() - started, value };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe("when the database goes away and comes back", () => {
  const data = mkdtempSync(join(tmpdir(), "ensemble-neo4j-restart-"));
  let database: LocalNeo4jProcess;
  let store: Neo4jStore;

  beforeAll(async () => {
    database = new LocalNeo4jProcess(await freePort(), data);
    await database.start();
    store = await createNeo4jStore(
      testStoreOptions({ uri: database.uri, connectionTimeoutMs: CONNECTION_TIMEOUT_MS }),
    );
    await store.load(SMALL_GRAPH);
  }, 180_000);

  afterAll(async () => {
    await store?.close();
    await database?.stop();
    rmSync(data, { recursive: true, force: true });
  }, 60_000);

  it("fails fast with StoreUnavailableError while it is down, then serves again with the same store", async () => {
    expect((await store.charactersByNameKey("bo")).map((c) => c.id)).toEqual(["b"]);
    await database.stop();

    const attempts: (() => Promise<unknown>)[] = [
      () => store.charactersByNameKey("bo"),
      () => store.ping(),
    ];
    for (const attempt of attempts) {
      const down = await timed(attempt);
      expect(down.error).toBeInstanceOf(StoreUnavailableError);
      expect(down.ms).toBeLessThan(5000);
      process.stdout.write(`neo4j down: StoreUnavailableError after ${down.ms} ms\n`);
    }

    const restart = await timed(() => database.start());
    expect(restart.error).toBeUndefined();
    const back = await timed(() => store.charactersByNameKey("bo"));
    expect(back.value?.map((c) => c.id)).toEqual(["b"]);
    process.stdout.write(
      `neo4j restarted in ${restart.ms} ms; first query after it took ${back.ms} ms\n`,
    );
  }, 180_000);
});
