import type { Command } from "commander";
import { EXPORT_FORMATS, isExportFormat } from "../services/export.service";
import { type RawParameters, parseExportParameters } from "../services/export-parameters";
import { type StoreFlags, commandServices, openCommandStore } from "../app/command-store";
import { withNeo4jOptions } from "./store-flags";
import { UsageError } from "./usage-error";
import { writeFileAtomically } from "./write-file-atomically";

interface ExportOptions extends StoreFlags {
  types?: string;
  minWeight?: string;
  documents?: string[];
  pronouns?: string;
  directed?: boolean;
  out?: string;
}

/**
 * `ensemble export FORMAT`: the same files as GET /export/FORMAT, with the same filters checked
 * by the same code (parseExportParameters); `ensemble documents` lists what `--documents` takes.
 */
export function registerExport(program: Command): void {
  withNeo4jOptions(
    program
      .command("export")
      .description(
        `the graph as a file for notebooks and Gephi: ${Object.keys(EXPORT_FORMATS).join(", ")}`,
      )
      .argument("<format>", Object.keys(EXPORT_FORMATS).join(" | ")),
  )
    .option(
      "--graph <file>",
      "graph document to read instead of Neo4j (default: the seed graph when no Neo4j is named)",
    )
    .option("--types <list>", "only these relationship types, comma-separated, any case")
    .option("--min-weight <number>", "only relationships at least this heavy")
    .option(
      "--documents <list>",
      "only evidence from these documents, by id or title, comma-separated; repeat the flag " +
        "for a title with a comma (`ensemble documents` lists them)",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option("--pronouns <boolean>", "false drops evidence read through a pronoun")
    .option("--directed", "graph files only: a directed graph (symmetric relationships both ways)")
    .option("-o, --out <file>", "write here (atomically) instead of stdout")
    .action(async (format: string, options: ExportOptions) => {
      await runExport(format, options);
    });
}

async function runExport(format: string, options: ExportOptions): Promise<void> {
  if (!isExportFormat(format))
    throw new UsageError(`no format ${format}; try ${Object.keys(EXPORT_FORMATS).join(", ")}`);
  const raw: RawParameters = {
    types: options.types,
    minWeight: options.minWeight,
    documents: options.documents,
    pronouns: options.pronouns,
    directed: options.directed ? "true" : undefined,
  };
  const parameters = parseExportParameters(format, raw);
  const store = await openCommandStore(options);
  try {
    const body = await commandServices(store).exports.render(format, parameters);
    if (options.out) writeFileAtomically(options.out, body);
    else process.stdout.write(body);
  } finally {
    await store.close();
  }
}
