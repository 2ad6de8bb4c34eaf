import type { Command } from "commander";
import type { GraphStore } from "../store/graph-store";
import { MemoryStore } from "../store/memory/memory-store";
import { readGraphFile } from "../store/memory/read-graph-file";
import {
  InvalidGraphDocumentError,
  StoreTimeoutError,
  StoreUnavailableError,
} from "../store/store-errors";
import { ExtractionError } from "../extract/extraction-error";
import { InvalidArgumentError } from "../services/service-errors";
import { SEED_FILES } from "./curation-options";

export interface StoreOptions {
  neo4j?: string;
  user?: string;
  password?: string;
  database?: string;
  graph?: string;
}

/** The Neo4j connection flags every command that talks to a database takes. */
export function withNeo4jOptions(command: Command): Command {
  return command
    .option("--neo4j <uri>", "Bolt URI, e.g. bolt://127.0.0.1:7687 (env NEO4J_URI)")
    .option("--user <user>", "Neo4j user (env NEO4J_USER)")
    .option("--password <password>", "Neo4j password (env NEO4J_PASSWORD)")
    .option("--database <name>", "database name (env NEO4J_DATABASE, default neo4j)");
}

/** Neo4j from the flags or the environment; `required` makes its absence a usage error. */
export async function openNeo4j(options: StoreOptions): Promise<GraphStore | null> {
  const env = process.env;
  const uri = options.neo4j ?? env.NEO4J_URI;
  if (!uri) return null;
  // Imported here so that commands without a database never load the driver.
  const { createNeo4jStore } = await import("../store/neo4j/neo4j-store");
  return createNeo4jStore({
    uri,
    user: options.user ?? (env.NEO4J_USER || undefined),
    password: options.password ?? (env.NEO4J_PASSWORD || undefined),
    database: options.database ?? (env.NEO4J_DATABASE || "neo4j"),
    transactionTimeoutMs: wholeNumber(env.NEO4J_TX_TIMEOUT_MS, 5000),
    connectionTimeoutMs: wholeNumber(env.NEO4J_CONNECTION_TIMEOUT_MS, 3000),
  });
}

/**
 * The embedded store over `--graph` when it is given (even with NEO4J_URI in the environment),
 * otherwise Neo4j when one is named, otherwise the embedded store over the seed graph.
 */
export async function openStoreFor(options: StoreOptions): Promise<GraphStore> {
  if (options.graph && options.neo4j) throw new UsageError("give --graph or --neo4j, not both");
  const neo4j = options.graph ? null : await openNeo4j(options);
  if (neo4j) return neo4j;
  const store = new MemoryStore();
  await store.load(await readGraphFile(options.graph ?? SEED_FILES.graph));
  return store;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** The CLI's main prints `[CODE] message` for errors that carry a code. */
export function withCode(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const code =
    error instanceof UsageError ||
    error instanceof InvalidGraphDocumentError ||
    error instanceof InvalidArgumentError
      ? "BAD_USER_INPUT"
      : error instanceof ExtractionError
        ? error.code
        : error instanceof StoreUnavailableError
          ? "SERVICE_UNAVAILABLE"
          : error instanceof StoreTimeoutError
            ? "TIMEOUT"
            : null;
  return code === null ? error : Object.assign(error, { code });
}

function wholeNumber(raw: string | undefined, fallback: number): number {
  const value = Number(raw);
  return raw && Number.isInteger(value) && value > 0 ? value : fallback;
}
