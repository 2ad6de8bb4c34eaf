/**
 * How soon the whole graph's metrics are ready after a load, alone (it is also part of `npm run bench`):
 * node dist-bench/bench/run-metrics-ready.js [--quick] [--seed N]. Prints its table; writes no
 * results file, so a full run's files stay as they were.
 */
import { Command } from "commander";
import { benchMetricsReady } from "./sections/metrics-ready";
import type { BenchContext } from "./support/bench-context";
import { machineInfo } from "./support/machine";
import { prepareGraph } from "./support/prepare-graph";
import { machineLine, textTable } from "./support/results";

async function main({ quick, seed }: { quick?: boolean; seed: string }): Promise<void> {
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const graph = prepareGraph(quick ? "medium" : "marvel", Number(seed), log);
  const context: BenchContext = {
    mode: quick ? "quick" : "full",
    seed: Number(seed),
    loadGraph: graph,
    queryGraph: graph,
    load: { connections: 1, seconds: 0, warmupSeconds: 0 },
    neo4j: null,
    rows: [],
    log,
  };
  await benchMetricsReady(context);
  process.stdout.write(`\n${textTable(context.rows)}\n\n${machineLine(machineInfo("-"))}\n`);
}

new Command("bench-metrics-ready")
  .option("--quick", "a thousand characters instead of Marvel scale")
  .option("--seed <n>", "the generator's seed", "1")
  .action((options: { quick?: boolean; seed: string }) =>
    main(options).catch((error: unknown) => {
      process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    }),
  )
  .parse();
