import { execFileSync } from "node:child_process";
import type { BenchContext } from "../support/bench-context";

const TARGET_MB_PER_SECOND = 2;

/** Extraction throughput and peak memory, in a process of its own (workers/extraction-worker). */
export function benchExtraction(context: BenchContext): void {
  const megabytes = context.mode === "full" ? 10 : 2;
  context.log(`extraction: seed corpus repeated to ${megabytes} MB`);
  const output = execFileSync(
    process.execPath,
    [`${__dirname}/../workers/extraction-worker.js`, String(megabytes)],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  const run = JSON.parse(output) as {
    copies: number;
    bytes: number;
    seconds: number;
    peakRss: number;
  };
  const rate = run.bytes / 1e6 / run.seconds;
  context.rows.push({
    benchmark: `Extraction, seed corpus x${run.copies} (${(run.bytes / 1e6).toFixed(1)} MB)`,
    store: "",
    result: `${rate.toFixed(2)} MB/s (${run.seconds.toFixed(1)} s), peak ${Math.round(run.peakRss / 2 ** 20)} MiB`,
    target: `>= ${TARGET_MB_PER_SECOND} MB/s`,
    met: rate >= TARGET_MB_PER_SECOND,
    figures: {
      megabytesPerSecond: rate,
      seconds: run.seconds,
      bytes: run.bytes,
      peakRssBytes: run.peakRss,
    },
  });
}
