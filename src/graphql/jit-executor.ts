import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import {
  type DocumentNode,
  type ExecutionResult,
  type OperationDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  execute,
  printSchema,
} from "graphql";
import { getVariableValues } from "graphql/execution/values";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

type Gateway = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type Executor = NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>;
type ExecutorResult = Awaited<ReturnType<Executor>>;

/** How many requests with the same text make it worth compiling (compiling takes milliseconds). */
const HOT_AFTER = 2;
/** How many texts are remembered, compiled or counted, before the memory starts afresh. */
const REMEMBERED = 1000;

/**
 * Executes an operation with graphql-jit once its text is hot, and with graphql-js `execute`
 * before that and whenever graphql-jit cannot compile it. Apollo Server takes a custom executor
 * only through its `gateway` option (https://github.com/apollographql/apollo-server/pull/6771):
 * parsing, validation, plugins and error formatting stay Apollo's.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const executor = jitExecutor(schema);
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

export function jitExecutor(schema: GraphQLSchema): Executor {
  // By document text and operation name: null for what graphql-jit refused, a count until hot.
  const compiled = new Map<string, CompiledQuery | null | number>();
  const compiledFor = (source: string, document: DocumentNode, operation: string | undefined) => {
    const key = `${operation ?? ""}\n${source}`;
    let entry: CompiledQuery | null | number = compiled.get(key) ?? 0;
    if (typeof entry === "number") {
      entry += 1;
      if (entry >= HOT_AFTER) {
        const attempt = compileQuery(schema, document, operation);
        entry = isCompiledQuery(attempt) ? attempt : null;
      }
      if (compiled.size >= REMEMBERED && !compiled.has(key)) compiled.clear();
      compiled.set(key, entry);
    }
    return typeof entry === "number" ? null : entry;
  };
  return async ({ source, document, operation, request, context }) => {
    const variables = request.variables ?? {};
    // graphql-js's own answers where they differ from graphql-jit's: an operation name that names
    // nothing, and variables that do not coerce (Apollo makes those BAD_USER_INPUT by their
    // message and AST nodes, which graphql-jit's errors lack).
    const query =
      operation && operationVariablesCoerce(schema, operation, variables)
        ? compiledFor(source, document, operation.name?.value)
        : null;
    if (query === null) {
      return execute({
        schema,
        document,
        operationName: request.operationName,
        variableValues: request.variables,
        contextValue: context,
      }) as Promise<ExecutorResult>;
    }
    return asGraphqlJs(await query.query(undefined, context, variables));
  };
}

function operationVariablesCoerce(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): boolean {
  const definitions = operation.variableDefinitions ?? [];
  if (definitions.length === 0) return true;
  return "coerced" in getVariableValues(schema, definitions, variables, { maxErrors: 1 });
}

/**
 * graphql-jit's errors copy their cause's extensions, or have none; Apollo and
 * src/graphql/format-error.ts expect graphql-js's, which always have an object there.
 */
function asGraphqlJs(result: ExecutionResult): ExecutorResult {
  if (!result.errors) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const copy = new GraphQLError(error.message, {
        path: error.path,
        originalError: error.originalError,
        extensions: error.extensions,
      });
      // graphql-js works locations out from AST nodes, which graphql-jit's errors do not keep.
      Object.defineProperty(copy, "locations", { value: error.locations, enumerable: true });
      return copy;
    }),
  };
}
