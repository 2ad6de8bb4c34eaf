/**
 * The queries-under-load section alone, for some questions and stores (it is also part of
 * `npm run bench`): node dist-bench/bench/run-queries.js [--quick] [--seed N]
 * [--questions links,path] [--stores memory,neo4j]. On Neo4j it loads the graph first (batched).
 * Prints its table; writes no results file, so a full run's files stay as they were.
 */
import "reflect-metadata";
import { Command } from "commander";
import { createNeo4jStore } from "../src/store/neo4j/neo4j-store";
import { benchQueries } from "./sections/queries";
import type { BenchContext } from "./support/bench-context";
import { openBenchNeo4j } from "./support/bench-neo4j";
import { machineInfo } from "./support/machine";
import { prepareGraph } from "./support/prepare-graph";
import type { QuestionName } from "./support/questions";
import { machineLine, textTable } from "./support/results";

interface Options {
  quick?: boolean;
  seed: string;
  questions: string;
  stores: string;
}

async function main(options: Options): Promise<void> {
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const graph = prepareGraph(options.quick ? "medium" : "marvel", Number(options.seed), log);
  const questions = options.questions.split(",") as QuestionName[];
  const stores = options.stores.split(",");
  const context: BenchContext = {
    mode: options.quick ? "quick" : "full",
    seed: Number(options.seed),
    loadGraph: graph,
    queryGraph: graph,
    load: {
      connections: 16,
      seconds: options.quick ? 2 : 10,
      warmupSeconds: options.quick ? 1 : 3,
    },
    neo4j: null,
    rows: [],
    log,
  };
  if (stores.includes("memory")) await benchQueries(context, "memory", questions);
  let version = "-";
  if (stores.includes("neo4j")) {
    const neo4j = await openBenchNeo4j(options.quick ? "1g" : "3g");
    context.neo4j = neo4j;
    version = neo4j.version;
    try {
      const store = await createNeo4jStore({
        uri: neo4j.uri,
        transactionTimeoutMs: 600_000,
        connectionTimeoutMs: 5_000,
      });
      log(`neo4j: loading the ${graph.size.name} graph`);
      await store.load(graph.document).finally(() => store.close());
      await benchQueries(context, "neo4j", questions);
    } finally {
      await neo4j.stop();
    }
  }
  process.stdout.write(`\n${textTable(context.rows)}\n\n${machineLine(machineInfo(version))}\n`);
}

new Command("bench-queries")
  .option("--quick", "a thousand characters instead of Marvel scale, shorter runs")
  .option("--seed <n>", "the generator's seed", "1")
  .option("--questions <names>", "character, neighbourhood, path, links, ranking", "links")
  .option("--stores <names>", "memory, neo4j", "memory,neo4j")
  .action((options: Options) =>
    main(options).catch((error: unknown) => {
      process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    }),
  )
  .parse();
