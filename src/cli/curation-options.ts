import { type Command, Option } from "commander";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root";

/** Where the curation is read from: the options every command that extracts shares. */
export interface CurationOptions {
  gazetteer: string;
  relations: string;
}

/** The seed files that come with Ensemble, found from any working directory. */
export const SEED_FILES = {
  gazetteer: join(PACKAGE_ROOT, "seeds", "gazetteer.json"),
  relations: join(PACKAGE_ROOT, "seeds", "relations.json"),
  graph: join(PACKAGE_ROOT, "seeds", "graph.json"),
};

/** Adds `--gazetteer` and `--relations`, with the same defaults for every command. */
export function withCurationOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--gazetteer <file>", "the cast gazetteer").default(
        SEED_FILES.gazetteer,
        "Ensemble's seeds/gazetteer.json",
      ),
    )
    .addOption(
      new Option("--relations <file>", "the curated relations").default(
        SEED_FILES.relations,
        "Ensemble's seeds/relations.json",
      ),
    );
}
