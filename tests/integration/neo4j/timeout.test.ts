import { afterAll, describe, expect, it } from "@jest/globals";
import { Neo4jExecutor } from "../../../src/store/neo4j/executor";
import { StoreTimeoutError } from "../../../src/store/store-errors";
import { testStoreOptions } from "./support/neo4j-test-database";

describe("a query that runs past the transaction timeout", () => {
  const executor = new Neo4jExecutor(testStoreOptions({ transactionTimeoutMs: 200 }));

  afterAll(async () => {
    await executor.close();
  });

  it("is stopped by the database and reported as StoreTimeoutError", async () => {
    const started = Date.now();
    const slow = executor.read((run) =>
      run("UNWIND range(1, 2000000000) AS x RETURN sum(x) AS total"),
    );
    await expect(slow).rejects.toBeInstanceOf(StoreTimeoutError);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
