import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";

/** Runs the built CLI with this environment added to the test's. */
function ensemble(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/ensemble.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, NEO4J_URI: "", ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("the CLI reads the service's configuration", () => {
  it("refuses a bad value as the service does, instead of falling back on a default", () => {
    const run = ensemble(
      { NEO4J_URI: "bolt://127.0.0.1:1", NEO4J_TX_TIMEOUT_MS: "soon" },
      "documents",
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^ensemble: \[BAD_USER_INPUT\] configuration problems:\n {2}NEO4J_TX_TIMEOUT_MS="soon" must be a whole number/,
    );
  });

  it("serves the embedded store over GRAPH_FILE when no database is named", () => {
    const run = ensemble({ GRAPH_FILE: "tests/fixtures/missing-graph.json" }, "documents");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("missing-graph.json");
  });

  it("says a command that needs a database is called wrongly without one (exit 2)", () => {
    const run = ensemble({}, "load");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "ensemble: [BAD_USER_INPUT] give the database with --neo4j <uri> or NEO4J_URI\n",
    );
  });
});
