import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

/**
 * A private tools/neo4j-local for tests that stop and restart their database; the shared one
 * at NEO4J_URI is never stopped.
 */
export class LocalNeo4jProcess {
  private child: ChildProcess | null = null;

  constructor(
    readonly port: number,
    private readonly dataDirectory: string,
  ) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  /** Starts the JVM and resolves once it prints that Bolt is ready. */
  start(timeoutMs = 120_000): Promise<void> {
    const child = spawn(
      "bash",
      ["tools/neo4j-local/run.sh", "--port", String(this.port), "--data", this.dataDirectory],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    this.child = child;
    let output = "";
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => fail(`did not start within ${timeoutMs / 1000} s`), timeoutMs);
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill("SIGTERM");
        reject(new Error(`tools/neo4j-local on port ${this.port} ${why}\n${output}`));
      };
      const watch = (chunk: Buffer) => {
        output += chunk.toString();
        if (/ready/.test(output)) {
          clearTimeout(timer);
          child.removeAllListeners("exit");
          resolve();
        }
      };
      child.stdout?.on("data", watch);
      child.stderr?.on("data", watch);
      child.once("exit", (code) => fail(`exited with code ${code}`));
    });
  }

  /** SIGTERM, as a service manager would stop it; resolves when the process has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || hasExited(child)) return;
    child.kill("SIGTERM");
    // Polled: under Jest the child's "exit" event was seen not to reach listeners reliably.
    while (!hasExited(child)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
