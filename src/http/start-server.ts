import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import type { Config } from "../config";
import type { GraphStore } from "../store/graph-store";
import { extractCorpus } from "../extract/extract-corpus";
import { readCuration } from "../extract/read-inputs";
import { type Services, createServices } from "../services/create-services";
import { MemoryStore } from "../store/memory/memory-store";
import { openStore } from "../store/open-store";
import { AnalysisPool } from "../workers/analysis-pool";
import type { AnalysisRunner } from "../workers/analysis-runner";
import { createApp } from "./create-app";
import { logEvent } from "./log";
import { packageVersion } from "../package-root";

export interface RunningServer {
  url: string;
  store: GraphStore;
  services: Services;
  /** Stops accepting, lets requests in flight finish, then closes the store. */
  stop(): Promise<void>;
}

export async function startServer(
  config: Config,
  store?: GraphStore,
  // Whole-graph computations run in a worker pool; the benchmark passes InlineAnalysis (before).
  analysis: AnalysisRunner = new AnalysisPool(config.analysisThreads),
): Promise<RunningServer> {
  const openedStore = store ?? (await openStore(config));
  const services = createServices(openedStore, {
    analysis,
    makeViewStore: MemoryStore.fromSnapshot,
    views: config.views,
    ingestApiKey: config.ingest.apiKey,
    ingest: {
      maxBytes: config.ingest.maxBytes,
      curation: readCuration(config.ingest.gazetteerFile, config.ingest.relationsFile),
      extract: extractCorpus,
    },
  });
  // Whole-graph questions (rankings, links, exports) need a snapshot; start reading it now.
  services.views.prefetch();
  const { app, apollo } = await createApp({
    services,
    browser: config.browser,
    limits: config.limits,
    rateLimitPerMinute: config.rateLimitPerMinute,
    trustProxy: config.trustProxy,
    requestTimeoutMs: config.requestTimeoutMs,
    development: config.development,
    version: packageVersion(),
  });
  const server = await listen(app, config.port, config.host);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/`,
    store: openedStore,
    services,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
      await analysis.close();
      await openedStore.close();
      logEvent("info", "stopped");
    },
  };
}

function listen(app: Express, port: number, host: string): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
