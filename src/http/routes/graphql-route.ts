import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express, type RequestHandler } from "express";
import type { Logger } from "../../domain/logger";
import { buildEnsembleSchema } from "../../graphql/build-schema";
import { composeResolvers } from "../../graphql/compose-resolvers";
import type { RequestContext } from "../../graphql/context";
import { createFormatError } from "../../graphql/format-error";
import { jitGateway } from "../../graphql/jit-executor";
import { createLoaders } from "../../graphql/loaders";
import type { Services } from "../../services/create-services";
import { graphqlBodyLimit } from "../body-limit";
import { cachePolicyPlugin } from "../cache-policy.plugin";
import { errorLogPlugin } from "../error-log.plugin";
import { failedKeyLimitPlugin } from "../failed-key-limit.plugin";
import { clientKey } from "../rate-limit";
import {
  type RequestLimits,
  limitBatchSize,
  limitJsonNesting,
  requestLimitPlugins,
  tokenLimit,
} from "../request-limits";

export interface GraphqlRouteOptions {
  limits: RequestLimits;
  cacheMaxAge: number;
  development: boolean;
  /** INGEST_MAX_BYTES when ingest is on: the body limit grows with it. */
  ingestMaxBytes: number;
  /** Counts each operation of a batch against the rate limit, when there is one. */
  perBatchedOperation: RequestHandler | null;
  log: Logger;
}

/** Apollo over the schema, with every bound a request meets before and while it runs. */
export async function startGraphql(services: Services, options: GraphqlRouteOptions) {
  const { limits } = options;
  const schema = buildEnsembleSchema(composeResolvers(services));
  const bounds = requestLimitPlugins(schema, limits, async () => {
    try {
      const { characters, relationships } = await services.views.snapshot();
      return { characters: characters.length, relationships: relationships.length };
    } catch {
      return null;
    }
  });
  const apollo = new ApolloServer<RequestContext>({
    // The schema, executed by graphql-jit once a query is hot (src/graphql/jit-executor.ts).
    gateway: jitGateway(schema),
    validationRules: bounds.validationRules,
    allowBatchedHttpRequests: true,
    // Set here rather than left to Apollo, which decides by NODE_ENV: the same everywhere.
    introspection: limits.introspection,
    // The service stops itself on SIGTERM and SIGINT (src/app/stop-on-signals.ts); Apollo's own
    // handler would re-raise the signal once Apollo alone had stopped, killing requests in flight.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: options.development,
    formatError: createFormatError({
      development: options.development,
      schemaHints: limits.introspection,
    }),
    // Apollo indents answers by default: a third more bytes to write and parse for a large
    // neighbourhood, for the sake of people who read JSON without a viewer.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ...bounds.plugins,
      failedKeyLimitPlugin(limits.failedKeysPerMinute),
      errorLogPlugin(options.log),
      ApolloServerPluginLandingPageDisabled(),
      // Once per document rather than Apollo's hook on every field (../cache-policy.plugin.ts).
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(schema, options.cacheMaxAge),
    ],
  });
  await apollo.start();
  return {
    apollo,
    /** POST and GET /graphql: body limits, batch and token bounds, then Apollo. */
    mount(app: Express, path: string) {
      app.use(
        path,
        express.json({ limit: graphqlBodyLimit(options.ingestMaxBytes) }),
        limitJsonNesting(),
        limitBatchSize(limits.batch),
        ...(options.perBatchedOperation ? [options.perBatchedOperation] : []),
        tokenLimit(limits.tokens),
        expressMiddleware(apollo, {
          context: async ({ req, res }) => ({
            requestId: String(res.locals.requestId),
            authorization: req.get("authorization"),
            client: clientKey(req),
            loaders: createLoaders(services.store),
          }),
        }),
      );
    },
  };
}
