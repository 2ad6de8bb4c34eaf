import { describe, expect, it } from "@jest/globals";
import { CypherRegistry } from "../../../src/store/neo4j/cypher-registry";
import { smallGraphWithPlans } from "./support/query-plans";

/**
 * The path statement must keep Neo4j's bidirectional breadth-first search. A predicate that can
 * only be checked on a whole path makes the planner add an exhaustive fallback
 * (AntiConditionalApply over a VarLengthExpand), which explodes on a dense graph.
 */
describe("the shortest-path statement's plan", () => {
  const { plans } = smallGraphWithPlans();
  const cypher = CypherRegistry.load();

  const profile = (statement: string) =>
    plans().operators(statement, { from: "a", to: "d", types: ["INTERACTS_WITH", "KILLED"] });

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
