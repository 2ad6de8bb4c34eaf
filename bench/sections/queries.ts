import type { BenchContext } from "../support/bench-context";
import { describeLoad, healthy, loadTest, warmUp } from "../support/load-test";
import type { QuestionName } from "../support/questions";
import type { BenchRow } from "../support/results";
import { type BenchProcess, startService } from "../support/service-process";

const QUESTIONS: { name: QuestionName; label: string }[] = [
  { name: "character", label: "`character` with 20 relationships" },
  { name: "neighbourhood", label: "`neighbourhood` depth 2" },
  { name: "path", label: "`path` with one waypoint" },
  { name: "links", label: "`links` of three characters" },
  { name: "ranking", label: "`ranking(PAGERANK)`" },
];

/** p99 targets for `path` with a waypoint, at Marvel scale. */
const PATH_P99_MS = { memory: 20, neo4j: 50 };
const MEMORY_TARGET_BYTES = 2 ** 30;

/**
 * Each question in turn, at a fixed concurrency for a bounded time, against the service in a
 * child process (so the load generator does not share its event loop).
 */
export async function benchQueries(
  context: BenchContext,
  store: "memory" | "neo4j",
  asked: readonly QuestionName[] = QUESTIONS.map((q) => q.name),
): Promise<void> {
  const graph = context.queryGraph;
  const env: Record<string, string> =
    store === "memory" ? { GRAPH_FILE: graph.file } : { NEO4J_URI: context.neo4j!.uri };
  context.log(`queries: starting the service on the ${store} store (${graph.size.name} graph)`);
  const service = await startService(env);
  try {
    const idle = service.memory();
    const url = `${service.url}graphql`;
    for (const { name, label } of QUESTIONS.filter((q) => asked.includes(q.name))) {
      const request = graph.questions[name];
      // Checked answers, and warm caches: the figures are for a service that has started.
      await warmUp(url, request, { times: 3, patienceMs: 120_000 });
      context.log(
        `queries: ${name} on ${store}, ${context.load.connections} clients, ${context.load.seconds} s`,
      );
      const result = await loadTest(url, request, context.load);
      const target = name === "path" && graph.size.name === "marvel" ? PATH_P99_MS[store] : null;
      context.rows.push({
        benchmark: `${label}, ${context.load.connections} clients (${graph.size.name})`,
        store,
        result: describeLoad(result),
        target: target === null ? "" : `p99 < ${target} ms`,
        met:
          target === null
            ? healthy(result)
              ? null
              : false
            : result.p99 < target && healthy(result),
        figures: { ...result },
      });
    }
    // The resident size after the load tests means something only after all of them.
    if (store === "memory" && asked.length === QUESTIONS.length)
      context.rows.push(memoryRow(context, service, idle.rss));
  } finally {
    await service.stop();
  }
}

function memoryRow(context: BenchContext, service: BenchProcess, idleRss: number): BenchRow {
  const { rss, peakRss } = service.memory();
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  const atMarvel = context.queryGraph.size.name === "marvel";
  return {
    benchmark: `Service resident size, memory store (${context.queryGraph.size.name})`,
    store: "memory",
    result: `${mib(idleRss)} started, ${mib(rss)} after the load tests, peak ${mib(peakRss)}`,
    target: atMarvel ? "< 1 GiB" : "",
    met: atMarvel ? peakRss < MEMORY_TARGET_BYTES : null,
    figures: { idleRssBytes: idleRss, rssBytes: rss, peakRssBytes: peakRss },
  };
}
