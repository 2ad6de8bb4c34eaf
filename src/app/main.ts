import "reflect-metadata";
import { spawn } from "node:child_process";
import { ConfigError, readConfig } from "./config";
import { logEvent } from "./log";
import { startServer } from "./start-server";
import { stopOnSignals } from "./stop-on-signals";

/** The server's entry point: the configuration from the environment, once; then the wired server. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const server = await startServer(config);
  const where =
    server.store.kind === "neo4j"
      ? `Neo4j at ${config.neo4j?.uri}`
      : `the embedded store (${config.graphFile})`;
  process.stdout.write(
    `Ensemble is serving ${where}\n  IDE:     ${server.url}\n  GraphQL: ${server.url}graphql\n`,
  );
  const interactive = process.stdout.isTTY === true;
  if (config.openBrowser === "always" || (config.openBrowser === "interactive" && interactive)) {
    openBrowser(server.url);
  }
  stopOnSignals(server, config.shutdownGraceMs);
}

/** Best effort: a machine without a desktop simply has the URL printed above. */
function openBrowser(url: string): void {
  const command =
    process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  const child = spawn(command, [url], { stdio: "ignore", detached: true });
  child.on("error", () => logEvent("info", `could not open a browser; visit ${url}`));
  child.unref();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`ensemble: ${error.message}\n`);
  else
    process.stderr.write(
      `ensemble: could not start: ${(error as Error).message ?? String(error)}\n`,
    );
  process.exit(1);
});
