import type { Config } from "../config";
import { logEvent } from "../http/log";
import type { GraphStore } from "./graph-store";
import { MemoryStore } from "./memory/memory-store";
import { readGraphFile } from "./read-graph-file";

/**
 * Neo4j when it is configured, the embedded store otherwise. The embedded store starts from the
 * graph file; Neo4j keeps what `ensemble load` put in it.
 */
export async function openStore(config: Config): Promise<GraphStore> {
  if (config.neo4j) {
    const { createNeo4jStore } = await import("./neo4j/neo4j-store");
    return createNeo4jStore(config.neo4j, (error) =>
      logEvent("warn", "Neo4j is not reachable yet; answering SERVICE_UNAVAILABLE until it is", {
        uri: config.neo4j?.uri,
        error: error.message,
      }),
    );
  }
  const store = new MemoryStore();
  await store.load(await readGraphFile(config.graphFile));
  return store;
}
