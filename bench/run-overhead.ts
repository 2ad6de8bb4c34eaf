/**
 * The GraphQL overhead benchmark alone, on the memory store (it is also part of `npm run bench`,
 * on both stores): node dist-bench/bench/run-overhead.js [--quick] [--seed N]. Prints its table;
 * writes no results file.
 */
import "./support/production-mode";
import "reflect-metadata";
import { Command } from "commander";
import { MemoryStore } from "../src/store/memory/memory-store";
import { benchOverhead } from "./sections/overhead";
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
  const store = new MemoryStore();
  await store.load(graph.document);
  try {
    await benchOverhead(context, store, null);
  } finally {
    await store.close();
  }
  process.stdout.write(`\n${textTable(context.rows)}\n\n${machineLine(machineInfo("-"))}\n`);
}

new Command("bench-overhead")
  .option("--quick", "a thousand characters instead of Marvel scale")
  .option("--seed <n>", "the generator's seed", "1")
  .action((options: { quick?: boolean; seed: string }) =>
    main(options).catch((error: unknown) => {
      process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    }),
  )
  .parse();
