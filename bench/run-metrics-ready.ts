/**
 * How soon the whole graph's metrics are ready after a load, alone (it is also part of
 * `npm run bench`): node dist-bench/bench/run-metrics-ready.js [--quick] [--seed N].
 */
import { benchMetricsReady } from "./sections/metrics-ready";
import { runOneSection } from "./support/run-one-section";

runOneSection("bench-metrics-ready", benchMetricsReady);
