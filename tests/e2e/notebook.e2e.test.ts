import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { type TestServer, startTestServer } from "../support/test-server";

/** Runs a command to its end without blocking the event loop the test server answers on. */
function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

// Needs python3 with nbclient, nbformat, ipykernel, matplotlib, pandas and networkx (.ci/run
// installs them); a missing one fails here rather than skipping.
describe("the example notebook", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it("runs every cell against a running service and draws its two charts", async () => {
    const result = await run(
      "python3",
      [join(__dirname, "../python/run_notebook.py"), "examples/ensemble-exports.ipynb"],
      { ENSEMBLE_URL: server.url },
    );
    expect({ status: result.status, stderr: result.status === 0 ? "" : result.stderr }).toEqual({
      status: 0,
      stderr: "",
    });
    const ran = JSON.parse(result.stdout) as { codeCells: number; ran: number; images: number };
    expect(ran.ran).toBe(ran.codeCells);
    expect(ran.images).toBe(2);
  }, 300000);
});
