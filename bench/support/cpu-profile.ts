import type { Profiler } from "node:inspector";

export interface SelfTime {
  /** The function, and where it is: a package, `ensemble`, `node` or a V8 pseudo-frame. */
  name: string;
  where: string;
  percent: number;
}

/** V8's pseudo-frames that are not work: waiting for I/O. */
const IDLE = new Set(["(idle)", "(root)"]);

/**
 * Self time per function of a V8 CPU profile (what `node --cpu-prof` writes), as a share of the
 * time the thread was busy: the top `count` functions, and the same summed by package.
 */
export function summariseProfile(
  profile: Profiler.Profile,
  count = 20,
): { functions: SelfTime[]; packages: SelfTime[]; busyMs: number } {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const ticks = new Map<number, number>();
  for (const id of profile.samples ?? []) ticks.set(id, (ticks.get(id) ?? 0) + 1);
  const functions = new Map<string, { name: string; where: string; ticks: number }>();
  const packages = new Map<string, number>();
  let busy = 0;
  for (const [id, n] of ticks) {
    const frame = byNode.get(id)!.callFrame;
    const name = frame.functionName || "(anonymous)";
    if (IDLE.has(name)) continue;
    busy += n;
    const where = whereOf(frame.url);
    const key = `${name} ${frame.url}:${frame.lineNumber}`;
    const entry = functions.get(key) ?? { name, where, ticks: 0 };
    entry.ticks += n;
    functions.set(key, entry);
    packages.set(where, (packages.get(where) ?? 0) + n);
  }
  const percent = (n: number) => (100 * n) / Math.max(busy, 1);
  const sampleMs =
    (profile.endTime - profile.startTime) / 1000 / Math.max(profile.samples?.length ?? 0, 1);
  return {
    busyMs: busy * sampleMs,
    functions: [...functions.values()]
      .sort((a, b) => b.ticks - a.ticks)
      .slice(0, count)
      .map(({ name, where, ticks: n }) => ({ name, where, percent: percent(n) })),
    packages: [...packages]
      .sort((a, b) => b[1] - a[1])
      .map(([where, n]) => ({ name: where, where, percent: percent(n) })),
  };
}

function whereOf(url: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1];
  if (url.startsWith("node:")) return "node";
  if (url === "") return "v8";
  return "ensemble";
}
