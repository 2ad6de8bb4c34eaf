import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MachineInfo } from "./machine";

/** One line of the table: a figure, the target it answers to, and whether it is met. */
export interface BenchRow {
  benchmark: string;
  store: "memory" | "neo4j" | "peer" | "";
  result: string;
  target: string;
  /** null where there is no target. */
  met: boolean | null;
  figures: Record<string, number | string>;
}

export interface BenchReport {
  mode: "full" | "quick";
  seed: number;
  startedAt: string;
  seconds: number;
  machine: MachineInfo;
  rows: BenchRow[];
}

const verdict = (met: boolean | null) => (met === null ? "" : met ? "met" : "MISSED");

export function markdownTable(rows: readonly BenchRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return [
    "| Benchmark | Store | Result | Target | |",
    "|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${cell(r.benchmark)} | ${r.store} | ${cell(r.result)} | ${cell(r.target)} | ${verdict(r.met)} |`,
    ),
  ].join("\n");
}

export function machineLine(machine: MachineInfo): string {
  const packages = Object.entries(machine.packages)
    .map(([name, version]) => `${name} ${version}`)
    .join(", ");
  return (
    `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
    `Neo4j ${machine.neo4j}, ${machine.os}; ${packages}`
  );
}

export function markdownReport(report: BenchReport): string {
  return [
    `# Ensemble benchmarks (${report.mode}, seed ${report.seed})`,
    "",
    `Run ${report.startedAt}, ${Math.round(report.seconds)} s. ${machineLine(report.machine)}.`,
    "",
    markdownTable(report.rows),
    "",
  ].join("\n");
}

/** bench/results/<mode>.json and .md: the latest run of each mode. */
export function writeReport(
  report: BenchReport,
  directory = "bench/results",
  name: string = report.mode,
): string[] {
  mkdirSync(directory, { recursive: true });
  const json = join(directory, `${name}.json`);
  const markdown = join(directory, `${name}.md`);
  writeFileSync(json, JSON.stringify(report, null, 2) + "\n");
  writeFileSync(markdown, markdownReport(report));
  return [json, markdown];
}

/** The table as the terminal shows it: aligned columns, no Markdown. */
export function textTable(rows: readonly BenchRow[]): string {
  const lines = [
    ["Benchmark", "Store", "Result", "Target", ""],
    ...rows.map((r) => [r.benchmark, r.store, r.result, r.target, verdict(r.met)]),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((line) => line[i].length)));
  return lines
    .map((line) =>
      line
        .map((c, i) => c.padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
