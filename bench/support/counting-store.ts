import type { GraphStore } from "../../src/store/graph-store";

export interface CountingStore {
  /** The store as a server sees it: every call counted, close() left to the owner. */
  store: GraphStore;
  /** Calls per method since the last reset. */
  calls(): Record<string, number>;
  reset(): void;
}

export function countingStore(target: GraphStore): CountingStore {
  let counts: Record<string, number> = {};
  const store = new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (property === "close") return async () => undefined;
      return (...args: unknown[]) => {
        counts[String(property)] = (counts[String(property)] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
  return { store, calls: () => ({ ...counts }), reset: () => (counts = {}) };
}
