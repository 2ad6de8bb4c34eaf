import createDebug from "debug";

/** The namespace the Neo4j adapter logs each statement under (src/store/neo4j/executor.ts). */
const NEO4J_STATEMENTS = "ensemble:neo4j";

/**
 * How many statements the Neo4j adapter sends while `work` runs, read off its debug log, so the
 * count is of what reached the database, not of store calls. Nothing else may run meanwhile.
 */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const before = { namespaces: createDebug.disable(), log: createDebug.log };
  createDebug.enable(NEO4J_STATEMENTS);
  createDebug.log = () => count++;
  try {
    await work();
    return count;
  } finally {
    createDebug.log = before.log;
    createDebug.disable();
    if (before.namespaces) createDebug.enable(before.namespaces);
  }
}
