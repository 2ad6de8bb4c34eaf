import { describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeFileAtomically } from "../../../src/cli/write-file-atomically";

const scratch = () => mkdtempSync(join(tmpdir(), "ensemble-atomic-"));

describe("writing a file atomically", () => {
  it("replaces the file's content and leaves nothing else beside it", () => {
    const directory = scratch();
    const path = join(directory, "graph.json");
    writeFileSync(path, "old");
    writeFileAtomically(path, '{"version":1}\n');
    expect(readFileSync(path, "utf8")).toBe('{"version":1}\n');
    expect(readdirSync(directory)).toEqual(["graph.json"]);
  });

  it("when it cannot replace the file, throws and leaves no temporary file", () => {
    const directory = scratch();
    mkdirSync(join(directory, "graph.json"));
    expect(() => writeFileAtomically(join(directory, "graph.json"), "{}")).toThrow(/EISDIR/);
    expect(readdirSync(directory)).toEqual(["graph.json"]);
  });
});

describe("ensemble extract --out, killed mid-write", () => {
  it("leaves the previous graph file whole", async () => {
    const directory = scratch();
    const out = join(directory, "graph.json");
    const previous = readFileSync("seeds/graph.json");
    writeFileSync(out, previous);
    const child = spawn(
      "node",
      [
        resolve("bin/ensemble.js"),
        "extract",
        resolve("seeds/corpus/000_38614abef1e96815.txt"),
        "--out",
        out,
      ],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: `--require ${resolve("tests/support/pause-file-writes.cjs")}`,
        },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    const exited = new Promise((done) => child.once("exit", (_code, signal) => done(signal)));
    await new Promise<void>((halfWritten) => {
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes("FILE_HALF_WRITTEN")) halfWritten();
      });
    });
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(readFileSync(out)).toEqual(previous);
  }, 60_000);
});
