import { afterAll } from "@jest/globals";
import type { GraphStore } from "../../src/store/graph-store";
import { openEmptyStore } from "../integration/neo4j/support/neo4j-test-database";
import { describeGraphStore } from "./describe-graph-store";

// A real Neo4j at NEO4J_URI (default bolt://127.0.0.1:7687); the suite fails when there is none.
const opened: GraphStore[] = [];

describeGraphStore("neo4j", async () => {
  const store = await openEmptyStore();
  opened.push(store);
  return store;
});

afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
});
