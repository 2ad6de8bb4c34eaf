import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { renderEnvExample } from "../../../src/app/env-example";
import { SETTINGS } from "../../../src/app/settings";

describe(".env.example", () => {
  it("is what the settings table writes (npm run env-example)", () => {
    expect(readFileSync(".env.example", "utf8")).toBe(renderEnvExample());
  });

  it("sets every variable of the table once", () => {
    const set = [...readFileSync(".env.example", "utf8").matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map(
      (m) => m[1],
    );
    expect([...set].sort()).toEqual(
      Object.values(SETTINGS)
        .map((s) => s.name)
        .sort(),
    );
  });

  it("has every variable of the table in the README's configuration table", () => {
    const readme = readFileSync("README.md", "utf8");
    const missing = Object.values(SETTINGS)
      .map((s) => s.name)
      .filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
