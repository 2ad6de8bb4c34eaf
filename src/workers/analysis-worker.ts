/**
 * The analysis pool's worker (piscina loads this file's default export in each thread). It
 * decodes each snapshot version once and keeps the last few, with what was computed on them.
 */
import type { GraphSnapshot } from "../store/graph-snapshot";
import { type AnalysisTask, SnapshotMetrics, runAnalysisTask } from "./analysis-tasks";
import { type SharedSnapshot, decodeSnapshot } from "./shared-snapshot";

/** Enough for the base snapshot and the views requests are working on at the same time. */
const KEPT_VERSIONS = 4;

interface Decoded {
  snapshot: GraphSnapshot;
  metrics: SnapshotMetrics;
}

const decoded = new Map<number, Decoded>();

export interface WorkerTask {
  snapshot: SharedSnapshot;
  task: AnalysisTask;
}

export default function analyse({ snapshot, task }: WorkerTask) {
  const [graph, metrics] = decodedVersion(snapshot);
  return runAnalysisTask(graph, metrics, task);
}

function decodedVersion({ version, buffer }: SharedSnapshot): [GraphSnapshot, SnapshotMetrics] {
  let entry = decoded.get(version);
  if (entry) {
    decoded.delete(version);
  } else {
    const snapshot = decodeSnapshot(buffer);
    entry = { snapshot, metrics: new SnapshotMetrics(snapshot) };
    if (decoded.size >= KEPT_VERSIONS) decoded.delete(decoded.keys().next().value!);
  }
  decoded.set(version, entry);
  return [entry.snapshot, entry.metrics];
}
