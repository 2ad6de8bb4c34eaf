import { emptyStoresClosedAfterAll } from "../integration/neo4j/support/neo4j-test-database";
import { describeNameEndings } from "./describe-name-endings";

// A real Neo4j at NEO4J_URI, as for the store contract (neo4j-store.contract.test.ts).
describeNameEndings("neo4j", emptyStoresClosedAfterAll());
