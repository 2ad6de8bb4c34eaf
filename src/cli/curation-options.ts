import type { Command } from "commander";

/** Where the curation is read from: the options every command that extracts shares. */
export interface CurationOptions {
  gazetteer: string;
  relations: string;
}

/** Adds `--gazetteer` and `--relations`, with the same defaults for every command. */
export function withCurationOptions(command: Command): Command {
  return command
    .option("--gazetteer <file>", "the cast gazetteer", "seeds/gazetteer.json")
    .option("--relations <file>", "the curated relations", "seeds/relations.json");
}
