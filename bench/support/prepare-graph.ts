import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  GRAPH_SIZES,
  type GraphSizeName,
  generateGraphDocument,
} from "../generate/synthetic-graph";
import type { PreparedGraph } from "./bench-context";
import { castOf, questionsFor } from "./questions";

/** Where generated graphs are written for the service processes (not committed). */
export const GRAPH_DIRECTORY = "dist-bench/graphs";

export function prepareGraph(
  name: GraphSizeName,
  seed: number,
  log: (m: string) => void,
): PreparedGraph {
  const size = GRAPH_SIZES[name];
  const started = performance.now();
  const document = generateGraphDocument(size, seed);
  const file = join(GRAPH_DIRECTORY, `${name}-${seed}.json`);
  mkdirSync(GRAPH_DIRECTORY, { recursive: true });
  const json = JSON.stringify(document);
  writeFileSync(file, json);
  log(
    `generated ${name}: ${size.characters} characters, ${size.relationships} relationships, ` +
      `${(json.length / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s -> ${file}`,
  );
  const cast = castOf(document);
  return { size, document, file, cast, questions: questionsFor(cast) };
}
