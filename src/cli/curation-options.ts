import { type Command, Option } from "commander";
import { SETTINGS } from "../app/settings";

/** Where the curation is read from: the options every command that extracts shares. */
export interface CurationOptions {
  gazetteer: string;
  relations: string;
}

/** The service's curation (GAZETTEER_FILE, RELATIONS_FILE), the seed files when those are unset. */
const curationDefault = (setting: typeof SETTINGS.gazetteerFile) => setting.read(process.env, []);

/** Adds `--gazetteer` and `--relations`, with the same defaults for every command. */
export function withCurationOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--gazetteer <file>", "the cast gazetteer").default(
        curationDefault(SETTINGS.gazetteerFile),
        "GAZETTEER_FILE, or Ensemble's seeds/gazetteer.json",
      ),
    )
    .addOption(
      new Option("--relations <file>", "the curated relations").default(
        curationDefault(SETTINGS.relationsFile),
        "RELATIONS_FILE, or Ensemble's seeds/relations.json",
      ),
    );
}
