import { availableParallelism } from "node:os";
import { join } from "node:path";
import { DEFAULT_LIMITS, type RequestLimits } from "../http/request-limits";
import { PACKAGE_ROOT } from "../package-root";

/**
 * The service's configuration, read once from the environment by the composition root.
 * Nothing below src/http/main.ts and src/cli reads process.env.
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

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`configuration problems:\n  ${problems.join("\n  ")}`);
  }
}

export function readConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
    }
    return value;
  };
  const origins = (name: string): string[] => {
    const list = (env[name] ?? "").split(/[\s,]+/).filter((o) => o !== "");
    for (const origin of list) {
      if (origin !== "*" && !/^https?:\/\/[^/\s]+$/.test(origin)) {
        problems.push(`${name}: "${origin}" is not an origin like https://wiki.example.org (or *)`);
      }
    }
    return list;
  };
  const config: Config = {
    port: int("PORT", 4000, 0, 65535),
    host: env.HOST || "127.0.0.1",
    development: env.NODE_ENV === "development",
    graphFile: env.GRAPH_FILE || join(PACKAGE_ROOT, "seeds/graph.json"),
    dataDir: env.DATA_DIR || join(PACKAGE_ROOT, "data"),
    shutdownGraceMs: int("SHUTDOWN_GRACE_MS", 10000, 0, 600000),
    openBrowser: openBrowserSetting(env, problems),
    neo4j: env.NEO4J_URI
      ? {
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER || undefined,
          password: env.NEO4J_PASSWORD || undefined,
          database: env.NEO4J_DATABASE || "neo4j",
          transactionTimeoutMs: int("NEO4J_TX_TIMEOUT_MS", 5000, 100, 600000),
          connectionTimeoutMs: int("NEO4J_CONNECTION_TIMEOUT_MS", 3000, 100, 60000),
        }
      : null,
    views: {
      snapshotTtlMs: int("SNAPSHOT_TTL_MS", 60000, 0, 86400000),
      maxViews: int("FILTERED_VIEWS", 8, 1, 1000),
    },
    ingest: {
      apiKey: env.INGEST_API_KEY || null,
      maxBytes: int("INGEST_MAX_BYTES", 200_000, 1, 10_000_000),
      gazetteerFile: env.GAZETTEER_FILE || join(PACKAGE_ROOT, "seeds/gazetteer.json"),
      relationsFile: env.RELATIONS_FILE || join(PACKAGE_ROOT, "seeds/relations.json"),
    },
    browser: {
      corsOrigins: origins("CORS_ORIGINS"),
      embedOrigins: origins("EMBED_ORIGINS"),
      cacheMaxAge: int("CACHE_MAX_AGE", 300, 0, 86400),
    },
    // Off by default only on a developer's machine: loopback with no proxy in front. A service
    // behind a reverse proxy listens on loopback too, and TRUST_PROXY says it has one.
    rateLimitPerMinute: int(
      "RATE_LIMIT_PER_MINUTE",
      isLoopback(env.HOST || "127.0.0.1") && Number(env.TRUST_PROXY || 0) === 0 ? 0 : 600,
      0,
      1e6,
    ),
    trustProxy: int("TRUST_PROXY", 0, 0, 10),
    requestTimeoutMs: int("REQUEST_TIMEOUT_MS", 15000, 100, 600000),
    // One core stays with the event loop (HTTP, health probes, cheap queries).
    analysisThreads: int("ANALYSIS_THREADS", Math.max(1, availableParallelism() - 1), 1, 256),
    limits: {
      depth: int("MAX_DEPTH", DEFAULT_LIMITS.depth, 1, 100),
      aliases: int("MAX_ALIASES", DEFAULT_LIMITS.aliases, 0, 1000),
      directives: int("MAX_DIRECTIVES", DEFAULT_LIMITS.directives, 0, 1000),
      tokens: int("MAX_TOKENS", DEFAULT_LIMITS.tokens, 10, 100000),
      cost: int("MAX_COST", DEFAULT_LIMITS.cost, 1, 10000000),
      batch: int("MAX_BATCH", DEFAULT_LIMITS.batch, 1, 100),
      failedKeysPerMinute: int(
        "INGEST_FAILED_KEYS_PER_MINUTE",
        DEFAULT_LIMITS.failedKeysPerMinute,
        1,
        1e6,
      ),
      introspection: flag(env, "INTROSPECTION", DEFAULT_LIMITS.introspection, problems),
    },
  };
  if (config.neo4j && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(config.neo4j.uri)) {
    problems.push(
      `NEO4J_URI="${config.neo4j.uri}" must start with bolt://, neo4j://, neo4j+s:// or bolt+s://`,
    );
  }
  if (config.neo4j && Boolean(config.neo4j.user) !== Boolean(config.neo4j.password)) {
    problems.push("NEO4J_USER and NEO4J_PASSWORD must be set together");
  }
  if (config.ingest.apiKey !== null && config.ingest.apiKey.length < 16) {
    problems.push("INGEST_API_KEY must be at least 16 characters");
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

function flag(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: boolean,
  problems: string[],
): boolean {
  const raw = env[name] ?? "";
  if (raw === "") return fallback;
  if (raw === "1" || raw === "0") return raw === "1";
  problems.push(`${name}="${raw}" must be 1 (on) or 0 (off)`);
  return fallback;
}

function openBrowserSetting(env: NodeJS.ProcessEnv, problems: string[]): Config["openBrowser"] {
  const raw = env.OPEN_BROWSER ?? "";
  if (raw === "1") return "always";
  if (raw === "0") return "never";
  if (raw !== "") problems.push(`OPEN_BROWSER="${raw}" must be 1 (open the IDE) or 0 (never)`);
  return env.CI ? "never" : "interactive";
}
