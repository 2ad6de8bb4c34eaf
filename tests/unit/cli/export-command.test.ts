import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { writeFileAtomically } from "../../../src/cli/write-file-atomically";
import { SMALL_GRAPH } from "../../fixtures/small-graph";

/** Runs the built CLI (bin/ensemble.js loads dist/, which `npm test` builds first). */
function ensemble(...args: string[]) {
  const run = spawnSync(process.execPath, ["bin/ensemble.js", ...args], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("ensemble export and ensemble documents", () => {
  let dir: string;
  let graph: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ensemble-export-cli-"));
    graph = join(dir, "graph.json");
    writeFileSync(graph, JSON.stringify(SMALL_GRAPH));
  });

  const rowsOf = (csv: string) => parse(csv, { columns: true }) as Record<string, string>[];

  it("lists the documents' ids and titles, as text or JSON", () => {
    expect(ensemble("documents", "--graph", graph).stdout).toBe(
      "one\tEpisode One\ntwo\tEpisode Two\n",
    );
    expect(JSON.parse(ensemble("documents", "--graph", graph, "--json").stdout)).toEqual([
      { id: "one", title: "Episode One" },
      { id: "two", title: "Episode Two" },
    ]);
  });

  // Under a documents filter, a relationship's weight (TotalWeight) is recounted from those documents.
  it("filters as the HTTP export does: types in any case, documents by title", () => {
    const run = ensemble(
      "export",
      "edges.csv",
      "--graph",
      graph,
      "--types",
      "interacts_with",
      "--documents",
      "episode two",
    );
    expect(run.stderr).toBe("");
    expect(
      rowsOf(run.stdout).map((r) => `${r.Source}-${r.Target}:${r.Weight}/${r.TotalWeight}`),
    ).toEqual(["a-b:1/1", "c-d:2/2"]);
  });

  it("reads --graph even when NEO4J_URI names a database, and refuses --graph with --neo4j", () => {
    const env = { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1" };
    const run = spawnSync(process.execPath, ["bin/ensemble.js", "documents", "--graph", graph], {
      encoding: "utf8",
      env,
    });
    expect([run.status, run.stdout]).toEqual([0, "one\tEpisode One\ntwo\tEpisode Two\n"]);
    const both = ensemble("documents", "--graph", graph, "--neo4j", "bolt://127.0.0.1:1");
    expect([both.status, both.stderr]).toEqual([
      2,
      "ensemble: [BAD_USER_INPUT] give --graph or --neo4j, not both\n",
    ]);
  });

  it("writes a directed graph file with -o, leaving no temporary file behind", () => {
    const out = join(dir, "directed.graphml");
    const run = ensemble("export", "graph.graphml", "--graph", graph, "--directed", "-o", out);
    expect(run).toMatchObject({ status: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toContain('edgedefault="directed"');
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses bad filters with a code and the valid values, writing nothing", () => {
    const out = join(dir, "never.csv");
    const badType = ensemble(
      "export",
      "edges.csv",
      "--graph",
      graph,
      "--types",
      "hates",
      "-o",
      out,
    );
    expect(badType.status).toBe(1);
    expect(badType.stderr).toMatch(
      /^ensemble: \[BAD_USER_INPUT\] unknown relationship type hates; the types are FAMILY_OF/,
    );
    const badDocument = ensemble("export", "edges.csv", "--graph", graph, "--documents", "nine");
    expect(badDocument.stderr).toContain('one ("Episode One"), two ("Episode Two")');
    const directedTable = ensemble("export", "edges.csv", "--graph", graph, "--directed");
    expect(directedTable.stderr).toContain("directed applies only to the graph files");
    const badPronouns = ensemble("export", "graph.json", "--graph", graph, "--pronouns", "no");
    expect(badPronouns.stderr).toContain("pronouns must be true or false");
    expect(readdirSync(dir)).not.toContain("never.csv");
  });
});

describe("writeFileAtomically", () => {
  it("replaces a file's content whole", () => {
    const dir = mkdtempSync(join(tmpdir(), "ensemble-atomic-"));
    const path = join(dir, "edges.csv");
    writeFileSync(path, "old");
    writeFileAtomically(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["edges.csv"]);
  });

  it("leaves no temporary file when the rename fails", () => {
    const dir = mkdtempSync(join(tmpdir(), "ensemble-atomic-"));
    const target = join(dir, "taken");
    mkdirSync(target);
    writeFileSync(join(target, "inside"), "x");
    expect(() => writeFileAtomically(target, "new")).toThrow();
    expect(readdirSync(dir)).toEqual(["taken"]);
  });
});
