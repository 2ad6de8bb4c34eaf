import type { Command } from "commander";
import { readGraphFile } from "../app/read-graph-file";
import { PROBLEMS_REPORTED } from "../domain/validate-graph-document";
import { InvalidGraphDocumentError } from "../store/store-errors";
import { evidenceProblems, textsBeside } from "./evidence-offsets";
import { type StoreFlags, commandConfig, openCommandStore } from "../app/command-store";
import { withNeo4jOptions } from "./store-flags";

/** `ensemble load [graph.json] --neo4j <uri>`: writes a graph document into Neo4j. */
export function registerLoad(program: Command): void {
  withNeo4jOptions(
    program
      .command("load")
      .description(
        "load a graph document into Neo4j (idempotent: loading it again changes nothing)",
      )
      .argument("[graph]", "graph document (JSON; default GRAPH_FILE, the seed graph)"),
  )
    .option("--if-empty", "load only into a database that holds no characters yet")
    .action(async (file: string | undefined, options: LoadOptions) => {
      await load(file ?? commandConfig(options).graphFile, options);
    });
}

interface LoadOptions extends StoreFlags {
  ifEmpty?: boolean;
}

async function load(file: string, options: LoadOptions): Promise<void> {
  const document = await readGraphFile(file);
  const problems = evidenceProblems(document, textsBeside(file));
  if (problems.length > 0)
    throw new InvalidGraphDocumentError(
      `${file}: ${problems.length} evidence problem${problems.length === 1 ? "" : "s"}: ` +
        problems.slice(0, PROBLEMS_REPORTED).join("; "),
    );
  const store = await openCommandStore(options, "neo4j");
  try {
    // A database that already holds a graph keeps it as it is: loading the seed graph again
    // would replace what ingests added to the characters and relationships it names.
    if (options.ifEmpty) {
      const { characters } = await store.stats();
      if (characters > 0) {
        process.stdout.write(`not loading ${file}: the database holds ${characters} characters\n`);
        return;
      }
    }
    const summary = await store.load(document);
    process.stdout.write(
      `loaded ${file}: the database now holds ${summary.nodes} nodes and ${summary.relationships} relationships\n`,
    );
  } finally {
    await store.close();
  }
}
