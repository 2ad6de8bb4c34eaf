import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

describe("ensemble extract outside the repository", () => {
  it("finds the seed curation beside the package, whatever the working directory", () => {
    const corpus = resolve("seeds/corpus/000_38614abef1e96815.txt");
    const result = spawnSync("node", [resolve("bin/ensemble.js"), "extract", corpus, "--json"], {
      cwd: mkdtempSync(join(tmpdir(), "ensemble-elsewhere-")),
      encoding: "utf8",
    });
    expect(result.stderr).not.toMatch(/BAD_CURATION/);
    expect(result.status).toBe(0);
    const graph = JSON.parse(result.stdout) as { characters: { name: string }[] };
    // Only the curation knows Luke Cage's full name from this promo's "Luke".
    expect(graph.characters.map((c) => c.name)).toContain("Luke Cage");
  });
});
