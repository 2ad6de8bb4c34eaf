import { join } from "node:path";
import type { Config } from "./config";
import type { GraphDocument } from "../domain/graph-document";
import { logEvent } from "./log";
import type { GraphStore } from "../store/graph-store";
import { Journal } from "../store/memory/journal";
import { MemoryStore } from "../store/memory/memory-store";
import { readGraphFile } from "./read-graph-file";

/** The embedded store's journal of ingests, inside DATA_DIR. */
export const JOURNAL_FILE = "ingests.journal";

export interface OpenStoreOptions {
  /** Replay and extend the journal in DATA_DIR (the service's own; commands leave it alone). */
  journal: boolean;
  /** Open at once and answer SERVICE_UNAVAILABLE until Neo4j comes up, rather than fail now. */
  waitForDatabase: boolean;
}

const FOR_THE_SERVICE: OpenStoreOptions = { journal: true, waitForDatabase: true };

/**
 * Neo4j when it is configured, the embedded store otherwise. The embedded store starts from the
 * graph file (never written to) plus the ingests journalled in DATA_DIR; Neo4j keeps what
 * `ensemble load` put in it.
 */
export async function openStore(
  config: Config,
  options: OpenStoreOptions = FOR_THE_SERVICE,
): Promise<GraphStore> {
  if (config.neo4j) {
    const { createNeo4jStore } = await import("../store/neo4j/neo4j-store");
    if (!options.waitForDatabase) return createNeo4jStore(config.neo4j);
    return createNeo4jStore(config.neo4j, (error) =>
      logEvent("warn", "Neo4j is not reachable yet; answering SERVICE_UNAVAILABLE until it is", {
        uri: config.neo4j?.uri,
        error: error.message,
      }),
    );
  }
  const base = await readGraphFile(config.graphFile);
  if (!options.journal) {
    const store = new MemoryStore();
    await store.load(base);
    return store;
  }
  const path = join(config.dataDir, JOURNAL_FILE);
  const { journal, records, droppedBytes } = await Journal.open<GraphDocument>(path).catch(
    (error: Error) => {
      throw new Error(`DATA_DIR="${config.dataDir}" cannot hold the journal: ${error.message}`);
    },
  );
  if (droppedBytes > 0)
    logEvent("warn", "dropped an ingest cut short by a crash (it was never acknowledged)", {
      journal: path,
      bytes: droppedBytes,
    });
  if (records.length > 0)
    logEvent("info", "replayed journalled ingests", { journal: path, ingests: records.length });
  return MemoryStore.withJournal(base, journal, records);
}
