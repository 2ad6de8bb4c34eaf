import type { LocalNeo4jProcess } from "./local-neo4j-process";

export default async function stopNeo4jAfterTests(): Promise<void> {
  await (globalThis as { ensembleNeo4j?: LocalNeo4jProcess }).ensembleNeo4j?.stop();
}
