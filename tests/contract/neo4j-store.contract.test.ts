import { emptyStoresClosedAfterAll } from "../integration/neo4j/support/neo4j-test-database";
import { describeGraphStore } from "./describe-graph-store";

// A real Neo4j at NEO4J_URI (default bolt://127.0.0.1:7687); the suite fails when there is none.
describeGraphStore("neo4j", emptyStoresClosedAfterAll());
