import { readConfig } from "../../src/app/config";
import { startServer } from "../../src/app/start-server";
import type { GraphStore } from "../../src/store/graph-store";
import type { BenchContext } from "../support/bench-context";
import { countingStore } from "../support/counting-store";
import { askOnce } from "../support/load-test";

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
}
