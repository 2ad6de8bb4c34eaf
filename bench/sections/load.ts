import { performance } from "node:perf_hooks";
import type { GraphDocument } from "../../src/domain/graph-document";
import { CypherRegistry } from "../../src/store/neo4j/cypher-registry";
import { Neo4jExecutor } from "../../src/store/neo4j/executor";
import { LOAD_BATCH_SIZE, loadDocument, loadSteps } from "../../src/store/neo4j/neo4j-load";
import { type BenchContext, type PreparedGraph, perSecond } from "../support/bench-context";
import type { BenchNeo4j } from "../support/bench-neo4j";

const TARGET_RATIO = 20;

/** Every row a load sends: nodes, appearances, portrayals and relationships. */
export function loadRows(d: GraphDocument): number {
  return (
    d.documents.length +
    d.scenes.length +
    d.characters.length +
    d.organizations.length +
    d.people.length +
    d.characters.reduce((sum, c) => sum + c.scenes.length, 0) +
    d.people.reduce((sum, p) => sum + p.portrays.length, 0) +
    d.relationships.length
  );
}

/**
 * The batched UNWIND load against one MERGE per row, on the same document in an empty
 * database, both through the adapter's own loader (one transaction each). Leaves the query
 * graph loaded for the benchmarks after it.
 */
export async function benchLoad(context: BenchContext, neo4j: BenchNeo4j): Promise<void> {
  const executor = new Neo4jExecutor({
    uri: neo4j.uri,
    transactionTimeoutMs: 3_600_000,
    connectionTimeoutMs: 10_000,
    loadTimeoutMs: 3_600_000,
  });
  const cypher = CypherRegistry.load();
  for (const statement of cypher.schema) await executor.runSchema(statement);
  const timedLoad = async (graph: PreparedGraph, batchSize: number) => {
    await neo4j.wipe();
    context.log(`load: ${graph.size.name} graph, ${batchSize} row(s) per statement`);
    const started = performance.now();
    await loadDocument(executor, cypher, graph.document, batchSize);
    return (performance.now() - started) / 1000;
  };
  try {
    // Cypher compiles each statement once: warm the plan cache so neither load pays for it.
    await timedLoad(context.loadGraph, LOAD_BATCH_SIZE);
    const rows = loadRows(context.loadGraph.document);
    const perRow = await timedLoad(context.loadGraph, 1);
    const batched = await timedLoad(context.loadGraph, LOAD_BATCH_SIZE);
    const ratio = perRow / batched;
    const name = context.loadGraph.size.name;
    context.rows.push(
      {
        benchmark: `Load, per-row MERGE in one transaction (${name}, ${rows.toLocaleString("en-US")} rows)`,
        store: "neo4j",
        result: `${perSecond(rows, perRow)} rows/s (${perRow.toFixed(1)} s)`,
        target: "",
        met: null,
        figures: { rows, seconds: perRow, rowsPerSecond: rows / perRow },
      },
      {
        benchmark: `Load, batched UNWIND of ${LOAD_BATCH_SIZE} (${name})`,
        store: "neo4j",
        result: `${perSecond(rows, batched)} rows/s (${batched.toFixed(1)} s), ${ratio.toFixed(1)}x per-row`,
        target: `>= ${TARGET_RATIO}x per-row`,
        met: ratio >= TARGET_RATIO,
        figures: { rows, seconds: batched, rowsPerSecond: rows / batched, ratio },
      },
    );
    const sample = context.mode === "full" ? 3000 : 300;
    const perTransaction = await rowPerTransaction(context, neo4j, executor, cypher, sample);
    const batchedRate = rows / batched;
    context.rows.push({
      benchmark: `Load, one transaction per row (first ${sample.toLocaleString("en-US")} rows of ${name})`,
      store: "neo4j",
      result:
        `${Math.round(perTransaction).toLocaleString("en-US")} rows/s; ` +
        `batched is ${(batchedRate / perTransaction).toFixed(1)}x that`,
      target: `>= ${TARGET_RATIO}x per-row`,
      met: batchedRate / perTransaction >= TARGET_RATIO,
      figures: { rows: sample, rowsPerSecond: perTransaction, ratio: batchedRate / perTransaction },
    });
    const query = context.queryGraph;
    const seconds = await timedLoad(query, LOAD_BATCH_SIZE);
    const queryRows = loadRows(query.document);
    context.rows.push({
      benchmark: `Load, batched (${query.size.name}, ${queryRows.toLocaleString("en-US")} rows)`,
      store: "neo4j",
      result: `${perSecond(queryRows, seconds)} rows/s (${seconds.toFixed(1)} s)`,
      target: "",
      met: null,
      figures: { rows: queryRows, seconds, rowsPerSecond: queryRows / seconds },
    });
  } finally {
    await executor.close();
  }
}

/** The graph the questions are asked of, loaded into an emptied database, untimed. */
export async function loadQueryGraph(context: BenchContext, neo4j: BenchNeo4j): Promise<void> {
  const executor = new Neo4jExecutor({
    uri: neo4j.uri,
    transactionTimeoutMs: 3_600_000,
    connectionTimeoutMs: 10_000,
    loadTimeoutMs: 3_600_000,
  });
  try {
    const cypher = CypherRegistry.load();
    for (const statement of cypher.schema) await executor.runSchema(statement);
    await neo4j.wipe();
    context.log(`load: ${context.queryGraph.size.name} graph, untimed`);
    await loadDocument(executor, cypher, context.queryGraph.document, LOAD_BATCH_SIZE);
  } finally {
    await executor.close();
  }
}

/**
 * The common naive loader: one MERGE per row, each in its own transaction. Timed on the first
 * `sample` rows of the same document (the whole of it would take minutes), in load order.
 */
async function rowPerTransaction(
  context: BenchContext,
  neo4j: BenchNeo4j,
  executor: Neo4jExecutor,
  cypher: CypherRegistry,
  sample: number,
): Promise<number> {
  await neo4j.wipe();
  context.log(
    `load: first ${sample} rows of the ${context.loadGraph.size.name} graph, a transaction each`,
  );
  const rows = loadSteps(cypher, context.loadGraph.document)
    .flatMap(({ statement, rows }) => rows.map((row) => ({ statement, row })))
    .slice(0, sample);
  const started = performance.now();
  for (const { statement, row } of rows) {
    await executor.write((run) => run(statement, { rows: [row] }));
  }
  return rows.length / ((performance.now() - started) / 1000);
}
