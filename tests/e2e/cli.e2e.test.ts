import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { embeddedServiceEnv, spawnService } from "../support/service-process";

/** The built command (`npm test` builds first), as a user runs it. */
function ensemble(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/ensemble.js", ...args], {
    encoding: "utf8",
    env: embeddedServiceEnv(),
    timeout: 60000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("the ensemble command", () => {
  it("prints its version from package.json", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      expect(ensemble(flag)).toMatchObject({ status: 0, stdout: `${version}\n` });
    }
  });

  it.each([
    ["an unknown option", ["--no-such-option"], /unknown option '--no-such-option'/],
    ["an unknown command", ["frobnicate"], /unknown command 'frobnicate'/],
    ["a missing argument", ["extract"], /missing required argument 'files'/],
    ["a port that is no port", ["serve", "--port", "forty"], /a port is a whole number/],
    ["a format that does not exist", ["export", "graph.pdf"], /no format graph\.pdf/],
    ["no command at all", [], /Usage: ensemble/],
  ])("exits 2 on %s, saying what was wrong", (_case, args, message) => {
    const { status, stderr } = ensemble(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });

  it("exits 0 for help", () => {
    expect(ensemble("serve", "--help")).toMatchObject({ status: 0 });
  });

  it("serves on the port and address given to serve, and stops on SIGTERM", async () => {
    const port = await freePort();
    const service = await spawnService(
      process.execPath,
      ["bin/ensemble.js", "serve", "--port", String(port), "--host", "127.0.0.1"],
      { env: embeddedServiceEnv({ PORT: "4999", HOST: "localhost" }) },
    );
    try {
      expect(service.url).toBe(`http://127.0.0.1:${port}/`);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ character(name: "Claire") { name } }` }),
      });
      expect(await response.json()).toEqual({ data: { character: { name: "Claire Temple" } } });
    } finally {
      service.child.kill("SIGTERM");
    }
    expect(await service.exited).toEqual({ code: 0, signal: null });
  });
});
