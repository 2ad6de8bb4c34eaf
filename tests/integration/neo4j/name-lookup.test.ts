import { describe, expect, it } from "@jest/globals";
import { nameKey } from "../../../src/domain/ids";
import { CypherRegistry } from "../../../src/store/neo4j/cypher-registry";
import { createNeo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { testStoreOptions } from "./support/neo4j-test-database";
import { smallGraphWithPlans } from "./support/query-plans";

/** Exact name lookups seek the TEXT index on nameKeyText instead of scanning every character. */
describe("looking characters up by name key in Neo4j", () => {
  const { store, plans } = smallGraphWithPlans();
  const cypher = CypherRegistry.load();

  it("seeks the text index, once per name asked", async () => {
    const plan = await plans().operators(cypher.statement("find-characters-by-name-key"), {
      needles: [`|${nameKey("Bo")}|`, `|${nameKey("Jo")}|`],
    });
    expect(plan).toContain("NodeIndexContainsScan");
    expect(plan).not.toContain("NodeByLabelScan");
  });

  it("seeks the text index for the last words of names too", async () => {
    const plan = await plans().operators(cypher.statement("find-characters-by-name-ending"), {
      needles: [` ${nameKey("Banks")}|`, ` ${nameKey("Cole")}|`],
    });
    expect(plan).toContain("NodeIndexContainsScan");
    expect(plan).not.toContain("NodeByLabelScan");
  });

  it("matches whole keys only: a key inside another key is no match", async () => {
    expect((await store().charactersByNameKey(nameKey("Bo Banks"))).map((c) => c.id)).toEqual([
      "b",
    ]);
    expect(await store().charactersByNameKey("banks")).toEqual([]);
    expect(await store().charactersByNameKey("")).toEqual([]);
  });

  it("fills in the indexed text for characters loaded before it existed", async () => {
    await plans().run("MATCH (c:Character {id: 'b'}) REMOVE c.nameKeyText");
    expect(await store().charactersByNameKey(nameKey("Bo"))).toEqual([]);
    const reopened = await createNeo4jStore(testStoreOptions());
    try {
      expect((await reopened.charactersByNameKey(nameKey("Bo"))).map((c) => c.id)).toEqual(["b"]);
    } finally {
      await reopened.close();
    }
  });
});
