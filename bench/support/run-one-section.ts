import { Command } from "commander";
import type { BenchContext } from "./bench-context";
import { machineInfo } from "./machine";
import { prepareGraph } from "./prepare-graph";
import { machineLine, textTable } from "./results";

/**
 * One benchmark section alone, on the memory store, with `--quick` and `--seed` as `npm run
 * bench` takes them. Prints its table; writes no results file, so a full run's files stay.
 */
export function runOneSection(name: string, section: (context: BenchContext) => Promise<void>) {
  const main = async ({ quick, seed }: { quick?: boolean; seed: string }) => {
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
    await section(context);
    process.stdout.write(`\n${textTable(context.rows)}\n\n${machineLine(machineInfo("-"))}\n`);
  };
  new Command(name)
    .option("--quick", "a thousand characters instead of Marvel scale")
    .option("--seed <n>", "the generator's seed", "1")
    .action((options: { quick?: boolean; seed: string }) =>
      main(options).catch((error: unknown) => {
        process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
        process.exit(1);
      }),
    )
    .parse();
}
