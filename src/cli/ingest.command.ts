import type { Command } from "commander";
import { basename } from "node:path";
import { readCuration, readSourceText } from "../extract/read-inputs";
import { type StoreFlags, commandServices, openCommandStore } from "../app/command-store";
import { withNeo4jOptions } from "./store-flags";
import { type CurationOptions, withCurationOptions } from "./curation-options";

interface IngestOptions extends StoreFlags, CurationOptions {
  work?: string;
}

/**
 * `ensemble ingest FILE... --neo4j <uri>`: extracts new documents and merges them into Neo4j,
 * as the ingestDocument mutation does. (The embedded store lives in the server's memory; to grow
 * a graph file, extract all its documents again.)
 */
export function registerIngest(program: Command): void {
  const command = withNeo4jOptions(
    program
      .command("ingest")
      .description(
        "extract documents and merge them into Neo4j (ingesting one again changes nothing)",
      )
      .argument("<files...>", "text documents (UTF-8); each file's name is its title"),
  );
  withCurationOptions(command)
    .option("--work <name>", "the curated work (series or universe) every document belongs to")
    .action(async (files: string[], options: IngestOptions) => {
      await ingest(files, options);
    });
}

async function ingest(files: string[], options: IngestOptions): Promise<void> {
  const curation = readCuration(options.gazetteer, options.relations);
  const texts = files.map(readSourceText);
  const store = await openCommandStore(options, "neo4j");
  try {
    const service = commandServices(store, curation).ingestion;
    for (const { source, text } of texts) {
      const title = basename(source).replace(/\.[^.]+$/, "");
      const result = await service.ingest(title, text, options.work);
      process.stdout.write(
        result.alreadyPresent
          ? `${source}: already ingested as ${result.document.id}; nothing changed\n`
          : `${source}: ${result.document.id}: ${result.charactersAdded.length} characters added, ` +
              `${result.charactersUpdated.length} updated, ${result.relationshipsAdded} relationships added, ` +
              `${result.relationshipsUpdated} updated\n`,
      );
    }
  } finally {
    await store.close();
  }
}
