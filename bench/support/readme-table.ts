import { readFileSync, writeFileSync } from "node:fs";
import { type BenchReport, machineLine, markdownTable } from "./results";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

/** Replaces the table between the README's bench markers with this run's. */
export function updateReadme(report: BenchReport, file = "README.md"): string {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${START} ... ${END} section`);
  const table = [
    START,
    `Latest full run (${report.startedAt.slice(0, 10)}, seed ${report.seed}, ${Math.round(report.seconds)} s): ` +
      `${machineLine(report.machine)}.`,
    "",
    markdownTable(report.rows),
    END,
  ].join("\n");
  writeFileSync(file, text.slice(0, start) + table + text.slice(end + END.length));
  return file;
}
