import type { Command } from "commander";
import { type StoreFlags, commandServices, openCommandStore } from "../app/command-store";
import { withNeo4jOptions } from "./store-flags";

interface DocumentsOptions extends StoreFlags {
  json?: boolean;
}

/** `ensemble documents`: every document's id and title, for `export --documents`. */
export function registerDocuments(program: Command): void {
  withNeo4jOptions(
    program
      .command("documents")
      .description("list the documents (id and title) that export --documents takes"),
  )
    .option(
      "--graph <file>",
      "graph document to read instead of Neo4j (default: the seed graph when no Neo4j is named)",
    )
    .option("--json", "print a JSON array of {id, title}")
    .action(async (options: DocumentsOptions) => {
      await listDocuments(options);
    });
}

async function listDocuments(options: DocumentsOptions): Promise<void> {
  const store = await openCommandStore(options);
  try {
    const documents = (await commandServices(store).exports.documents()).map(({ id, title }) => ({
      id,
      title,
    }));
    process.stdout.write(
      options.json
        ? `${JSON.stringify(documents, null, 2)}\n`
        : documents.map((d) => `${d.id}\t${d.title}\n`).join(""),
    );
  } finally {
    await store.close();
  }
}
