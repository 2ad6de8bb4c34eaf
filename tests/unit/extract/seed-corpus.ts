import { readFileSync, readdirSync } from "node:fs";
import type { Curation } from "../../../src/extract/curation";
import { readCuration } from "../../../src/extract/read-inputs";
import type { SourceText } from "../../../src/extract/text-span";

/** The seed corpus as `ensemble extract seeds/corpus/*.txt` reads it. */
export function seedInputs(): SourceText[] {
  return readdirSync("seeds/corpus")
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => `seeds/corpus/${name}`)
    .map((source) => ({ source, text: readFileSync(source, "utf8") }));
}

export function seedCuration(): Curation {
  return readCuration("seeds/gazetteer.json", "seeds/relations.json");
}
