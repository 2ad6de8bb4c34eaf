import "./support/production-mode";
import "reflect-metadata";
import { Command, InvalidArgumentError } from "commander";
import { performance } from "node:perf_hooks";
import { MemoryStore } from "../src/store/memory/memory-store";
import { createNeo4jStore } from "../src/store/neo4j/neo4j-store";
import { type GraphSizeName } from "./generate/synthetic-graph";
import { benchEventLoop } from "./sections/event-loop";
import { benchExtraction } from "./sections/extraction";
import { benchLoad } from "./sections/load";
import { benchMetricsReady } from "./sections/metrics-ready";
import { benchOverhead } from "./sections/overhead";
import { benchPeer } from "./sections/peer";
import { benchQueries } from "./sections/queries";
import { benchRoundTrips } from "./sections/round-trips";
import type { BenchContext } from "./support/bench-context";
import { openBenchNeo4j } from "./support/bench-neo4j";
import { machineInfo } from "./support/machine";
import { prepareGraph } from "./support/prepare-graph";
import { updateReadme } from "./support/readme-table";
import { type BenchReport, machineLine, textTable, writeReport } from "./support/results";

interface Options {
  quick?: boolean;
  seed: number;
  readme: boolean;
}

const MODES = {
  full: { loadGraph: "medium", queryGraph: "marvel", seconds: 10, warmup: 3, heap: "3g" },
  quick: { loadGraph: "seed", queryGraph: "medium", seconds: 2, warmup: 1, heap: "1g" },
} as const satisfies Record<
  string,
  {
    loadGraph: GraphSizeName;
    queryGraph: GraphSizeName;
    seconds: number;
    warmup: number;
    heap: string;
  }
>;

async function main(options: Options): Promise<void> {
  const startedAt = new Date();
  const started = performance.now();
  const mode = options.quick ? "quick" : "full";
  const settings = MODES[mode];
  const seed = options.seed;
  const log = (message: string) =>
    process.stderr.write(
      `[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
    );
  const context: BenchContext = {
    mode,
    seed,
    loadGraph: prepareGraph(settings.loadGraph, seed, log),
    queryGraph: prepareGraph(settings.queryGraph, seed, log),
    load: { connections: 16, seconds: settings.seconds, warmupSeconds: settings.warmup },
    neo4j: null,
    rows: [],
    log,
  };
  benchExtraction(context);
  await benchQueries(context, "memory");
  await benchEventLoop(context);
  await benchMetricsReady(context);
  const memory = new MemoryStore();
  await memory.load(context.queryGraph.document);
  await benchRoundTrips(context, memory);
  await benchOverhead(context, memory, null);
  await memory.close();

  log(`neo4j: starting (heap ${process.env.NEO4J_LOCAL_HEAP ?? settings.heap})`);
  const neo4j = await openBenchNeo4j(settings.heap);
  context.neo4j = neo4j;
  try {
    await benchLoad(context, neo4j);
    await benchQueries(context, "neo4j");
    const store = await createNeo4jStore({
      uri: neo4j.uri,
      transactionTimeoutMs: 30_000,
      connectionTimeoutMs: 5_000,
    });
    try {
      await benchRoundTrips(context, store);
      await benchOverhead(context, store, neo4j.driver);
    } finally {
      await store.close();
    }
    await benchPeer(context);
  } finally {
    await neo4j.stop();
  }

  const report: BenchReport = {
    mode,
    seed,
    startedAt: startedAt.toISOString(),
    seconds: (performance.now() - started) / 1000,
    machine: machineInfo(neo4j.version),
    rows: context.rows,
  };
  process.stdout.write(`\n${textTable(report.rows)}\n\n${machineLine(report.machine)}\n`);
  const written = writeReport(report);
  if (mode === "full" && options.readme) written.push(updateReadme(report));
  process.stdout.write(`written: ${written.join(", ")}\n`);
}

function wholeNumber(value: string): number {
  if (!/^\d{1,9}$/.test(value)) {
    throw new InvalidArgumentError(`the seed must be a whole number, not "${value}"`);
  }
  return Number(value);
}

const program = new Command("bench")
  .description(
    "Ensemble's benchmarks: load, queries under load, overhead, round trips, peer, extraction, memory",
  )
  .option("--quick", "smaller graphs and shorter runs (under two minutes)")
  .option("--seed <n>", "the generator's seed (a whole number)", wholeNumber, 1)
  .option("--no-readme", "do not copy a full run's table into README.md")
  .action((options: Options) =>
    main(options).catch((error: unknown) => {
      process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    }),
  );
program.parse();
