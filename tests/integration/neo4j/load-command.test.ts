import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { Command } from "commander";
import { registerLoad } from "../../../src/cli/load.command";
import type { Neo4jStore } from "../../../src/store/neo4j/neo4j-store";
import { NEO4J_URI, countGraph, openEmptyStore } from "./support/neo4j-test-database";

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

  it("reports a missing file as bad input, with a code", async () => {
    await expect(
      program().parseAsync(["load", "no/such/graph.json", "--neo4j", NEO4J_URI], { from: "user" }),
    ).rejects.toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("reports a database that does not answer as unavailable, with a code", async () => {
    await expect(
      program().parseAsync(["load", "seeds/graph.json", "--neo4j", "bolt://127.0.0.1:1"], {
        from: "user",
      }),
    ).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
  });
});
