import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import type { DomainError } from "../../../src/domain/domain-error";
import { surfaceOf } from "../../../src/domain/error-surfaces";
import { Command } from "commander";
import { registerLoad } from "../../../src/cli/load.command";
import type { Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { SMALL_GRAPH } from "../../fixtures/small-graph";
import {
  NEO4J_URI,
  clearDatabase,
  countGraph,
  openEmptyStore,
} from "./support/neo4j-test-database";

function program(): Command {
  const root = new Command().exitOverride();
  registerLoad(root);
  return root;
}

describe("ensemble load", () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await openEmptyStore();
  });

  afterAll(async () => {
    await store?.close();
  });

  it("loads the seed graph and prints the database's totals", async () => {
    const printed: string[] = [];
    const write = jest
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      });
    try {
      await program().parseAsync(["load", "seeds/graph.json", "--neo4j", NEO4J_URI], {
        from: "user",
      });
    } finally {
      write.mockRestore();
    }
    const { nodes, relationships } = await countGraph();
    expect(nodes).toBeGreaterThan(0);
    expect(printed.join("")).toContain(`${nodes} nodes and ${relationships} relationships`);
  });

  it("with --if-empty, leaves a database that holds a graph as it is, and fills an empty one", async () => {
    const loadIfEmpty = () =>
      program().parseAsync(["load", "seeds/graph.json", "--if-empty", "--neo4j", NEO4J_URI], {
        from: "user",
      });
    await clearDatabase();
    await store.load(SMALL_GRAPH);
    const before = await countGraph();
    await loadIfEmpty();
    expect(await countGraph()).toEqual(before);
    expect((await store.charactersById(["luke-cage", "a"])).map((c) => c?.id)).toEqual([
      undefined,
      "a",
    ]);

    await clearDatabase();
    await loadIfEmpty();
    expect(await store.charactersById(["luke-cage"])).toMatchObject([{ name: "Luke Cage" }]);
  });

  // The CLI's main prints the code's surface (src/domain/error-surfaces.ts).
  it("reports a missing file as bad input, with a code", async () => {
    const error = await program()
      .parseAsync(["load", "no/such/graph.json", "--neo4j", NEO4J_URI], { from: "user" })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_GRAPH_DOCUMENT" });
    expect(surfaceOf((error as DomainError).code).code).toBe("BAD_USER_INPUT");
  });

  it("reports a database that does not answer as unavailable, with a code", async () => {
    await expect(
      program().parseAsync(["load", "seeds/graph.json", "--neo4j", "bolt://127.0.0.1:1"], {
        from: "user",
      }),
    ).rejects.toMatchObject({ code: "STORE_UNAVAILABLE" });
  });
});
