/**
 * Runs in its own process so that its peak resident size is extraction's alone:
 * node extraction-worker.js <megabytes> [corpus directory]. Prints one JSON line.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { extractCorpus } from "../../src/extract/extract-corpus";
import { readCuration, readSourceText } from "../../src/extract/read-inputs";
import type { SourceText } from "../../src/extract/text-span";
import { processMemory } from "../support/service-process";

/** A corpus, copied under distinct sources until it weighs about `megabytes`. */
function repeatedCorpus(
  megabytes: number,
  directory: string,
): { inputs: SourceText[]; copies: number } {
  const seeds = readdirSync(directory)
    .filter((file) => file.endsWith(".txt"))
    .map((file) => readSourceText(join(directory, file)));
  const inputs: SourceText[] = [];
  let bytes = 0;
  let copy = 0;
  while (bytes < megabytes * 1e6) {
    copy++;
    for (const seed of seeds) {
      inputs.push({
        ...seed,
        source: seed.source.replace(/[^/]+$/, (file) => `copy-${copy}-${file}`),
      });
      bytes += Buffer.byteLength(seed.text);
    }
  }
  return { inputs, copies: copy };
}

const megabytes = Number(process.argv[2] ?? 10);
const { inputs, copies } = repeatedCorpus(megabytes, process.argv[3] ?? "seeds/corpus");
const bytes = inputs.reduce((sum, input) => sum + Buffer.byteLength(input.text), 0);
const curation = readCuration("seeds/gazetteer.json", "seeds/relations.json");
const started = performance.now();
const graph = extractCorpus(inputs, curation);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  JSON.stringify({
    documents: inputs.length,
    copies,
    bytes,
    seconds,
    relationships: graph.relationships.length,
    peakRss: processMemory(process.pid).peakRss,
  }) + "\n",
);
