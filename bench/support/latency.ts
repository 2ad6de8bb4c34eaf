import { performance } from "node:perf_hooks";

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
  samples: number;
}

/** Milliseconds per call, one call at a time, after a warm-up the summary leaves out. */
export async function timeCalls(
  call: () => Promise<unknown>,
  { samples, warmup }: { samples: number; warmup: number },
): Promise<LatencySummary> {
  for (let i = 0; i < warmup; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return summarise(times);
}

export function summarise(times: number[]): LatencySummary {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    p50: at(0.5),
    p99: at(0.99),
    mean: sorted.reduce((sum, t) => sum + t, 0) / sorted.length,
    samples: sorted.length,
  };
}

export const ms = (value: number) =>
  value >= 100 ? `${Math.round(value)} ms` : `${value.toPrecision(2)} ms`;
