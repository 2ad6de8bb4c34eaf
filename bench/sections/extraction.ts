import { execFileSync } from "node:child_process";
import type { BenchContext } from "../support/bench-context";

const TARGET_MB_PER_SECOND = 0.5;
const TARGET_PEAK_MIB = 500;

/** The corpora extraction is timed on: the seed corpus and the realistic recap dev set. */
const CORPORA = [
  { name: "seed corpus", directory: "seeds/corpus" },
  { name: "dev-set recaps", directory: "tests/fixtures/eval/texts" },
];

/**
 * Extraction throughput and peak memory, each corpus in a process of its own
 * (workers/extraction-worker): 50 MB in a full run (the memory target's size), 2 MB quick.
 */
export function benchExtraction(context: BenchContext): void {
  const megabytes = context.mode === "full" ? 50 : 2;
  for (const corpus of CORPORA) benchCorpus(context, corpus, megabytes);
}

function benchCorpus(
  context: BenchContext,
  corpus: { name: string; directory: string },
  megabytes: number,
): void {
  context.log(`extraction: ${corpus.name} repeated to ${megabytes} MB`);
  const output = execFileSync(
    process.execPath,
    [`${__dirname}/../workers/extraction-worker.js`, String(megabytes), corpus.directory],
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
    benchmark: `Extraction, ${corpus.name} x${run.copies} (${(run.bytes / 1e6).toFixed(1)} MB)`,
    store: "",
    result: `${rate.toFixed(2)} MB/s (${run.seconds.toFixed(1)} s), peak ${Math.round(run.peakRss / 2 ** 20)} MiB`,
    target: `>= ${TARGET_MB_PER_SECOND} MB/s, peak < ${TARGET_PEAK_MIB} MiB at 50 MB`,
    met: rate >= TARGET_MB_PER_SECOND && run.peakRss < TARGET_PEAK_MIB * 2 ** 20,
    figures: {
      megabytesPerSecond: rate,
      seconds: run.seconds,
      bytes: run.bytes,
      peakRssBytes: run.peakRss,
    },
  });
}
