/**
 * The GraphQL overhead benchmark alone, on the memory store (it is also part of `npm run bench`,
 * on both stores): node dist-bench/bench/run-overhead.js [--quick] [--seed N].
 */
import "./support/production-mode";
import "reflect-metadata";
import { MemoryStore } from "../src/store/memory/memory-store";
import { benchOverhead } from "./sections/overhead";
import { runOneSection } from "./support/run-one-section";

runOneSection("bench-overhead", async (context) => {
  const store = new MemoryStore();
  await store.load(context.queryGraph.document);
  try {
    await benchOverhead(context, store, null);
  } finally {
    await store.close();
  }
});
