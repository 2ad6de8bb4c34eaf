import { describe, expect, it } from "@jest/globals";
import { CypherRegistry } from "../../../src/store/neo4j/cypher-registry";
import { smallGraphWithPlans } from "./support/query-plans";

/** The steps of a path are read in one statement that seeks both ends of every pair by id. */
describe("the relationships-between statement's plan", () => {
  const { plans } = smallGraphWithPlans();
  const cypher = CypherRegistry.load();

  it("seeks each pair's characters by their unique id instead of scanning", async () => {
    const plan = await plans().operators(cypher.statement("find-relationships-between"), {
      pairs: [
        ["a", "b"],
        ["d", "e"],
      ],
      types: ["INTERACTS_WITH", "FAMILY_OF", "KILLED"],
    });
    expect(plan).toContain("NodeUniqueIndexSeek");
    expect(plan).not.toContain("NodeByLabelScan");
    expect(plan).not.toContain("AllNodesScan");
  });
});
