import { isDeepStrictEqual } from "node:util";
import { metricsSettled } from "../support/metrics-settled";
import type { Driver } from "neo4j-driver";
import { readConfig } from "../../src/app/config";
import { startServer } from "../../src/app/start-server";
import type { GraphStore } from "../../src/store/graph-store";
import { CypherRegistry } from "../../src/store/neo4j/cypher-registry";
import { startFloorServer } from "../floor/floor-server";
import type { BenchContext } from "../support/bench-context";
import { countingStore } from "../support/counting-store";
import { type LatencySummary, ms } from "../support/latency";
import { askOnce } from "../support/load-test";
import { overheadQuestions } from "../support/overhead-questions";
import { timeSideBySide } from "../support/side-by-side";

/** Our HTTP+GraphQL cost over the floor server's (bench/floor), each less the store's work. */
const TARGET_RATIO = 1.3;

/**
 * The same question four ways, taking turns one request at a time: the store calls alone, the
 * floor server (graphql-js and node:http, nothing else) and our service, both in this process
 * over the same store, and on Neo4j the raw Cypher in the driver. Both servers' answers are
 * checked to be the same JSON before anything is timed.
 */
export async function benchOverhead(
  context: BenchContext,
  store: GraphStore,
  driver: Driver | null,
): Promise<void> {
  const server = await startServer(
    readConfig({ PORT: "0", HOST: "127.0.0.1" }),
    countingStore(store).store,
  );
  await metricsSettled(server.url);
  const floor = await startFloorServer(store);
  const cypher = CypherRegistry.load();
  const samples =
    context.mode === "full" ? { samples: 200, warmup: 20 } : { samples: 20, warmup: 3 };
  try {
    for (const question of overheadQuestions(context)) {
      context.log(`overhead: ${question.name} on ${store.kind}`);
      const request = context.queryGraph.questions[question.name];
      const ours = `${server.url}graphql`;
      const [ourAnswer, floorAnswer] = [
        await askOnce(ours, request),
        await askOnce(floor.url, request),
      ];
      if (!isDeepStrictEqual(ourAnswer, floorAnswer)) {
        throw new Error(`the floor server answers ${question.name} differently from ours`);
      }
      const times = await timeSideBySide(
        {
          store: () => question.viaStore(store),
          floor: () => askOnce(floor.url, request),
          ours: () => askOnce(ours, request),
          ...(driver ? { cypher: () => question.viaCypher(driver, cypher) } : {}),
        },
        samples,
      );
      const ratio = graphqlCostRatio(times);
      context.rows.push({
        benchmark: `GraphQL overhead, ${question.label} (${context.queryGraph.size.name})`,
        store: store.kind,
        result: overheadText(times),
        target: `our HTTP+GraphQL cost (less the store's) <= ${TARGET_RATIO}x the floor server's`,
        met: ratio <= TARGET_RATIO,
        figures: {
          httpP50: times.ours.p50,
          floorP50: times.floor.p50,
          storeP50: times.store.p50,
          ...(times.cypher ? { cypherP50: times.cypher.p50 } : {}),
          ratio,
        },
      });
    }
  } finally {
    // The store belongs to the caller; stop the servers' listeners and Apollo only.
    await floor.stop();
    await server.stop().catch(() => undefined);
  }
}

interface Times {
  store: LatencySummary;
  floor: LatencySummary;
  ours: LatencySummary;
  cypher?: LatencySummary;
}

/** (ours - store) / (floor - store), of the p50s. */
function graphqlCostRatio({ store, floor, ours }: Times): number {
  return (ours.p50 - store.p50) / Math.max(floor.p50 - store.p50, Number.EPSILON);
}

function overheadText(times: Times): string {
  const { store, floor, ours, cypher } = times;
  const parts = [
    `p50 store ${ms(store.p50)}, floor server ${ms(floor.p50)}, ours ${ms(ours.p50)}`,
    ...(cypher ? [`raw Cypher ${ms(cypher.p50)}`] : []),
  ];
  const ratios = [
    `GraphQL cost ${graphqlCostRatio(times).toFixed(2)}x the floor's`,
    ...(cypher ? [`store ${(store.p50 / cypher.p50).toFixed(2)}x raw Cypher`] : []),
  ];
  return `${parts.join(", ")} (${ratios.join(", ")})`;
}
