import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The Neo4j suites run against a real database: the one NEO4J_URI names (CI starts it), or,
 * when that is unset, a tools/neo4j-local started here for the run and stopped after it.
 * Jest runs this only when a Neo4j suite is selected.
 */
export default async function startNeo4jForTests(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), "ensemble-neo4j-"));
  const child = spawn("bash", ["tools/neo4j-local/run.sh", "--port", String(port), "--data", data], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  await waitForReady(child, 300_000);
  process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
  (globalThis as { ensembleNeo4j?: ChildProcess }).ensembleNeo4j = child;
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs / 1000} s`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGTERM");
      reject(new Error(`tools/neo4j-local ${why}; needs Java 17 and Maven (see README).\n${output}`));
    };
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", watch);
    child.stderr?.on("data", watch);
    child.once("exit", (code) => fail(`exited with code ${code}`));
    child.once("error", (error) => fail(error.message));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
