/**
 * The service as it was before the analysis pool: whole-graph computations on the event loop.
 * Only the event-loop benchmark starts it (the "before" of its figures); it prints the same
 * "IDE:" line as dist/app/main.js, and stops on SIGTERM.
 */
import "reflect-metadata";
import { readConfig } from "../../src/app/config";
import { startServer } from "../../src/app/start-server";
import { InlineAnalysis } from "../../src/analysis/workers/analysis-runner";

startServer(readConfig(process.env), undefined, new InlineAnalysis(), null).then(
  (server) => {
    process.stdout.write(`Ensemble, computing inline\n  IDE:     ${server.url}\n`);
    process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
  },
  (error: unknown) => {
    process.stderr.write(`inline service: ${String(error)}\n`);
    process.exit(1);
  },
);
