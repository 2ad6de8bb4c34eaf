import { describe, expect, it } from "@jest/globals";
import { ConfigError, readConfig } from "../../../src/app/config";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    readConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration from the environment", () => {
  it("serves the embedded store on 127.0.0.1:4000 when nothing is set", () => {
    const config = readConfig({});
    expect([config.host, config.port, config.neo4j]).toEqual(["127.0.0.1", 4000, null]);
  });

  it("lists every malformed variable at once", () => {
    const problems = problemsOf({ PORT: "http", MAX_DEPTH: "0", OPEN_BROWSER: "yes" });
    expect(problems.map((problem) => problem.split("=")[0]).sort()).toEqual([
      "MAX_DEPTH",
      "OPEN_BROWSER",
      "PORT",
    ]);
  });

  it("refuses bad values of the worker, shutdown, ingest-key and introspection settings", () => {
    const problems = problemsOf({
      ANALYSIS_THREADS: "0",
      SHUTDOWN_GRACE_MS: "soon",
      INGEST_FAILED_KEYS_PER_MINUTE: "-1",
      INTROSPECTION: "yes",
    });
    expect(problems.map((problem) => problem.split("=")[0]).sort()).toEqual([
      "ANALYSIS_THREADS",
      "INGEST_FAILED_KEYS_PER_MINUTE",
      "INTROSPECTION",
      "SHUTDOWN_GRACE_MS",
    ]);
  });

  it("opens the IDE from a terminal unless told not to, and never under CI", () => {
    expect(readConfig({}).openBrowser).toBe("interactive");
    expect(readConfig({ OPEN_BROWSER: "0" }).openBrowser).toBe("never");
    expect(readConfig({ OPEN_BROWSER: "1" }).openBrowser).toBe("always");
    expect(readConfig({ CI: "true" }).openBrowser).toBe("never");
  });
});
