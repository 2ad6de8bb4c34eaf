/**
 * The service as it was before the analysis pool: whole-graph computations on the event loop.
 * Only the event-loop benchmark starts it (the "before" of its figures); it prints the same
 * "IDE:" line as dist/http/main.js, and stops on SIGTERM.
 */
import "reflect-metadata";
import { readConfig } from "../../src/config";
import { startServer } from "../../src/http/start-server";
import { InlineAnalysis } from "../../src/workers/analysis-runner";

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
