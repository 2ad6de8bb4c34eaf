import type { GraphDocument } from "../../src/domain/graph-document";
import type { GraphSize } from "../generate/synthetic-graph";
import type { BenchNeo4j } from "./bench-neo4j";
import type { LoadSettings } from "./load-test";
import type { Cast, GraphqlRequest, QuestionName } from "./questions";
import type { BenchRow } from "./results";

/** A generated graph, written to a file for the processes that load it. */
export interface PreparedGraph {
  size: GraphSize;
  document: GraphDocument;
  file: string;
  cast: Cast;
  questions: Record<QuestionName, GraphqlRequest>;
}

export interface BenchContext {
  mode: "full" | "quick";
  seed: number;
  /** The graph the load ratio is measured on (per-row loads are slow). */
  loadGraph: PreparedGraph;
  /** The graph the questions are asked of: Marvel scale in a full run. */
  queryGraph: PreparedGraph;
  load: LoadSettings;
  neo4j: BenchNeo4j | null;
  rows: BenchRow[];
  log(message: string): void;
}

export const perSecond = (count: number, seconds: number) =>
  Math.round(count / seconds).toLocaleString("en-US");
