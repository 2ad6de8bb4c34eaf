import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll } from "@jest/globals";
import type { GraphStore, LoadSummary } from "../../../../src/store/graph-store";
import {
  CypherRegistry,
  DEFAULT_CYPHER_DIRECTORY,
} from "../../../../src/store/neo4j/cypher-registry";
import { Neo4jExecutor } from "../../../../src/store/neo4j/executor";
import {
  createNeo4jStore,
  type Neo4jStore,
  type Neo4jStoreOptions,
} from "../../../../src/store/neo4j/neo4j-store";

/**
 * These suites always run: CI starts Neo4j (tools/neo4j-local) before the tests, and a developer
 * without one gets a failure that says how to start it, never a silent skip.
 */
export const NEO4J_URI = process.env.NEO4J_URI || "bolt://127.0.0.1:7687";

export function testStoreOptions(overrides: Partial<Neo4jStoreOptions> = {}): Neo4jStoreOptions {
  return {
    uri: NEO4J_URI,
    user: process.env.NEO4J_USER || undefined,
    password: process.env.NEO4J_PASSWORD || undefined,
    database: process.env.NEO4J_DATABASE || "neo4j",
    transactionTimeoutMs: 20000,
    connectionTimeoutMs: 3000,
    ...overrides,
  };
}

/**
 * Opens a store on an emptied database. The suites share one database, so they must not run at
 * the same time: the Jest project "neo4j" (jest.config.js) runs one file at a time.
 */
export async function openEmptyStore(
  overrides: Partial<Neo4jStoreOptions> = {},
): Promise<Neo4jStore> {
  const options = testStoreOptions(overrides);
  let store: Neo4jStore;
  try {
    store = await createNeo4jStore(options);
  } catch (error) {
    throw new Error(
      `the Neo4j tests need a database at ${options.uri} (set NEO4J_URI, or start one with ` +
        `\`bash tools/neo4j-local/run.sh --port 7687\`): ${(error as Error).message}`,
    );
  }
  await clearDatabase(options);
  return store;
}

/**
 * For the contract suites: opens an empty store each time it is called, and closes every store
 * it opened once the file's tests are done.
 */
export function emptyStoresClosedAfterAll(): () => Promise<GraphStore> {
  const opened: GraphStore[] = [];
  afterAll(async () => {
    await Promise.all(opened.map((store) => store.close()));
  });
  return async () => {
    const store = await openEmptyStore();
    opened.push(store);
    return store;
  };
}

/** delete-all.cypher: only tests run it. */
export async function clearDatabase(
  options: Neo4jStoreOptions = testStoreOptions(),
): Promise<void> {
  const statement = readFileSync(join(DEFAULT_CYPHER_DIRECTORY, "delete-all.cypher"), "utf8");
  const executor = new Neo4jExecutor(options);
  try {
    await executor.write((run) => run(statement));
  } finally {
    await executor.close();
  }
}

/** The database's node and relationship totals, read without loading anything. */
export async function countGraph(
  options: Neo4jStoreOptions = testStoreOptions(),
): Promise<LoadSummary> {
  const executor = new Neo4jExecutor(options);
  try {
    const [row] = await executor.read((run) =>
      run<LoadSummary>(CypherRegistry.load().statement("count-graph")),
    );
    return { nodes: row.nodes, relationships: row.relationships };
  } finally {
    await executor.close();
  }
}
