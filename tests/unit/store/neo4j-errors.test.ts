import { describe, expect, it } from "@jest/globals";
import { Neo4jError, error as driverErrors } from "neo4j-driver";
import { toStoreError } from "../../../src/store/neo4j/neo4j-errors";
import { StoreTimeoutError, StoreUnavailableError } from "../../../src/store/store-errors";

function neo4jError(message: string, code: string): Neo4jError {
  return new Neo4jError(message, code, "", "");
}

describe("driver errors as store errors", () => {
  it("calls a database that is starting or stopping unavailable", () => {
    const error = neo4jError(
      "The database is not currently available to serve your request",
      "Neo.TransientError.General.DatabaseUnavailable",
    );
    expect(toStoreError(error)).toBeInstanceOf(StoreUnavailableError);
  });

  it("calls an unreachable server unavailable", () => {
    const error = neo4jError(
      "connect ECONNREFUSED 127.0.0.1:7687",
      driverErrors.SERVICE_UNAVAILABLE,
    );
    expect(toStoreError(error)).toBeInstanceOf(StoreUnavailableError);
  });

  it("calls a query stopped at the transaction timeout a timeout", () => {
    const error = neo4jError(
      "terminated",
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    );
    expect(toStoreError(error)).toBeInstanceOf(StoreTimeoutError);
  });

  it("passes a statement's own error through unchanged", () => {
    const error = neo4jError("Invalid input", "Neo.ClientError.Statement.SyntaxError");
    expect(toStoreError(error)).toBe(error);
  });
});
