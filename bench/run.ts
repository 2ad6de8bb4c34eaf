import "./support/production-mode";
import "reflect-metadata";
import { Command, InvalidArgumentError } from "commander";
import { performance } from "node:perf_hooks";
import { MemoryStore } from "../src/store/memory/memory-store";
import { createNeo4jStore } from "../src/store/neo4j/neo4j-store";
import { type GraphSizeName } from "./generate/synthetic-graph";
import { benchEventLoop } from "./sections/event-loop";
import { benchExtraction } from "./sections/extraction";
import { benchLoad, loadQueryGraph } from "./sections/load";
import { benchMetricsReady } from "./sections/metrics-ready";
import { benchOverhead } from "./sections/overhead";
import { benchPathOverhead } from "./sections/path-overhead";
import { benchPeer } from "./sections/peer";
import { benchQueries } from "./sections/queries";
import { benchRoundTrips } from "./sections/round-trips";
import type { BenchContext } from "./support/bench-context";
import { openBenchNeo4j } from "./support/bench-neo4j";
import { machineInfo } from "./support/machine";
import { prepareGraph } from "./support/prepare-graph";
import { updateReadme } from "./support/readme-table";
import { QUESTION_NAMES, type QuestionName } from "./support/questions";
import { type BenchReport, machineLine, textTable, writeReport } from "./support/results";

const SECTIONS = [
  "extraction",
  "queries",
  "event-loop",
  "metrics-ready",
  "round-trips",
  "overhead",
  "load",
  "path-overhead",
  "peer",
] as const;
type SectionName = (typeof SECTIONS)[number];
const STORES = ["memory", "neo4j"] as const;
type StoreName = (typeof STORES)[number];

interface Options {
  quick?: boolean;
  seed: number;
  readme: boolean;
  only?: SectionName[];
  store?: StoreName[];
  questions?: QuestionName[];
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
  const runs = (section: SectionName, store: StoreName | null = null) =>
    (options.only ?? SECTIONS).includes(section) &&
    (store === null || (options.store ?? STORES).includes(store));
  const questions = options.questions ?? QUESTION_NAMES;
  if (runs("extraction")) benchExtraction(context);
  if (runs("queries", "memory")) await benchQueries(context, "memory", questions);
  if (runs("event-loop", "memory")) await benchEventLoop(context);
  if (runs("metrics-ready", "memory")) await benchMetricsReady(context);
  if (runs("round-trips", "memory") || runs("overhead", "memory")) {
    const memory = new MemoryStore();
    await memory.load(context.queryGraph.document);
    if (runs("round-trips")) await benchRoundTrips(context, memory);
    if (runs("overhead")) await benchOverhead(context, memory, null);
    await memory.close();
  }

  const onNeo4j = SECTIONS.filter((section) => section !== "extraction" && runs(section, "neo4j"));
  let neo4jVersion: string | null = null;
  if (onNeo4j.length > 0) {
    log(`neo4j: starting (heap ${process.env.NEO4J_LOCAL_HEAP ?? settings.heap})`);
    const neo4j = await openBenchNeo4j(settings.heap);
    neo4jVersion = neo4j.version;
    context.neo4j = neo4j;
    try {
      // The load section leaves the query graph loaded; without it, it is loaded here.
      if (runs("load", "neo4j")) await benchLoad(context, neo4j);
      else await loadQueryGraph(context, neo4j);
      if (runs("queries", "neo4j")) await benchQueries(context, "neo4j", questions);
      const store = await createNeo4jStore({
        uri: neo4j.uri,
        transactionTimeoutMs: 30_000,
        connectionTimeoutMs: 5_000,
      });
      try {
        if (runs("round-trips", "neo4j")) await benchRoundTrips(context, store);
        if (runs("overhead", "neo4j")) await benchOverhead(context, store, neo4j.driver);
        if (runs("path-overhead", "neo4j")) await benchPathOverhead(context, store, neo4j.driver);
      } finally {
        await store.close();
      }
      if (runs("peer", "neo4j")) await benchPeer(context);
    } finally {
      await neo4j.stop();
    }
  }

  const report: BenchReport = {
    mode,
    seed,
    startedAt: startedAt.toISOString(),
    seconds: (performance.now() - started) / 1000,
    machine: machineInfo(neo4jVersion ?? "not started"),
    rows: context.rows,
  };
  process.stdout.write(`\n${textTable(report.rows)}\n\n${machineLine(report.machine)}\n`);
  // A partial run keeps its own files, and would replace the README's whole table with a few rows.
  const whole = !options.only && !options.store && !options.questions;
  const written = writeReport(report, undefined, whole ? mode : `${mode}-partial`);
  if (mode === "full" && options.readme && whole) written.push(updateReadme(report));
  process.stdout.write(`written: ${written.join(", ")}\n`);
}

/** A comma-separated list, each item one of `allowed`. */
function listOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T[] => {
    const items = value.split(",").map((item) => item.trim());
    const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (unknown.length > 0)
      throw new InvalidArgumentError(
        `unknown ${what} ${unknown.join(", ")}; choose from ${allowed.join(", ")}`,
      );
    return items as T[];
  };
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
  .option(
    "--only <sections>",
    `run only these sections (comma-separated: ${SECTIONS.join(", ")}); the README is left alone`,
    listOf(SECTIONS, "section"),
  )
  .option(
    "--store <stores>",
    "run the sections on these stores only (memory, neo4j)",
    listOf(STORES, "store"),
  )
  .option(
    "--questions <names>",
    `ask only these questions under load (${QUESTION_NAMES.join(", ")})`,
    listOf(QUESTION_NAMES, "question"),
  )
  .action((options: Options) =>
    main(options).catch((error: unknown) => {
      process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    }),
  );
program.parse();
