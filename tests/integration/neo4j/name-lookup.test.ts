import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import neo4j, { type Driver } from "neo4j-driver";
import { nameKey } from "../../../src/domain/ids";
import { CypherRegistry } from "../../../src/store/neo4j/cypher-registry";
import { createNeo4jStore, type Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import { NEO4J_URI, openEmptyStore, testStoreOptions } from "./support/neo4j-test-database";

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

const operators = (plan: PlanNode): string[] => [
  plan.operatorType.replace(/@.*$/, ""),
  ...plan.children.flatMap(operators),
];

/** Exact name lookups seek the TEXT index on nameKeyText instead of scanning every character. */
describe("looking characters up by name key in Neo4j", () => {
  let store: Neo4jStore;
  let driver: Driver;
  const cypher = CypherRegistry.load();

  beforeAll(async () => {
    store = await openEmptyStore();
    await store.load(SMALL_GRAPH);
    const { user, password } = testStoreOptions();
    driver = neo4j.driver(NEO4J_URI, user ? neo4j.auth.basic(user, password ?? "") : undefined);
  });

  afterAll(async () => {
    await driver?.close();
    await store?.close();
  });

  const query = async (statement: string, params: Record<string, unknown> = {}) =>
    driver.executeQuery(statement, params, { database: testStoreOptions().database });

  it("seeks the text index", async () => {
    const { summary } = await query(`PROFILE ${cypher.statement("find-characters-by-name-key")}`, {
      needle: `|${nameKey("Bo")}|`,
    });
    const plan = operators(summary.profile as unknown as PlanNode);
    expect(plan).toContain("NodeIndexContainsScan");
    expect(plan).not.toContain("NodeByLabelScan");
  });

  it("matches whole keys only: a key inside another key is no match", async () => {
    expect((await store.charactersByNameKey(nameKey("Bo Banks"))).map((c) => c.id)).toEqual(["b"]);
    expect(await store.charactersByNameKey("banks")).toEqual([]);
    expect(await store.charactersByNameKey("")).toEqual([]);
  });

  it("fills in the indexed text for characters loaded before it existed", async () => {
    await query("MATCH (c:Character {id: 'b'}) REMOVE c.nameKeyText");
    expect(await store.charactersByNameKey(nameKey("Bo"))).toEqual([]);
    const reopened = await createNeo4jStore(testStoreOptions());
    try {
      expect((await reopened.charactersByNameKey(nameKey("Bo"))).map((c) => c.id)).toEqual(["b"]);
    } finally {
      await reopened.close();
    }
  });
});
