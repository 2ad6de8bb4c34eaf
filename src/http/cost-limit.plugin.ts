import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { ErrorCode } from "../domain/error-codes";
import { type GraphSize, WholeGraphCost } from "../graphql/query-cost";

/** When the graph cannot be read, its questions fail on their own; price them as on no graph. */
const EMPTY_GRAPH: GraphSize = { characters: 0, relationships: 0 };

/** How many operation and variable sets per document the cost limit remembers. */
const REMEMBERED = 1000;

/**
 * Refuses an operation whose cost (src/graphql/query-cost.ts) is over the limit, before it runs.
 * Whole-graph fields are priced on the graph as it is now, so `graphSize` is asked only for
 * operations that hold one.
 */
export function costLimitPlugin(
  schema: GraphQLSchema,
  limit: number,
  graphSize: () => Promise<GraphSize | null>,
): ApolloServerPlugin {
  const costOf = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
    size: GraphSize | null,
  ) => {
    const wholeGraph = new WholeGraphCost(size);
    const cost = getComplexity({
      schema,
      query: document,
      variables,
      // The operation Apollo chose, named as it is in the document: a client's operationName
      // may be "" or name nothing, and an anonymous operation has no name to look up.
      operationName: operation.name?.value,
      estimators: [
        wholeGraph.estimator,
        fieldExtensionsEstimator(),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
    return { cost: cost + wholeGraph.once, sizeNeeded: wholeGraph.sizeNeeded };
  };
  // Apollo hands the same parsed document to every request with the same text, and a cost that
  // does not depend on the graph's size depends only on the document, the operation and the
  // variables: remember it. Whole-graph operations are priced afresh (their own work dwarfs it).
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const priced = async (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): Promise<number> => {
    // Variables nest no deeper than src/http/request-limits.ts allows: this cannot overflow.
    const key = `${operation.name?.value ?? ""}\n${JSON.stringify(variables)}`;
    const known = costs.get(document) ?? new Map<string, number>();
    const cost = known.get(key);
    if (cost !== undefined) return cost;
    const estimate = costOf(document, operation, variables, null);
    if (estimate.sizeNeeded) {
      return costOf(document, operation, variables, (await graphSize()) ?? EMPTY_GRAPH).cost;
    }
    if (known.size >= REMEMBERED) known.clear();
    costs.set(document, known.set(key, estimate.cost));
    return estimate.cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          let cost: number;
          try {
            cost = await priced(document, operation, request.variables ?? {});
          } catch (error) {
            // Variables that do not coerce: execution refuses them next, as BAD_USER_INPUT.
            if (error instanceof GraphQLError) return;
            throw error;
          }
          if (cost > limit) throw costError(cost, limit);
        },
      };
    },
  };
}

function costError(cost: number, limit: number): GraphQLError {
  return new GraphQLError(
    `This query would cost ${cost}; the cost limit is ${limit}. Ask for fewer items (first, k, maxHops, depth) or fewer fields, or fewer whole-graph questions (ranking, communities, links, paths, metrics) at once.`,
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
