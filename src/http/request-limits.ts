import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, type GraphQLSchema } from "graphql";
import { ErrorCode } from "../domain/error-codes";
import type { GraphSize } from "../graphql/query-cost";
import { costLimitPlugin } from "./cost-limit.plugin";

export interface RequestLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** Highest query cost (src/graphql/query-cost.ts) a request may have. */
  cost: number;
  /** Operations in one batched HTTP request. */
  batch: number;
  /** Wrong or missing ingest keys a client may send per minute before it is refused. */
  failedKeysPerMinute: number;
  /** Whether clients may introspect the schema; off also hides "Did you mean" field hints. */
  introspection: boolean;
}

/**
 * GraphQL Armor for the shape of a query (depth, aliases, directives, tokens), refused before it
 * runs, and the cost limit (./cost-limit.plugin.ts), which knows from the fields' own estimators
 * how much a `first`, `k`, `maxHops` or `depth` asks for, and what the whole-graph fields cost on
 * the graph as it is now.
 */
export function requestLimitPlugins(
  schema: GraphQLSchema,
  limits: RequestLimits,
  graphSize: () => Promise<GraphSize | null>,
) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth },
    // __typename is a field like any other: a thousand aliases of it are a thousand fields.
    maxAliases: { n: limits.aliases, allowList: [] },
    maxDirectives: { n: limits.directives },
    // Counted by tokenLimit() before Apollo parses: Armor's Apollo plugin throws from
    // parsingDidStart, which Apollo answers with a 500, even for a query that merely fails to parse.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // Hidden with introspection off by src/graphql/format-error.ts, which also sees the hints
    // Armor's pattern misses ('Did you mean the enum value "PAGERANK"?').
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      costLimitPlugin(schema, limits.cost, graphSize),
    ] as ApolloServerPlugin[],
  };
}

/** How many distinct texts the token limit remembers as within it. */
const REMEMBERED = 1000;

/** A batched request (a JSON array of operations) may hold at most `max` of them. */
export function limitBatchSize(max: number): RequestHandler {
  return (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > max) {
      res.status(400).json({
        errors: [
          {
            message: `A batch may hold at most ${max} operations; this one has ${req.body.length}.`,
            extensions: { code: ErrorCode.BAD_USER_INPUT, bound: "batch", limit: max },
          },
        ],
      });
      return;
    }
    next();
  };
}

/**
 * Armor's token counter, run on each operation's text before Apollo sees it. A document that does
 * not parse is left for Apollo to refuse (400, GRAPHQL_PARSE_FAILED).
 */
export function tokenLimit(max: number): RequestHandler {
  const withinLimit = new Set<string>();
  return (req, res, next) => {
    const operations: unknown[] = Array.isArray(req.body)
      ? req.body
      : [req.method === "GET" ? req.query : req.body];
    for (const operation of operations) {
      const query = (operation as { query?: unknown } | undefined)?.query;
      if (typeof query !== "string" || withinLimit.has(query)) continue;
      try {
        new MaxTokensParserWLexer(query, { n: max }).parseDocument();
        if (withinLimit.size >= REMEMBERED) withinLimit.clear();
        withinLimit.add(query);
      } catch (error) {
        if (!(error instanceof GraphQLError) || !/Token limit/.test(error.message)) continue;
        res.status(400).json({
          errors: [
            {
              message: error.message.replace(/^Syntax Error: /, ""),
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", bound: "tokens", limit: max },
            },
          ],
        });
        return;
      }
    }
    next();
  };
}

/** Deeper than any value this schema takes: a batch, an operation, its variables, a list. */
export const MAX_JSON_NESTING = 20;

/**
 * JSON nested deeper than MAX_JSON_NESTING is refused before anything walks it recursively
 * (JSON.stringify, graphql-js's coercion): 10,000 nested arrays overflow the stack. A GET's
 * variables and extensions are JSON in the URL; one that does not parse is left for Apollo.
 */
export function limitJsonNesting(): RequestHandler {
  return (req, res, next) => {
    const values: unknown[] = [req.body];
    if (req.method === "GET") {
      for (const name of ["variables", "extensions"]) {
        const text = (req.query as Record<string, unknown>)[name];
        if (typeof text !== "string") continue;
        try {
          values.push(JSON.parse(text));
        } catch {
          // Apollo answers 400 BAD_REQUEST for it.
        }
      }
    }
    if (values.some((value) => nestedDeeperThan(value, MAX_JSON_NESTING))) {
      res.status(400).json({
        errors: [
          {
            message: `The request nests JSON deeper than ${MAX_JSON_NESTING} levels.`,
            extensions: { code: ErrorCode.BAD_REQUEST, bound: "nesting", limit: MAX_JSON_NESTING },
          },
        ],
      });
      return;
    }
    next();
  };
}

/** Walked with a stack of its own, so a deep value cannot overflow this check either. */
function nestedDeeperThan(root: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[root, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth >= max) return true;
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
  return false;
}
