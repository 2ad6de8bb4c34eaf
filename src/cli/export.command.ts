import type { Command } from "commander";
import { writeFileSync } from "node:fs";
import { isRelationshipType, type RelationshipType } from "../domain/vocabulary";
import { createServices } from "../services/create-services";
import { EXPORT_FORMATS, isExportFormat } from "../services/export.service";
import { EMPTY_CURATION } from "../extract/curation";
import { extractCorpus } from "../extract/extract-corpus";
import { MemoryStore } from "../store/memory/memory-store";
import {
  type StoreOptions,
  UsageError,
  openStoreFor,
  withCode,
  withNeo4jOptions,
} from "./cli-store";

interface ExportOptions extends StoreOptions {
  types?: string;
  minWeight?: string;
  documents?: string;
  out?: string;
}

/** `ensemble export FORMAT`: the same files as GET /export/FORMAT, with the same filters. */
export function registerExport(program: Command): void {
  withNeo4jOptions(
    program
      .command("export")
      .description(
        `the graph as a file for notebooks and Gephi: ${Object.keys(EXPORT_FORMATS).join(", ")}`,
      )
      .argument("<format>", Object.keys(EXPORT_FORMATS).join(" | ")),
  )
    .option("--graph <file>", "graph document to read when no Neo4j is named", "seeds/graph.json")
    .option("--types <list>", "only these relationship types, comma-separated")
    .option("--min-weight <number>", "only relationships at least this heavy")
    .option("--documents <list>", "only evidence from these document ids, comma-separated")
    .option("-o, --out <file>", "write here instead of stdout")
    .action(async (format: string, options: ExportOptions) => {
      try {
        await runExport(format, options);
      } catch (error) {
        throw withCode(error);
      }
    });
}

async function runExport(format: string, options: ExportOptions): Promise<void> {
  if (!isExportFormat(format))
    throw new UsageError(`no format ${format}; try ${Object.keys(EXPORT_FORMATS).join(", ")}`);
  const list = (raw?: string) =>
    raw
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  const types = list(options.types);
  const unknown = types?.filter((t) => !isRelationshipType(t)) ?? [];
  if (unknown.length > 0) throw new UsageError(`unknown relationship type ${unknown.join(", ")}`);
  const minWeight = options.minWeight === undefined ? undefined : Number(options.minWeight);
  if (minWeight !== undefined && !(minWeight >= 0))
    throw new UsageError("--min-weight must be a number of at least 0");
  const store = await openStoreFor(options);
  try {
    const services = createServices(store, {
      makeViewStore: MemoryStore.fromSnapshot,
      views: { snapshotTtlMs: 0, maxViews: 1 },
      ingestApiKey: null,
      ingest: { maxBytes: 0, curation: EMPTY_CURATION, extract: extractCorpus },
    });
    const body = await services.exports.render(format, {
      types: types as RelationshipType[] | undefined,
      minWeight,
      documents: list(options.documents),
    });
    if (options.out) writeFileSync(options.out, body);
    else process.stdout.write(body);
  } finally {
    await store.close();
  }
}
