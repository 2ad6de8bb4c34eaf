/**
 * The analysis pool's worker (piscina loads this file's default export in each thread). It
 * decodes each snapshot version once and keeps the last few, with their filtered views and
 * what was computed on them.
 */
import type { SnapshotFilter } from "../../analysis";
import { type AnalysisTask, PreparedViews } from "./analysis-tasks";
import { type SharedSnapshot, decodeSnapshot } from "./shared-snapshot";

/** The current snapshot and the one it replaced (requests may still be answering from it). */
const KEPT_VERSIONS = 2;

const versions = new Map<number, PreparedViews>();

export interface WorkerTask {
  snapshot: SharedSnapshot;
  filter?: SnapshotFilter;
  task: AnalysisTask;
}

export default function analyse({ snapshot, filter, task }: WorkerTask) {
  return viewsOf(snapshot).run(filter, task);
}

function viewsOf(shared: SharedSnapshot): PreparedViews {
  let views = versions.get(shared.version);
  if (views) {
    versions.delete(shared.version);
  } else {
    views = new PreparedViews(decodeSnapshot(shared));
    if (versions.size >= KEPT_VERSIONS) versions.delete(versions.keys().next().value!);
  }
  versions.set(shared.version, views);
  return views;
}
