import type { Driver } from "neo4j-driver";
import { metricsSettled } from "../support/metrics-settled";
import { performance } from "node:perf_hooks";
import { readConfig } from "../../src/app/config";
import { nameKey } from "../../src/domain/ids";
import { LIMITS } from "../../src/graphql/args/limits";
import { startServer } from "../../src/app/start-server";
import type { GraphStore } from "../../src/store/graph-store";
import { walkLegByLeg } from "../../src/store/walk-leg-by-leg";
import {
  CHARACTER_RELATIONSHIP_TYPES,
  CypherRegistry,
} from "../../src/store/neo4j/cypher-registry";
import { nameKeyText } from "../../src/store/neo4j/neo4j-load";
import { WIDE_CHARACTERS } from "../../src/store/neo4j/neo4j-walk";
import type { BenchContext } from "../support/bench-context";
import { type LatencySummary, ms, summarise } from "../support/latency";
import { askOnce } from "../support/load-test";

/**
 * `path` with one waypoint on Neo4j: our answer over HTTP (in-process server, one request at a
 * time) beside the same statements sent straight through the driver: the name look-up and the
 * path-through statement, and that statement alone; and, for the round trips it saves, the same
 * walk leg by leg through the store's other calls (as answers were made before it: a search per
 * leg, then the steps and the characters). All are timed in turn, sample by sample, so a busy
 * moment of the machine falls on all of them alike.
 */
export async function benchPathOverhead(
  context: BenchContext,
  store: GraphStore,
  driver: Driver,
): Promise<void> {
  const request = context.queryGraph.questions.path;
  const { from, via, to } = request.variables as { from: string; via: string[]; to: string };
  const names = [from, ...via, to].map((name) => nameKeyText([nameKey(name)]));
  const cypher = CypherRegistry.load();
  const walkStatement = cypher.pathThrough(LIMITS.maxHops.default);
  const read = async (text: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(text, params, { routing: "READ" })).records.map((r) => r.toObject());
  const lookUp = () => read(cypher.statement("find-characters-by-name-key"), { needles: names });
  // The first character per name (the bench's names are unique), in the order asked.
  const stopsOf = (rows: Record<string, unknown>[]) =>
    names.map((_name, slot) => {
      const row = rows.find((r) => Number(r.slot) === slot);
      return (row?.character as { id: string }).id;
    });
  const walk = (stops: string[]) =>
    read(walkStatement, {
      stops,
      types: [...CHARACTER_RELATIONSHIP_TYPES],
      wideCharacters: WIDE_CHARACTERS,
    });
  const stops = stopsOf(await lookUp());

  const server = await startServer(readConfig({ PORT: "0", HOST: "127.0.0.1" }), store);
  await metricsSettled(server.url);
  const counts =
    context.mode === "full" ? { samples: 200, warmup: 20 } : { samples: 30, warmup: 5 };
  context.log(`path overhead: ${counts.samples} samples each on ${store.kind}`);
  try {
    const maxHops = LIMITS.maxHops.default;
    const [http, both, alone, oneStatement, legByLeg] = await timeInTurn(
      [
        () => askOnce(`${server.url}graphql`, request),
        async () => walk(stopsOf(await lookUp())),
        () => walk(stops),
        () => store.pathThrough(stops, { maxHops }),
        () => walkLegByLeg(store, stops, { maxHops }),
      ],
      counts,
    );
    context.rows.push({
      benchmark: `\`path\` with one waypoint, ours over HTTP against its Cypher in the driver (${context.queryGraph.size.name})`,
      store: store.kind,
      result:
        `p50 / p99: HTTP+GraphQL ${ms(http.p50)} / ${ms(http.p99)}, ` +
        `raw names + walk ${ms(both.p50)} / ${ms(both.p99)}, walk alone ${ms(alone.p50)}; ` +
        `overhead ${(http.p50 / both.p50).toFixed(2)}x, +${ms(http.p50 - both.p50)} at p50`,
      target: "",
      met: null,
      figures: {
        storeP50: oneStatement.p50,
        storeP99: oneStatement.p99,
        legByLegP50: legByLeg.p50,
        legByLegP99: legByLeg.p99,
        httpP50: http.p50,
        httpP99: http.p99,
        cypherP50: both.p50,
        cypherP99: both.p99,
        walkP50: alone.p50,
        walkP99: alone.p99,
        ratio: http.p50 / both.p50,
        overheadMs: http.p50 - both.p50,
      },
    });
    context.rows.push({
      benchmark: `\`path\` with one waypoint, the store's walk in one statement against leg by leg (${context.queryGraph.size.name})`,
      store: store.kind,
      result:
        `p50 / p99: one statement ${ms(oneStatement.p50)} / ${ms(oneStatement.p99)}, ` +
        `leg by leg (4 statements, 2 waits) ${ms(legByLeg.p50)} / ${ms(legByLeg.p99)}; ` +
        `${(legByLeg.p50 / oneStatement.p50).toFixed(2)}x at p50`,
      target: "",
      met: null,
      figures: { oneStatementP50: oneStatement.p50, legByLegP50: legByLeg.p50 },
    });
  } finally {
    await server.stop().catch(() => undefined);
  }
}

/** Each call once per round, in turn, after the warm-up rounds; one summary per call. */
async function timeInTurn(
  calls: (() => Promise<unknown>)[],
  { samples, warmup }: { samples: number; warmup: number },
): Promise<LatencySummary[]> {
  const times = calls.map((): number[] => []);
  for (let round = 0; round < warmup + samples; round++) {
    for (const [i, call] of calls.entries()) {
      const started = performance.now();
      await call();
      if (round >= warmup) times[i].push(performance.now() - started);
    }
  }
  return times.map(summarise);
}
