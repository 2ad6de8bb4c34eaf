import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";

/**
 * No module of src/ reaches itself through its imports, type-only imports included: a cycle of
 * types still ties two modules together (ARCHITECTURE.md). Lint checks the arrows between rooms;
 * dpdm finds cycles across any number of files. (Its CLI: its library is ESM-only inside.)
 */
describe("src/", () => {
  it("has no import cycles, type imports included", () => {
    const run = spawnSync(
      process.execPath,
      [
        "node_modules/dpdm/lib/bin/dpdm.js",
        "--no-tree",
        "--no-warning",
        "--no-progress",
        "--transform=false",
        "--exit-code",
        "circular:1",
        "src/**/*.ts",
      ],
      { encoding: "utf8" },
    );
    expect(run.stdout).toContain("no circular dependency was found");
    expect(run.status).toBe(0);
  }, 60_000);
});
