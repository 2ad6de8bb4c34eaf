import { performance } from "node:perf_hooks";
import { type LatencySummary, summarise } from "./latency";

type Calls = Record<string, (() => Promise<unknown>) | undefined>;

/**
 * Milliseconds per call of each contender, one call at a time, taking turns: on a machine shared
 * with other work, a slow spell lands on all of them alike rather than on whichever ran then.
 */
export async function timeSideBySide<T extends Calls>(
  calls: T,
  { samples, warmup }: { samples: number; warmup: number },
): Promise<{ [K in keyof T]: LatencySummary }> {
  const contenders = Object.entries(calls).flatMap(([name, call]) =>
    call ? [{ name, call, times: [] as number[] }] : [],
  );
  for (let round = 0; round < warmup + samples; round++) {
    for (const { call, times } of contenders) {
      const started = performance.now();
      await call();
      if (round >= warmup) times.push(performance.now() - started);
    }
  }
  return Object.fromEntries(contenders.map(({ name, times }) => [name, summarise(times)])) as {
    [K in keyof T]: LatencySummary;
  };
}
