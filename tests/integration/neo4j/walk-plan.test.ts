import { describe, expect, it } from "@jest/globals";
import { CypherRegistry } from "../../../src/store/neo4j/cypher-registry";
import { WIDE_CHARACTERS } from "../../../src/store/neo4j/neo4j-walk";
import { WIDE_ID_GRAPH } from "../../contract/describe-walks";
import { smallGraphWithPlans } from "./support/query-plans";

/**
 * The whole path through waypoints is one statement: per leg the same bidirectional search as
 * find-shortest-paths (shortest-path-plan.test.ts says why that matters), and every other
 * character it touches found by its unique id.
 */
describe("the path-through statement's plan", () => {
  const { store, plans } = smallGraphWithPlans();
  const cypher = CypherRegistry.load();
  const params = (stops: string[]) => ({
    stops,
    types: ["INTERACTS_WITH", "FAMILY_OF", "KILLED", "ENEMY_OF"],
    wideCharacters: WIDE_CHARACTERS,
  });

  it("searches each leg with one bidirectional ShortestPath and seeks every character by id", async () => {
    const plan = await plans().operators(cypher.pathThrough(10), params(["a", "d", "f"]));
    expect(plan.filter((op) => op === "ShortestPath")).toHaveLength(1);
    expect(plan).not.toContain("AntiConditionalApply");
    expect(plan.some((op) => op.startsWith("VarLengthExpand"))).toBe(false);
    expect(plan).toContain("NodeUniqueIndexSeek");
    expect(plan).not.toContain("NodeByLabelScan");
    expect(plan).not.toContain("NodeIndexScan");
    expect(plan).not.toContain("AllNodesScan");
  });

  it("answers both legs, the steps and the characters in one row", async () => {
    const { records } = await plans().run(cypher.pathThrough(10), params(["a", "d", "f"]));
    expect(records).toHaveLength(1);
    const row = records[0].toObject() as { walk: string[]; characters: unknown[]; joining: [] };
    expect(row.walk).toEqual(["a", "b", "d", "e", "f"]);
    expect(row.characters).toHaveLength(5);
    // a-b twice (FAMILY_OF, INTERACTS_WITH), then one relationship per step.
    expect(row.joining).toHaveLength(5);
  });

  it("orders stored ids by code point, which is why a leg of wide ids sends all its ties", async () => {
    await store().load(WIDE_ID_GRAPH);
    const { records } = await plans().run(
      cypher.pathThrough(4),
      params(["wide-start", "wide-end"]),
    );
    const [leg] = records[0].get("legs") as { ids: string[]; ties: string[][] }[];
    // Neo4j's smallest is the fullwidth middle; JavaScript's is the astral one (U+20000).
    expect(leg.ids[1]).toBe("\uFF41");
    expect(leg.ties.map((ids) => ids[1])).toEqual(["\uFF41", "\u{20000}"]);
  });
});
