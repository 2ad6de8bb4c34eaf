import { afterAll } from "@jest/globals";
import type { GraphStore } from "../../src/store/graph-store";
import { openEmptyStore } from "../integration/neo4j/support/neo4j-test-database";
import { describeWalks } from "./describe-walks";

// A real Neo4j at NEO4J_URI, as for the store contract (neo4j-store.contract.test.ts).
const opened: GraphStore[] = [];

describeWalks("neo4j", async () => {
  const store = await openEmptyStore();
  opened.push(store);
  return store;
});

afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
});
