import { describe, expect, it } from "@jest/globals";
import ignore from "@balena/dockerignore";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readDockerfile } from "../../support/dockerfile";

/** .dockerignore read by a port of Docker's own matcher (@balena/dockerignore). */
const context = ignore().add(readFileSync(".dockerignore", "utf8"));

describe("the Docker build context", () => {
  it.each([
    "node_modules/graphql/package.json",
    "dist/app/main.js",
    "dist-bench/bench/run.js",
    "coverage/lcov.info",
    "tests/screenshots/circle.png",
    "bench/results/tmp/run.json",
    "tools/neo4j-local/target/neo4j-local.jar",
    ".env",
    ".env.production",
    ".git/HEAD",
    "npm-debug.log",
    "src/npm-debug.log",
  ])("leaves out %s", (path) => {
    expect(context.ignores(path)).toBe(true);
  });

  it("holds every file the Dockerfile copies from it", () => {
    const sources = readDockerfile()
      .flatMap((stage) => stage.copies)
      .filter((copy) => copy.from === null)
      .flatMap((copy) => copy.sources);
    expect(sources.length).toBeGreaterThan(0);
    const files = execFileSync("git", ["ls-files", "--", ...sources], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean);
    expect(files).toContain("seeds/graph.json");
    expect(files.filter((file) => context.ignores(file))).toEqual([]);
  });
});
