import { Neo4jError, error as driverErrors } from "neo4j-driver";
import { StoreTimeoutError, StoreUnavailableError } from "../store-errors";

const UNREACHABLE =
  /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT|connection acquisition timed out|connection was closed|failed to connect/i;

/**
 * The one place driver errors become store errors. Everything that means "the database cannot
 * answer now" is StoreUnavailableError, so the service fails fast with SERVICE_UNAVAILABLE and
 * tries again on the next request; a query stopped by the transaction timeout is
 * StoreTimeoutError. Anything else (a bug in a statement, a rejected property value) passes through.
 */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError || error instanceof StoreTimeoutError) return error;
  const code =
    error instanceof Neo4jError ? error.code : (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === "string" && code.includes("TransactionTimedOut")) {
    return new StoreTimeoutError(
      `the database stopped a query at the transaction timeout: ${message}`,
    );
  }
  if (
    code === driverErrors.SERVICE_UNAVAILABLE ||
    code === driverErrors.SESSION_EXPIRED ||
    // A database that is starting or stopping answers Bolt but not queries.
    (typeof code === "string" && code.endsWith(".DatabaseUnavailable")) ||
    UNREACHABLE.test(message)
  ) {
    return new StoreUnavailableError(`Neo4j is unavailable: ${message}`, { cause: error });
  }
  if (
    code === "Neo.ClientError.Security.Unauthorized" ||
    code === "Neo.ClientError.Database.DatabaseNotFound"
  ) {
    // A configuration problem, but to a caller it is the same: this store cannot serve.
    return new StoreUnavailableError(`Neo4j refused the connection: ${message}`, { cause: error });
  }
  return error;
}
