import type { ApolloServerPlugin, GraphQLRequest } from "@apollo/server";
import type { RequestHandler } from "express";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { MaxTokensParserWLexer } from "@escape.tech/graphql-armor-max-tokens";
import { type DocumentNode, GraphQLError, type GraphQLSchema } from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { ErrorCode } from "../graphql/error-codes";

export interface RequestLimits {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  /** Highest query cost (src/graphql/query-cost.ts) a request may have. */
  cost: number;
  /** Operations in one batched HTTP request. */
  batch: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  depth: 8,
  aliases: 15,
  directives: 50,
  tokens: 2000,
  cost: 10000,
  batch: 5,
};

/**
 * GraphQL Armor for the shape of a query (depth, aliases, directives, tokens), refused before it
 * runs, and graphql-query-complexity for its cost, which knows from the fields' own estimators
 * how much a `first`, `k`, `maxHops` or `depth` asks for. Field suggestions stay on: the schema
 * is public, and "did you mean" helps the people typing in the IDE.
 */
export function requestLimitPlugins(schema: GraphQLSchema, limits: RequestLimits) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: limits.directives },
    // Counted by tokenLimit() before Apollo parses: Armor's Apollo plugin throws from
    // parsingDidStart, which Apollo answers with a 500, even for a query that merely fails to parse.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, costLimitPlugin(schema, limits.cost)] as ApolloServerPlugin[],
  };
}

/** How many distinct texts (or variable sets per document) the per-request checks remember. */
const REMEMBERED = 1000;

function costLimitPlugin(schema: GraphQLSchema, limit: number): ApolloServerPlugin {
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  // Apollo hands the same parsed document to every request with the same text, and a cost
  // depends only on the document, the operation and the variables: remember it.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (document: DocumentNode, request: GraphQLRequest): number => {
    const known = costs.get(document) ?? new Map<string, number>();
    const key = `${request.operationName ?? ""}\n${JSON.stringify(request.variables ?? {})}`;
    let cost = known.get(key);
    if (cost === undefined) {
      cost = getComplexity({
        schema,
        query: document,
        variables: request.variables ?? {},
        operationName: request.operationName ?? undefined,
        estimators,
      });
      if (known.size >= REMEMBERED) known.clear();
      costs.set(document, known.set(key, cost));
    }
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let cost: number;
          try {
            cost = costOf(document, request);
          } catch (error) {
            // Variables that do not coerce: execution refuses them next, as BAD_USER_INPUT.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > limit) {
            throw new GraphQLError(
              `This query would cost ${cost}; the cost limit is ${limit}. Ask for fewer items (first, k, maxHops, depth) or fewer fields.`,
              {
                extensions: {
                  code: ErrorCode.BAD_USER_INPUT,
                  bound: "cost",
                  limit,
                  cost,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

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
