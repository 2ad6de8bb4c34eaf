import { availableParallelism } from "node:os";
import {
  type Setting,
  flag,
  optionalText,
  origins,
  packagePath,
  text,
  wholeNumber,
} from "./setting-readers";

const isLoopback = (host: string) =>
  host === "localhost" || host === "::1" || host.startsWith("127.");

/**
 * Every environment variable the service and the CLI read: name, default, bounds and what
 * .env.example says. src/app/config.ts shapes them into the Config; src/app/env-example.ts
 * writes .env.example from this table, and a test fails when the file is stale.
 */
export const SETTINGS = {
  port: wholeNumber("PORT", { fallback: 4000, min: 0, max: 65535 }),
  host: text("HOST", { fallback: "127.0.0.1" }),
  nodeEnv: text("NODE_ENV", {
    fallback: "",
    example: "production",
    note: "development shows stack traces in errors; anything else hides them. production also makes graphql-js execute faster (plain instanceof type checks)",
  }),
  shutdownGraceMs: wholeNumber("SHUTDOWN_GRACE_MS", {
    fallback: 10_000,
    min: 0,
    max: 600_000,
    note: "On SIGTERM/SIGINT, how long requests in flight may take before the service exits 1 anyway (ms)",
  }),
  graphFile: packagePath("GRAPH_FILE", { inPackage: "seeds/graph.json" }),
  dataDir: packagePath("DATA_DIR", {
    inPackage: "data",
    example: "",
    note:
      "Where the embedded store journals ingests (default: data/ in the package directory);\n" +
      "delete it to start again from GRAPH_FILE",
  }),
  neo4jUri: optionalText("NEO4J_URI", { example: "bolt://127.0.0.1:7687" }),
  neo4jUser: optionalText("NEO4J_USER", {
    example: "neo4j",
    note: "user and password go together; leave both empty for a server without auth (tools/neo4j-local)",
  }),
  neo4jPassword: optionalText("NEO4J_PASSWORD", { example: "ensemble-password" }),
  neo4jDatabase: text("NEO4J_DATABASE", { fallback: "neo4j" }),
  neo4jTransactionTimeoutMs: wholeNumber("NEO4J_TX_TIMEOUT_MS", {
    fallback: 5000,
    min: 100,
    max: 600_000,
    note: "server-side timeout of each read transaction",
  }),
  neo4jConnectionTimeoutMs: wholeNumber("NEO4J_CONNECTION_TIMEOUT_MS", {
    fallback: 3000,
    min: 100,
    max: 60_000,
    note: "how long to wait for a connection before answering SERVICE_UNAVAILABLE",
  }),
  ingestApiKey: optionalText("INGEST_API_KEY"),
  ingestMaxBytes: wholeNumber("INGEST_MAX_BYTES", { fallback: 200_000, min: 1, max: 10_000_000 }),
  gazetteerFile: packagePath("GAZETTEER_FILE", { inPackage: "seeds/gazetteer.json" }),
  relationsFile: packagePath("RELATIONS_FILE", { inPackage: "seeds/relations.json" }),
  snapshotTtlMs: wholeNumber("SNAPSHOT_TTL_MS", { fallback: 60_000, min: 0, max: 86_400_000 }),
  filteredViews: wholeNumber("FILTERED_VIEWS", { fallback: 8, min: 1, max: 1000 }),
  openBrowser: optionalText("OPEN_BROWSER"),
  corsOrigins: origins("CORS_ORIGINS"),
  embedOrigins: origins("EMBED_ORIGINS"),
  cacheMaxAge: wholeNumber("CACHE_MAX_AGE", { fallback: 300, min: 0, max: 86_400 }),
  // The schema is committed and public (schema/schema.graphql): hiding it protects nothing.
  introspection: flag("INTROSPECTION", { fallback: true }),
  // Off by default only on a developer's machine: loopback with no proxy in front. A service
  // behind a reverse proxy listens on loopback too, and TRUST_PROXY says it has one.
  rateLimitPerMinute: wholeNumber("RATE_LIMIT_PER_MINUTE", {
    fallback: (env) =>
      isLoopback(env.HOST || "127.0.0.1") && Number(env.TRUST_PROXY || 0) === 0 ? 0 : 600,
    min: 0,
    max: 1_000_000,
    example: "",
  }),
  trustProxy: wholeNumber("TRUST_PROXY", { fallback: 0, min: 0, max: 10 }),
  failedKeysPerMinute: wholeNumber("INGEST_FAILED_KEYS_PER_MINUTE", {
    fallback: 10,
    min: 1,
    max: 1_000_000,
  }),
  requestTimeoutMs: wholeNumber("REQUEST_TIMEOUT_MS", { fallback: 15_000, min: 100, max: 600_000 }),
  // One core stays with the event loop (HTTP, health probes, cheap queries).
  analysisThreads: wholeNumber("ANALYSIS_THREADS", {
    fallback: () => Math.max(1, availableParallelism() - 1),
    min: 1,
    max: 256,
    example: "",
    note:
      "Worker threads for whole-graph computations (metrics, communities, links, k paths);\n" +
      "empty means the cores less one, at least 1",
  }),
  maxDepth: wholeNumber("MAX_DEPTH", { fallback: 8, min: 1, max: 100 }),
  maxAliases: wholeNumber("MAX_ALIASES", { fallback: 15, min: 0, max: 1000 }),
  maxDirectives: wholeNumber("MAX_DIRECTIVES", { fallback: 50, min: 0, max: 1000 }),
  maxTokens: wholeNumber("MAX_TOKENS", { fallback: 2000, min: 10, max: 100_000 }),
  maxCost: wholeNumber("MAX_COST", { fallback: 10_000, min: 1, max: 10_000_000 }),
  maxBatch: wholeNumber("MAX_BATCH", { fallback: 5, min: 1, max: 100 }),
} satisfies Record<string, Setting<unknown>>;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValues = { [K in SettingKey]: ReturnType<(typeof SETTINGS)[K]["read"]> };

/** .env.example's sections: a comment, then its variables, in this order. */
export const ENV_EXAMPLE_SECTIONS: { heading: string; keys: SettingKey[] }[] = [
  { heading: "HTTP server", keys: ["port", "host", "nodeEnv", "shutdownGraceMs"] },
  {
    heading: "Graph document the embedded store starts from when NEO4J_URI is unset",
    keys: ["graphFile", "dataDir"],
  },
  {
    heading:
      "Neo4j: set NEO4J_URI to use it instead of the embedded store\n" +
      "(docker compose sets bolt://neo4j:7687 for the service; tools/neo4j-local listens on 127.0.0.1:7687)",
    keys: [
      "neo4jUri",
      "neo4jUser",
      "neo4jPassword",
      "neo4jDatabase",
      "neo4jTransactionTimeoutMs",
      "neo4jConnectionTimeoutMs",
    ],
  },
  {
    heading:
      "Ingest (the ingestDocument mutation): a bearer key of 16+ characters; unset turns ingest off",
    keys: ["ingestApiKey", "ingestMaxBytes", "gazetteerFile", "relationsFile"],
  },
  {
    heading:
      "Whole-graph questions reuse a snapshot of the store for this long (ms), and keep this many\n" +
      "filtered views (by document or weight) in memory",
    keys: ["snapshotTtlMs", "filteredViews"],
  },
  {
    heading:
      "OPEN_BROWSER: 1 always opens the IDE page at start-up, 0 never; unset opens it from a terminal",
    keys: ["openBrowser"],
  },
  {
    heading:
      "Browsers and caches: origins allowed to call the API, and to frame the /embed widgets",
    keys: ["corsOrigins", "embedOrigins", "cacheMaxAge"],
  },
  {
    heading:
      'Schema introspection and "Did you mean" hints about fields: 1 (default) or 0, whatever NODE_ENV is',
    keys: ["introspection"],
  },
  {
    heading:
      "Bounds (see the README). The rate limit is on (600) unless the service listens on loopback with\n" +
      "TRUST_PROXY=0; each operation of a batch counts. Wrong ingest keys are limited per client always.",
    keys: [
      "rateLimitPerMinute",
      "trustProxy",
      "failedKeysPerMinute",
      "requestTimeoutMs",
      "analysisThreads",
      "maxDepth",
      "maxAliases",
      "maxDirectives",
      "maxTokens",
      "maxCost",
      "maxBatch",
    ],
  },
];

export function readSettings(
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): SettingValues {
  const values: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(SETTINGS)) values[key] = setting.read(env, problems);
  return values as SettingValues;
}
