import type { Command } from "commander";

/** The Neo4j connection flags every command that talks to a database takes. */
export function withNeo4jOptions(command: Command): Command {
  return command
    .option("--neo4j <uri>", "Bolt URI, e.g. bolt://127.0.0.1:7687 (env NEO4J_URI)")
    .option("--user <user>", "Neo4j user (env NEO4J_USER)")
    .option("--password <password>", "Neo4j password (env NEO4J_PASSWORD)")
    .option("--database <name>", "database name (env NEO4J_DATABASE, default neo4j)");
}
