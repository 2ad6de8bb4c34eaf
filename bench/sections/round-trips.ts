import { readConfig } from "../../src/app/config";
import { startServer } from "../../src/app/start-server";
import type { GraphStore } from "../../src/store/graph-store";
import type { BenchContext } from "../support/bench-context";
import { countingStore } from "../support/counting-store";
import { askOnce } from "../support/load-test";
import type { GraphqlRequest } from "../support/questions";
import { countStatements } from "../support/statement-count";

export const LIST_SIZES = [10, 25, 50, 100];

export const listQuery = (first: number) => ({
  query: `query List($first: Int!) {
  characters(first: $first) { edges { node { name portrayedBy { name } relationships(first: 5) { type weight source { name } target { name } } } } }
}`,
  variables: { first },
});

/** Store calls for one request listing n characters with their relationships and portrayals. */
export async function storeCallsPerList(store: GraphStore, sizes = LIST_SIZES): Promise<number[]> {
  const counting = countingStore(store);
  const server = await startServer(readConfig({ PORT: "0", HOST: "127.0.0.1" }), counting.store);
  try {
    const calls: number[] = [];
    for (const first of sizes) {
      counting.reset();
      await askOnce(`${server.url}graphql`, listQuery(first));
      calls.push(Object.values(counting.calls()).reduce((sum, n) => sum + n, 0));
    }
    return calls;
  } finally {
    await server.stop();
  }
}

/**
 * Store calls and, on Neo4j, statements sent for one `path` request (after a first one, so
 * caches are as a running service has them). The fewest of three: a statement the service sends
 * in the background meanwhile (the snapshot it reads after starting) can only add to a count.
 */
export async function roundTripsPerPath(
  store: GraphStore,
  request: GraphqlRequest,
): Promise<{ storeCalls: Record<string, number>; statements: number }> {
  const counting = countingStore(store);
  const server = await startServer(readConfig({ PORT: "0", HOST: "127.0.0.1" }), counting.store);
  try {
    await askOnce(`${server.url}graphql`, request);
    let fewest: { storeCalls: Record<string, number>; statements: number } | null = null;
    for (let i = 0; i < 3; i++) {
      counting.reset();
      const statements = await countStatements(() => askOnce(`${server.url}graphql`, request));
      if (fewest === null || statements < fewest.statements)
        fewest = { storeCalls: counting.calls(), statements };
    }
    return fewest!;
  } finally {
    await server.stop();
  }
}

export async function benchRoundTrips(context: BenchContext, store: GraphStore): Promise<void> {
  context.log(`round trips: lists of ${LIST_SIZES.join(", ")} on ${store.kind}`);
  const calls = await storeCallsPerList(store);
  context.rows.push({
    benchmark: `Store calls per request, ${LIST_SIZES.join("/")} characters with relationships and portrayals`,
    store: store.kind,
    result: calls.join(" / "),
    target: "constant in the list size",
    met: calls.every((n) => n === calls[0]),
    figures: Object.fromEntries(LIST_SIZES.map((n, i) => [`list${n}`, calls[i]])),
  });
  if (store.kind !== "neo4j") return;
  const path = await roundTripsPerPath(store, context.queryGraph.questions.path);
  const perCall = Object.entries(path.storeCalls).map(([name, n]) => `${name} ${n}`);
  context.rows.push({
    benchmark: "Neo4j statements per `path` with one waypoint",
    store: store.kind,
    result: `${path.statements} (${perCall.join(", ")})`,
    target: "2: the names, then the whole walk",
    met: path.statements <= 2,
    figures: { statements: path.statements },
  });
}
