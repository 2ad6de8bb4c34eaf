import { emptyStoresClosedAfterAll } from "../integration/neo4j/support/neo4j-test-database";
import { describeLinks } from "./describe-links";

// A real Neo4j at NEO4J_URI, as for the store contract (neo4j-store.contract.test.ts).
describeLinks("neo4j", emptyStoresClosedAfterAll());
