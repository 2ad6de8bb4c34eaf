import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import neo4j, { type Driver } from "neo4j-driver";
import { CypherRegistry } from "../../../src/store/neo4j/cypher-registry";
import type { Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import { NEO4J_URI, openEmptyStore, testStoreOptions } from "./support/neo4j-test-database";

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ""), ...plan.children.flatMap(operators)];
}

/**
 * The path statement must keep Neo4j's bidirectional breadth-first search. A predicate that can
 * only be checked on a whole path makes the planner add an exhaustive fallback
 * (AntiConditionalApply over a VarLengthExpand), which explodes on a dense graph.
 */
describe("the shortest-path statement's plan", () => {
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

  async function profile(statement: string) {
    const session = driver.session({ database: testStoreOptions().database });
    try {
      const result = await session.run(`PROFILE ${statement}`, {
        from: "a",
        to: "d",
        types: ["INTERACTS_WITH", "KILLED"],
      });
      return operators(result.summary.profile as unknown as PlanNode);
    } finally {
      await session.close();
    }
  }

  it("is one bidirectional ShortestPath search that checks relationship types on each step", async () => {
    const plan = await profile(cypher.shortestPaths(10));
    expect(plan).toContain("ShortestPath");
    expect(plan).not.toContain("AntiConditionalApply");
    expect(plan.some((op) => op.startsWith("VarLengthExpand"))).toBe(false);
    expect(plan.filter((op) => op === "NodeUniqueIndexSeek")).toHaveLength(2);
  });

  it("would fall back to an exhaustive search for a whole-path predicate, which is what the check catches", async () => {
    const wholePath = cypher
      .shortestPaths(10)
      .replace(/WHERE all\(.*\)\n/, "WHERE length(p) > 1\n");
    expect(wholePath).not.toBe(cypher.shortestPaths(10));
    expect(await profile(wholePath)).toContain("AntiConditionalApply");
  });
});
