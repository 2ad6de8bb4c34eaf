import createDebug from "debug";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { packageVersion } from "../../package-root";
import { toStoreError } from "./neo4j-errors";
import { disableNagleOnDriverSockets } from "./socket-no-delay";

const log = createDebug("ensemble:neo4j");

export interface Neo4jConnectionOptions {
  uri: string;
  user?: string;
  password?: string;
  /** Always named on every session, never left to the server's default. Default 'neo4j'. */
  database?: string;
  /** Transaction timeout for reads, enforced by the server. */
  transactionTimeoutMs: number;
  /** How long to wait for a TCP/Bolt connection before calling the database unavailable. */
  connectionTimeoutMs: number;
  /** Transaction timeout for loads, which write a whole document at once. Default 10 minutes. */
  loadTimeoutMs?: number;
}

/**
 * Runs one statement: inside the managed transaction of a write, or as an auto-commit
 * transaction of its own for a read (see read()). Rows come back as plain objects.
 */
export type Run = <Row = Record<string, unknown>>(
  cypher: string,
  params?: Record<string, unknown>,
) => Promise<Row[]>;

/**
 * JavaScript numbers travel as floats; Cypher wants integers for LIMIT, and offsets and counts
 * read better as integers to anyone querying the database directly.
 */
export function asInteger(value: number): unknown {
  return Number.isSafeInteger(value) ? neo4j.int(value) : value;
}

const WHOLE_GRAPH_TIMEOUT_MS = 120_000;

/** How long the driver keeps retrying a failed transaction: small, so a dead database fails fast. */
const MAX_RETRY_TIME_MS = 2000;
/**
 * Waiting for a connection from the pool may take as long as opening one, plus this: a pool
 * that is merely busy is not an unavailable database.
 */
const POOL_WAIT_BEYOND_CONNECT_MS = 2000;

/**
 * Owns the process's one driver. Every unit of work runs on a fresh session for the named
 * database (writes in one managed transaction, reads statement by statement), tagged with the
 * app's name and version, bounded by a timeout, and its errors go through toStoreError.
 */
export class Neo4jExecutor {
  private readonly driver: Driver;
  private readonly database: string;
  private readonly metadata = { app: `ensemble@${packageVersion()}` };

  constructor(private readonly options: Neo4jConnectionOptions) {
    this.database = options.database ?? "neo4j";
    disableNagleOnDriverSockets();
    const auth = options.user ? neo4j.auth.basic(options.user, options.password ?? "") : undefined;
    this.driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: options.connectionTimeoutMs,
      connectionAcquisitionTimeout: options.connectionTimeoutMs + POOL_WAIT_BEYOND_CONNECT_MS,
      maxTransactionRetryTime: MAX_RETRY_TIME_MS,
      userAgent: this.metadata.app,
    });
  }

  /**
   * Reads run as auto-commit transactions, one per statement: one round trip each instead of
   * three (BEGIN, RUN, COMMIT), which on loopback took a third off every question. Neo4j reads
   * at read-committed isolation either way. A read that meets a connection the database closed
   * (it restarted) is run again once on a fresh one; a database that cannot be reached is not.
   */
  async read<T>(
    work: (run: Run) => Promise<T>,
    timeoutMs = this.options.transactionTimeoutMs,
  ): Promise<T> {
    try {
      return await this.autoCommit(timeoutMs, work);
    } catch (error) {
      if (!isStaleConnection(error)) throw toStoreError(error);
      try {
        return await this.autoCommit(timeoutMs, work);
      } catch (again) {
        throw toStoreError(again);
      }
    }
  }

  private async autoCommit<T>(timeoutMs: number, work: (run: Run) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.READ,
    });
    const config = { timeout: timeoutMs, metadata: this.metadata };
    try {
      return await work(async <Row>(cypher: string, params: Record<string, unknown> = {}) => {
        log("%s %o", cypher, summarise(params));
        const result = await session.run(cypher, params, config);
        return result.records.map((record) => record.toObject() as Row);
      });
    } finally {
      await session.close();
    }
  }

  /**
   * Reading the whole graph (snapshots) streams every relationship with its evidence: seconds for
   * a graph of 100,000 relationships, more than a question's timeout; it runs in the background
   * of requests.
   */
  wholeGraphTimeoutMs(): number {
    return Math.max(this.options.transactionTimeoutMs, WHOLE_GRAPH_TIMEOUT_MS);
  }

  /** Writes run in one managed transaction: all or nothing, retried on transient errors. */
  async write<T>(
    work: (run: Run) => Promise<T>,
    timeoutMs = this.options.transactionTimeoutMs,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    const config = { timeout: timeoutMs, metadata: this.metadata };
    try {
      return await session.executeWrite((tx: ManagedTransaction) => work(runner(tx)), config);
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  loadTimeoutMs(): number {
    return this.options.loadTimeoutMs ?? 10 * 60 * 1000;
  }

  /** Schema commands run one per auto-commit transaction (they may not share one with writes). */
  async runSchema(statement: string): Promise<void> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      log("%s", statement);
      await session.run(
        statement,
        {},
        { timeout: this.options.transactionTimeoutMs, metadata: this.metadata },
      );
    } catch (error) {
      throw toStoreError(error);
    } finally {
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

function runner(tx: ManagedTransaction): Run {
  return async <Row>(cypher: string, params: Record<string, unknown> = {}) => {
    log("%s %o", cypher, summarise(params));
    const result = await tx.run(cypher, params);
    return result.records.map((record) => record.toObject() as Row);
  };
}

/** Load batches hold thousands of rows; the log shows how many, not what. */
function summarise(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) =>
      Array.isArray(value) && value.length > 10 ? [key, `[${value.length} items]`] : [key, value],
    ),
  );
}

function isStaleConnection(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === neo4j.error.SESSION_EXPIRED ||
    /connection was closed|ECONNRESET|EPIPE|socket hang up/i.test(String(message))
  );
}
