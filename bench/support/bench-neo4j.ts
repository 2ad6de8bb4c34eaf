import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { disableNagleOnDriverSockets } from "../../src/store/neo4j/socket-no-delay";
import { LocalNeo4jProcess, freePort } from "../../tests/support/local-neo4j-process";

/** The Neo4j a benchmark run loads and queries: its own, started here, unless one is named. */
export interface BenchNeo4j {
  uri: string;
  version: string;
  driver: Driver;
  /** Empties the database (in batches, so a Marvel-scale graph fits the heap). */
  wipe(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * BENCH_NEO4J_URI names a database to use, which is EMPTIED first; otherwise tools/neo4j-local
 * starts on a free port with a scratch data directory and the heap given (NEO4J_LOCAL_HEAP wins).
 */
export async function openBenchNeo4j(heap: string): Promise<BenchNeo4j> {
  const named = process.env.BENCH_NEO4J_URI;
  let local: LocalNeo4jProcess | null = null;
  let data: string | null = null;
  if (!named) {
    process.env.NEO4J_LOCAL_HEAP ??= heap;
    data = mkdtempSync(join(tmpdir(), "ensemble-bench-neo4j-"));
    local = new LocalNeo4jProcess(await freePort(), data);
    await local.start(300_000);
  }
  const uri = named ?? local!.uri;
  // The raw Cypher the sections time beside ours gets the same sockets as the store's driver.
  disableNagleOnDriverSockets();
  const user = process.env.BENCH_NEO4J_USER;
  const driver = neo4j.driver(
    uri,
    user ? neo4j.auth.basic(user, process.env.BENCH_NEO4J_PASSWORD ?? "") : undefined,
  );
  const { records } = await driver.executeQuery(
    "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] + ' ' + edition AS version",
  );
  const bench: BenchNeo4j = {
    uri,
    version: String(records[0]?.get("version") ?? "unknown"),
    driver,
    wipe: async () => {
      const session = driver.session();
      try {
        await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS");
      } finally {
        await session.close();
      }
    },
    stop: async () => {
      await driver.close();
      await local?.stop();
      if (data) rmSync(data, { recursive: true, force: true });
    },
  };
  await bench.wipe();
  return bench;
}
