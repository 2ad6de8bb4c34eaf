import { StoreUnavailableError } from "../store-errors";
import type { CypherRegistry } from "./cypher-registry";
import type { Neo4jExecutor } from "./executor";

/**
 * Creates the constraints and indexes now, or, when the database cannot be reached, keeps
 * trying in the background so that a service started before its database still comes up (its
 * requests answer SERVICE_UNAVAILABLE meanwhile). Returns a function that stops the retries.
 */
export async function createSchemaWhenReady(
  executor: Neo4jExecutor,
  cypher: CypherRegistry,
  retryMs: number,
  onWaiting: (error: StoreUnavailableError) => void,
): Promise<() => void> {
  const create = async () => {
    for (const statement of cypher.schema) await executor.runSchema(statement);
  };
  try {
    await create();
    return () => undefined;
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    onWaiting(error);
  }
  let stopped = false;
  let timer: NodeJS.Timeout;
  const retry = () => {
    timer = setTimeout(() => {
      create().catch((error: unknown) => {
        if (!stopped && error instanceof StoreUnavailableError) retry();
      });
    }, retryMs);
    timer.unref();
  };
  retry();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
