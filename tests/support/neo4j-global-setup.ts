import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalNeo4jProcess, freePort } from "./local-neo4j-process";

/**
 * The Neo4j suites run against a real database: the one NEO4J_URI names (CI starts it), or,
 * when that is unset, a tools/neo4j-local started here for the run and stopped after it.
 * Jest runs this only when a Neo4j suite is selected.
 */
export default async function startNeo4jForTests(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const neo4j = new LocalNeo4jProcess(
    await freePort(),
    mkdtempSync(join(tmpdir(), "ensemble-neo4j-")),
  );
  try {
    await neo4j.start(300_000);
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\ntools/neo4j-local needs Java 17 and Maven (see README).`,
    );
  }
  process.env.NEO4J_URI = neo4j.uri;
  (globalThis as { ensembleNeo4j?: LocalNeo4jProcess }).ensembleNeo4j = neo4j;
}
