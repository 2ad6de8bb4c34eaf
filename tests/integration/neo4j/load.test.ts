import { afterAll, beforeEach, describe, expect, it } from "@jest/globals";
import type { GraphDocument } from "../../../src/domain/graph-document";
import { nameKey } from "../../../src/domain/ids";
import { readGraphFile } from "../../../src/app/read-graph-file";
import { InvalidGraphDocumentError } from "../../../src/store/store-errors";
import type { Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { LOAD_BATCH_SIZE } from "../../../src/store/neo4j/neo4j-load";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import { clearDatabase, countGraph, openEmptyStore } from "./support/neo4j-test-database";

describe("loading a graph document into Neo4j", () => {
  let store: Neo4jStore | undefined;

  beforeEach(async () => {
    if (store) await clearDatabase();
    else store = await openEmptyStore();
  });

  afterAll(async () => {
    await store?.close();
  });

  it("changes no counts when the seed graph is loaded a second time", async () => {
    const seed = await readGraphFile("seeds/graph.json");
    const first = await store!.load(seed);
    const again = await store!.load(seed);
    expect(again).toEqual(first);
    expect(await countGraph()).toEqual(first);
    const nodes = ["documents", "scenes", "characters", "people", "organizations"] as const;
    expect(first.nodes).toBe(nodes.reduce((n, section) => n + seed[section].length, 0));
    expect(first.relationships).toBeGreaterThanOrEqual(seed.relationships.length);
  });

  it("leaves the database as it was when a load fails at its last batch", async () => {
    await store!.load(SMALL_GRAPH);
    const before = await countGraph();
    const many = Array.from({ length: LOAD_BATCH_SIZE * 2 + 1 }, (_, i) => ({
      ...SMALL_GRAPH.characters[0],
      id: `extra-${i}`,
    }));
    // Passes validation, but Neo4j refuses a map as a property value: the last statement fails.
    const poisoned: GraphDocument = {
      ...SMALL_GRAPH,
      characters: [...SMALL_GRAPH.characters, ...many],
      relationships: [
        ...SMALL_GRAPH.relationships,
        {
          source: "x",
          target: "a",
          type: "INTERACTS_WITH",
          role: { not: "a string" } as unknown as string,
          weight: 1,
          evidence: [],
        },
      ],
    };
    await expect(store!.load(poisoned)).rejects.toThrow();
    expect(await countGraph()).toEqual(before);
    expect(await store!.charactersById(["extra-0", `extra-${many.length - 1}`])).toEqual([
      null,
      null,
    ]);
  });

  it("refuses a document with an unknown relationship type before writing anything", async () => {
    const unknown = {
      ...SMALL_GRAPH,
      relationships: [{ source: "a", target: "b", type: "DROP_DATABASE", weight: 1, evidence: [] }],
    } as unknown as GraphDocument;
    await expect(store!.load(unknown)).rejects.toBeInstanceOf(InvalidGraphDocumentError);
    expect(await countGraph()).toEqual({ nodes: 0, relationships: 0 });
  });

  it("treats a name made of quotes, backticks and Cypher keywords as just a name", async () => {
    await store!.load(SMALL_GRAPH);
    const before = await countGraph();
    const name = "Robert'); MATCH (n) DETACH DELETE n; //";
    const sly: GraphDocument = {
      ...SMALL_GRAPH,
      characters: [
        {
          ...SMALL_GRAPH.characters[0],
          id: "sly`) DETACH DELETE n //",
          name,
          aliases: ["O`Brien", "RETURN", '"}) //'],
        },
      ],
      relationships: [],
      people: [],
    };
    const after = await store!.load(sly);
    expect(after).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
    for (const alias of [name, "O`Brien", "RETURN"]) {
      const found = await store!.charactersByNameKey(nameKey(alias));
      expect(found.map((c) => c.name)).toContain(name);
    }
    expect((await store!.charactersById(["sly`) DETACH DELETE n //"]))[0]?.aliases).toEqual([
      "O`Brien",
      "RETURN",
      '"}) //',
    ]);
    expect((await store!.characterNames()).length).toBe(SMALL_GRAPH.characters.length + 1);
  });

  it("gives roles back as null where the document had none, and evidence in document order", async () => {
    await store!.load(SMALL_GRAPH);
    const [family, interacts] = await store!.relationshipsBetween("a", "b", {});
    expect([family.role, interacts.role]).toEqual(["sibling", null]);
    expect(interacts.evidence.map((e) => e.document)).toEqual(["one", "two"]);
    expect(typeof interacts.evidence[0].start).toBe("number");
  });
});
