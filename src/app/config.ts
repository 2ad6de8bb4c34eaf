import { DomainError } from "../domain/domain-error";
import type { RequestLimits } from "../http/request-limits";
import { type SettingValues, readSettings } from "./settings";

/**
 * The service's and the CLI's configuration, read once from the environment by the entry points
 * (src/app/main.ts, the CLI's commands) and passed down; nothing below src/app reads process.env.
 */
export interface Neo4jConfig {
  uri: string;
  user?: string;
  password?: string;
  database: string;
  transactionTimeoutMs: number;
  connectionTimeoutMs: number;
}

export interface Config {
  port: number;
  host: string;
  development: boolean;
  graphFile: string;
  /** Where the embedded store journals ingests (the graph file is never written to). */
  dataDir: string;
  /** How long a stop waits for requests in flight before it forces the exit. */
  shutdownGraceMs: number;
  /** "interactive": open the IDE when started from a terminal (not in CI, not piped). */
  openBrowser: "always" | "never" | "interactive";
  neo4j: Neo4jConfig | null;
  views: { snapshotTtlMs: number; maxViews: number };
  ingest: { apiKey: string | null; maxBytes: number; gazetteerFile: string; relationsFile: string };
  browser: { corsOrigins: string[]; embedOrigins: string[]; cacheMaxAge: number };
  limits: RequestLimits;
  /** Requests per client per minute on /graphql, /export and /embed; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Express's "trust proxy": how many proxies in front set X-Forwarded-For. */
  trustProxy: number;
  /** A request unanswered after this long gets a TIMEOUT error. */
  requestTimeoutMs: number;
  /** Worker threads for whole-graph computations (metrics, communities, links, k paths). */
  analysisThreads: number;
}

export class ConfigError extends DomainError {
  override readonly name = "ConfigError";
  readonly code = "CONFIG_INVALID";
  constructor(readonly problems: string[]) {
    super(`configuration problems:\n  ${problems.join("\n  ")}`);
  }
}

/** The Config from the environment (src/app/settings.ts), refusing every bad value at once. */
export function readConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const problems: string[] = [];
  const s = readSettings(env, problems);
  const neo4j = s.neo4jUri ? neo4jConfig(s, s.neo4jUri, problems) : null;
  if (s.ingestApiKey !== undefined && s.ingestApiKey.length < 16) {
    problems.push("INGEST_API_KEY must be at least 16 characters");
  }
  const openBrowser = openBrowserSetting(s.openBrowser, env, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: s.port,
    host: s.host,
    development: s.nodeEnv === "development",
    graphFile: s.graphFile,
    dataDir: s.dataDir,
    shutdownGraceMs: s.shutdownGraceMs,
    openBrowser,
    neo4j,
    views: { snapshotTtlMs: s.snapshotTtlMs, maxViews: s.filteredViews },
    ingest: {
      apiKey: s.ingestApiKey ?? null,
      maxBytes: s.ingestMaxBytes,
      gazetteerFile: s.gazetteerFile,
      relationsFile: s.relationsFile,
    },
    browser: {
      corsOrigins: s.corsOrigins,
      embedOrigins: s.embedOrigins,
      cacheMaxAge: s.cacheMaxAge,
    },
    rateLimitPerMinute: s.rateLimitPerMinute,
    trustProxy: s.trustProxy,
    requestTimeoutMs: s.requestTimeoutMs,
    analysisThreads: s.analysisThreads,
    limits: {
      depth: s.maxDepth,
      aliases: s.maxAliases,
      directives: s.maxDirectives,
      tokens: s.maxTokens,
      cost: s.maxCost,
      batch: s.maxBatch,
      failedKeysPerMinute: s.failedKeysPerMinute,
      introspection: s.introspection,
    },
  };
}

function neo4jConfig(s: SettingValues, uri: string, problems: string[]): Neo4jConfig {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
    problems.push(`NEO4J_URI="${uri}" must start with bolt://, neo4j://, neo4j+s:// or bolt+s://`);
  }
  if (Boolean(s.neo4jUser) !== Boolean(s.neo4jPassword)) {
    problems.push("NEO4J_USER and NEO4J_PASSWORD must be set together");
  }
  return {
    uri,
    user: s.neo4jUser,
    password: s.neo4jPassword,
    database: s.neo4jDatabase,
    transactionTimeoutMs: s.neo4jTransactionTimeoutMs,
    connectionTimeoutMs: s.neo4jConnectionTimeoutMs,
  };
}

function openBrowserSetting(
  raw: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  problems: string[],
): Config["openBrowser"] {
  if (raw === "1") return "always";
  if (raw === "0") return "never";
  if (raw !== undefined)
    problems.push(`OPEN_BROWSER="${raw}" must be 1 (open the IDE) or 0 (never)`);
  return env.CI ? "never" : "interactive";
}
