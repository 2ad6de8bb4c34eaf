import { performance } from "node:perf_hooks";
import type { BenchContext } from "../support/bench-context";
import { ms } from "../support/latency";
import { type BenchProcess, startService } from "../support/service-process";

/** The target: the whole graph's metrics served within this of a load. */
const READY_TARGET_MS = 60_000;
const POLL_MS = 200;

interface Ready {
  /** From starting the process to its first answer: the graph file read into the store. */
  listeningMs: number;
  /** From then (the load done) to an approximate betweenness being served (null: none). */
  approximateMs: number | null;
  /** From the load done to the exact figures being served. */
  exactMs: number;
  /** Of the exact top ten by betweenness, how many the estimate's top ten holds. */
  topTenAgreement: number | null;
}

const STATUS = /* GraphQL */ `
  {
    metricsStatus {
      serving {
        approximate
      }
    }
  }
`;
const TOP_TEN = /* GraphQL */ `
  {
    ranking(metric: BETWEENNESS, first: 10) {
      character {
        id
      }
      computedFor {
        approximate
      }
    }
  }
`;

/**
 * How long after a load the whole graph's metrics are ready: the memory store's service is
 * started on the graph (its load, done when it answers), and metricsStatus is asked every 200 ms
 * until betweenness is served, approximate first (on a graph larger than the sample), then
 * exact. Times are from the load done.
 */
export async function benchMetricsReady(context: BenchContext): Promise<void> {
  const graph = context.queryGraph;
  context.log(`metrics ready: ${graph.size.name}`);
  const started = performance.now();
  const service = await startService({ GRAPH_FILE: graph.file }, { settled: false });
  let ready: Ready;
  try {
    ready = await watch(service, started);
  } finally {
    await service.stop();
  }
  const approximate =
    ready.approximateMs === null
      ? "no estimate (graph within the sample)"
      : `approximate at ${ms(ready.approximateMs)} (top ten ${ready.topTenAgreement}/10 of exact's)`;
  context.rows.push({
    benchmark: `Whole-graph metrics ready after a load (${graph.size.name})`,
    store: "memory",
    result: `loaded in ${ms(ready.listeningMs)}, then ${approximate}; exact at ${ms(ready.exactMs)}`,
    target: `served within ${ms(READY_TARGET_MS)} of the load`,
    met: (ready.approximateMs ?? ready.exactMs) < READY_TARGET_MS,
    figures: {
      listeningMs: ready.listeningMs,
      approximateMs: ready.approximateMs ?? "",
      exactMs: ready.exactMs,
      topTenAgreement: ready.topTenAgreement ?? "",
    },
  });
}

async function watch(service: BenchProcess, started: number): Promise<Ready> {
  const loaded = performance.now();
  const listeningMs = loaded - started;
  let approximateMs: number | null = null;
  let estimate: string[] | null = null;
  for (;;) {
    const { metricsStatus } = (await ask(service, STATUS)) as {
      metricsStatus: { serving: { approximate: boolean } | null };
    };
    const serving = metricsStatus.serving;
    if (serving?.approximate && approximateMs === null) {
      approximateMs = performance.now() - loaded;
      estimate = (await topTen(service)).ids;
    }
    if (serving && !serving.approximate) {
      const exactMs = performance.now() - loaded;
      const exact = await topTen(service);
      const sample = estimate;
      const agreement = sample && exact.ids.filter((id) => sample.includes(id)).length;
      return { listeningMs, approximateMs, exactMs, topTenAgreement: agreement };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function topTen(service: BenchProcess): Promise<{ ids: string[] }> {
  const { ranking } = (await ask(service, TOP_TEN)) as {
    ranking: { character: { id: string } }[];
  };
  return { ids: ranking.map((r) => r.character.id) };
}

async function ask(service: BenchProcess, query: string): Promise<unknown> {
  const response = await fetch(`${service.url}graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(`the service answered ${JSON.stringify(body.errors)}`);
  return body.data;
}
