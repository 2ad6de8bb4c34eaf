import { emptyStoresClosedAfterAll } from "../integration/neo4j/support/neo4j-test-database";
import { describeWalks } from "./describe-walks";

// A real Neo4j at NEO4J_URI, as for the store contract (neo4j-store.contract.test.ts).
describeWalks("neo4j", emptyStoresClosedAfterAll());
