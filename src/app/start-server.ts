import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import type { Config } from "./config";
import type { GraphStore } from "../store/graph-store";
import { extractCorpus } from "../extract/extract-corpus";
import { readCuration } from "../extract/read-inputs";
import { type Services, createServices } from "../services/create-services";
import { MemoryStore } from "../store/memory/memory-store";
import { openStore } from "./open-store";
import { AnalysisPool } from "../analysis/workers/analysis-pool";
import type { AnalysisRunner } from "../analysis/workers/analysis-runner";
import { createApp } from "../http/create-app";
import { httpDrain } from "../http/http-drain";
import { logEvent } from "./log";
import { packageVersion } from "../package-root";

export interface RunningServer {
  url: string;
  store: GraphStore;
  services: Services;
  /** Stops accepting, lets requests in flight finish, then closes what the server opened. */
  stop(): Promise<void>;
  /** Ends every connection now, requests in flight included (a stop that took too long). */
  forceClose(): void;
}

/** What a stop closes once no request is in flight, in this order. */
interface Closable {
  name: string;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  store?: GraphStore,
  // Whole-graph computations run in a worker pool; the benchmark passes InlineAnalysis (before).
  analysis: AnalysisRunner = new AnalysisPool(config.analysisThreads),
  // The whole graph's metrics, computed ahead in a worker of their own, so that tens of seconds
  // of betweenness never queue in front of a question's task; null computes them when asked.
  background: AnalysisRunner | null = new AnalysisPool(1),
): Promise<RunningServer> {
  const openedStore = store ?? (await openStore(config));
  const services = createServices(openedStore, {
    analysis,
    ...(background ? { background } : {}),
    log: logEvent,
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
    // With ingest off, no request needs a body larger than the smallest limit.
    ingestMaxBytes: config.ingest.apiKey === null ? 0 : config.ingest.maxBytes,
    log: logEvent,
  });
  const server = await listen(app, config.port, config.host);
  const http = httpDrain(server);
  // The one place to register what a stop must close (a worker pool goes before the store).
  const closeAfterDrain: Closable[] = [
    { name: "graphql", close: () => apollo.stop() },
    { name: "analysis pool", close: () => analysis.close() },
    {
      name: "background metrics",
      close: async () => {
        services.background?.stop();
        await background?.close();
      },
    },
    { name: "store", close: () => openedStore.close() },
  ];
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return {
    url: `http://${host}:${port}/`,
    store: openedStore,
    services,
    async stop() {
      await http.drain();
      for (const closable of closeAfterDrain) {
        await closable.close().catch((error: unknown) => {
          throw new Error(`could not close the ${closable.name}: ${String(error)}`);
        });
      }
      logEvent("info", "stopped");
    },
    forceClose: () => http.forceClose(),
  };
}

function listen(app: Express, port: number, host: string): Promise<Server> {
  const server = createServer(app);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
