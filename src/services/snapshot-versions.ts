import { isDeepStrictEqual } from "node:util";
import type { GraphSnapshot } from "../domain/graph-snapshot";

/**
 * Numbers for the snapshots of the whole graph this process has read: 1 for the first, one
 * more for each that differs from the one before (an ingest, a load). A snapshot read again
 * and found unchanged keeps its number, so what was computed on it still holds. Answers name
 * the number they were computed on (see background-metrics).
 */
export class SnapshotVersions {
  private readonly numbers = new WeakMap<GraphSnapshot, number>();
  private latest: { snapshot: GraphSnapshot; version: number } | null = null;

  /** The snapshot's number, given it now if it is new (read after the one before it). */
  of(snapshot: GraphSnapshot): number {
    const known = this.numbers.get(snapshot);
    if (known !== undefined) return known;
    const latest = this.latest;
    const version =
      latest === null
        ? 1
        : sameSnapshot(latest.snapshot, snapshot)
          ? latest.version
          : latest.version + 1;
    this.numbers.set(snapshot, version);
    if (latest === null || version > latest.version) this.latest = { snapshot, version };
    return version;
  }

  /** The newest number given; 0 before the first snapshot is read. */
  get current(): number {
    return this.latest?.version ?? 0;
  }
}

/**
 * Same characters and relationships, every field (both come sorted from the store). Deep
 * equality rather than a list of fields, so a field added to the model is compared too.
 */
export function sameSnapshot(a: GraphSnapshot, b: GraphSnapshot): boolean {
  return isDeepStrictEqual(a, b);
}
