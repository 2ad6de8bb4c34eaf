import { type Curation, EMPTY_CURATION } from "../extract/curation";
import { extractCorpus } from "../extract/extract-corpus";
import { createServices } from "../services/create-services";
import type { GraphStore } from "../store/graph-store";
import { MemoryStore } from "../store/memory/memory-store";
import { UsageError } from "../cli/usage-error";
import { type Config, readConfig } from "./config";
import { openStore } from "./open-store";

/** The flags of commands that talk to a store; each takes the place of the variable it names. */
export interface StoreFlags {
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
  graph?: string;
}

/**
 * The CLI's configuration: the service's, read from the same table, with the command's flags in
 * place of the variables they name, so a bad value is refused the same way by both.
 */
export function commandConfig(
  flags: StoreFlags = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Config {
  if (flags.graph && flags.neo4j) throw new UsageError("give --graph or --neo4j, not both");
  return readConfig({
    ...env,
    // --graph wins over a NEO4J_URI in the environment: the command asked for that file.
    NEO4J_URI: flags.graph ? undefined : (flags.neo4j ?? env.NEO4J_URI),
    NEO4J_USER: flags.user ?? env.NEO4J_USER,
    NEO4J_PASSWORD: flags.password ?? env.NEO4J_PASSWORD,
    NEO4J_DATABASE: flags.database ?? env.NEO4J_DATABASE,
    GRAPH_FILE: flags.graph ?? env.GRAPH_FILE,
  });
}

/**
 * Neo4j when one is named (flag or NEO4J_URI), otherwise the embedded store over `--graph` or
 * GRAPH_FILE. Commands read the graph file alone: the journal in DATA_DIR belongs to the service
 * that writes it.
 */
export async function openCommandStore(
  flags: StoreFlags,
  needs: "neo4j" | "any" = "any",
): Promise<GraphStore> {
  const config = commandConfig(flags);
  if (needs === "neo4j" && !config.neo4j)
    throw new UsageError("give the database with --neo4j <uri> or NEO4J_URI");
  return openStore(config, { journal: false, waitForDatabase: false });
}

/**
 * The services a command uses over its store: the snapshot read once, the work done inline (a
 * command has no event loop to keep free), ingest with the command's curation and no key.
 */
export function commandServices(store: GraphStore, curation: Curation = EMPTY_CURATION) {
  return createServices(store, {
    makeViewStore: MemoryStore.fromSnapshot,
    views: { snapshotTtlMs: 0, maxViews: 1 },
    ingestApiKey: null,
    ingest: { maxBytes: Number.MAX_SAFE_INTEGER, curation, extract: extractCorpus },
  });
}
