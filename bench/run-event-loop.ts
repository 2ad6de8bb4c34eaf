/**
 * The event-loop benchmark alone (it is also part of `npm run bench`):
 * node dist-bench/bench/run-event-loop.js [--quick] [--seed N].
 */
import { benchEventLoop } from "./sections/event-loop";
import { runOneSection } from "./support/run-one-section";

runOneSection("bench-event-loop", benchEventLoop);
