import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Runs the built CLI (bin/ensemble.js loads dist/, which `npm test` builds first). */
function ensemble(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["bin/ensemble.js", ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

interface Measured {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

interface Report {
  files: {
    file: string;
    characters: Measured & { missed: string[]; extra: string[] };
    people: Measured & { missed: string[] };
    pairs: Measured;
  }[];
  total: { characters: Measured; people: Measured; pairs: Measured };
}

const GROUPS = ["characters", "people", "pairs"] as const;
const TEXTS = "tests/fixtures/eval/texts";
const DEV_GOLD = "tests/fixtures/eval/gold.json";

/** A gold file in a fresh folder, so TEXTS_DIR has to be given. */
function goldFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "evaluate-")), "gold.json");
  writeFileSync(path, content);
  return path;
}

/** One dev-set text annotated with a character it never names, so its F1 cannot be 1. */
const unreachable = JSON.stringify({
  texts: { "daredevil-s01e02.txt": { characters: { "Zebulon Quarrington": ["Zebulon"] } } },
});

describe("ensemble evaluate", () => {
  let report: Report;
  beforeAll(() => {
    const run = ensemble("evaluate", DEV_GOLD, "--json");
    expect(run.status).toBe(0);
    report = JSON.parse(run.stdout) as Report;
  });

  it("scores every dev-set text, found in texts/ beside the gold file by default", () => {
    const gold = JSON.parse(readFileSync(DEV_GOLD, "utf8")) as { texts: object };
    expect(report.files.map((f) => f.file)).toEqual(Object.keys(gold.texts).sort());
    for (const file of report.files) {
      expect(file.characters.missed).toEqual(expect.any(Array));
      expect(file.characters.extra).toEqual(expect.any(Array));
      for (const group of GROUPS) {
        const { precision, recall, f1 } = file[group];
        for (const x of [precision, recall, f1]) expect(x >= 0 && x <= 1).toBe(true);
      }
    }
  });

  it("gives totals that are the sums of the per-file counts, micro-averaged", () => {
    for (const group of GROUPS) {
      const total = report.total[group];
      for (const count of ["tp", "fp", "fn"] as const) {
        const sum = report.files.reduce((s, file) => s + file[group][count], 0);
        expect(total[count]).toBe(sum);
      }
      expect(total.precision).toBeCloseTo(total.tp / Math.max(1, total.tp + total.fp));
      expect(total.recall).toBeCloseTo(total.tp / Math.max(1, total.tp + total.fn));
    }
  });

  it("prints a table with a row per text and a total line", () => {
    const run = ensemble("evaluate", goldFile(unreachable), TEXTS);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^daredevil-s01e02\.txt +(\d\.\d{3} ){2}\d\.\d{3}/m);
    expect(run.stdout).toContain("missed: Zebulon Quarrington");
    expect(run.stdout).toMatch(/^total \(micro, 1 text\) +0\.000 0\.000 0\.000/m);
  });

  it("exits 1 when the character F1 is below --min-f1, still printing the scores", () => {
    const gold = goldFile(unreachable);
    const below = ensemble("evaluate", gold, TEXTS, "--json", "--min-f1", "0.5");
    expect(below.status).toBe(1);
    expect(below.stderr).toContain("below --min-f1 0.5");
    expect((JSON.parse(below.stdout) as Report).files).toHaveLength(1);
    expect(ensemble("evaluate", gold, TEXTS, "--min-f1", "0").status).toBe(0);
  });

  it.each([
    ["a gold file that is not JSON", "{ nope", /\[BAD_GOLD\] .*is not JSON/],
    ["a gold file of the wrong shape", '{"texts": []}', /\[BAD_GOLD\] .*expected \{"texts"/],
    [
      "a gold text missing from the folder",
      '{"texts": {"absent.txt": {"characters": {}}}}',
      /\[BAD_GOLD\] .*absent\.txt/,
    ],
  ])("refuses %s with exit 1 and its code", (_what, content, message) => {
    const run = ensemble("evaluate", goldFile(content), TEXTS);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^ensemble: ${message.source}`));
  });

  it("refuses a --min-f1 that is not a number from 0 to 1", () => {
    const run = ensemble("evaluate", DEV_GOLD, "--min-f1", "80");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("[BAD_USAGE] --min-f1");
  });
});
