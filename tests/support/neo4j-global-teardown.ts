import type { ChildProcess } from "node:child_process";

export default async function stopNeo4jAfterTests(): Promise<void> {
  const child = (globalThis as { ensembleNeo4j?: ChildProcess }).ensembleNeo4j;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
