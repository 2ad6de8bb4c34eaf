import { ApolloServer } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import { buildEnsembleSchema } from "../graphql/build-schema";
import { composeResolvers } from "../graphql/compose-resolvers";
import type { RequestContext } from "../graphql/context";
import { createFormatError, describeForHttp } from "../graphql/format-error";
import { jitGateway } from "../graphql/jit-executor";
import { createLoaders } from "../graphql/loaders";
import type { Services } from "../services/create-services";
import { graphqlBodyLimit } from "./body-limit";
import { renderIdePage } from "./ide-page";
import { cachePolicyPlugin } from "./cache-policy.plugin";
import { addEmbedRoutes } from "./embed/embed-routes";
import { answerHttpErrors } from "./http-errors";
import { errorLogPlugin } from "./error-log.plugin";
import { addExportRoutes } from "./export-routes";
import { addExploreRoutes } from "./explore/explore-routes";
import { logEvent } from "./log";
import { failedKeyLimitPlugin } from "./failed-key-limit.plugin";
import { clientKey, perClientRateLimit } from "./rate-limit";
import { requestIds } from "./request-id";
import { requestTimeout } from "./request-timeout";
import {
  type RequestLimits,
  limitBatchSize,
  limitJsonNesting,
  requestLimitPlugins,
  tokenLimit,
} from "./request-limits";
import { type BrowserPolicy, apiCors, denyFraming } from "./security-headers";
import { publicFile, vendorFiles } from "./vendor-files";

export interface AppOptions {
  services: Services;
  browser: BrowserPolicy & { embedOrigins: string[]; cacheMaxAge: number };
  limits: RequestLimits;
  rateLimitPerMinute: number;
  trustProxy: number;
  requestTimeoutMs: number;
  development: boolean;
  version: string;
  /** INGEST_MAX_BYTES: the body limit grows with it. */
  ingestMaxBytes?: number;
}

export interface EnsembleApp {
  app: Express;
  apollo: ApolloServer<RequestContext>;
}

/** The HTTP surface: the IDE page at /, GraphQL at /graphql, health probes. */
export async function createApp({
  services,
  browser,
  limits,
  rateLimitPerMinute,
  trustProxy,
  requestTimeoutMs,
  development,
  version,
  ingestMaxBytes = 0,
}: AppOptions): Promise<EnsembleApp> {
  const { store } = services;
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
    // The service stops itself on SIGTERM and SIGINT (http/main.ts); Apollo's own handler would
    // re-raise the signal once Apollo alone had stopped, killing requests in flight.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({ development, schemaHints: limits.introspection }),
    // Apollo indents answers by default: a third more bytes to write and parse for a large
    // neighbourhood, for the sake of people who read JSON without a viewer.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ...bounds.plugins,
      failedKeyLimitPlugin(limits.failedKeysPerMinute),
      errorLogPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // Once per document rather than Apollo's hook on every field (./cache-policy.plugin.ts).
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(schema, browser.cacheMaxAge),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  app.use(requestIds());
  app.use(["/graphql", "/export", "/embed"], requestTimeout(requestTimeoutMs));
  const rateLimit = rateLimitPerMinute > 0 ? perClientRateLimit(rateLimitPerMinute) : null;
  if (rateLimit) app.use(["/graphql", "/export", "/embed"], rateLimit.perRequest);
  denyFraming(app);
  const idePage = renderIdePage({ version, store: store.kind, graphqlPath: "/graphql" });
  app.get("/", (_req, res) => {
    res.type("html").send(idePage);
  });
  const ideScript = publicFile("ide.js");
  app.get("/ide.js", (_req, res) => {
    res.sendFile(ideScript);
  });
  const vendor = vendorFiles();
  app.get("/vendor/:file", (req, res) => {
    const path = vendor.get(req.params.file);
    if (!path) res.status(404).end();
    else res.sendFile(path, { maxAge: "1d" });
  });
  app.get("/favicon.ico", (_req, res) => {
    res.status(204).end();
  });
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: "ready", store: store.kind });
    } catch {
      res.status(503).json({ status: "unavailable", store: store.kind });
    }
  });
  addEmbedRoutes(app, services, { frameAncestors: browser.embedOrigins });
  addExploreRoutes(app, "/graphql");
  app.use(["/graphql", "/export"], apiCors(browser));
  addExportRoutes(app, services.exports, (error) => {
    const described = describeForHttp(error);
    if (described.status === 500)
      logEvent("error", "unexpected export error", { error: String(error) });
    return described;
  });
  app.use(
    "/graphql",
    express.json({ limit: graphqlBodyLimit(ingestMaxBytes) }),
    limitJsonNesting(),
    limitBatchSize(limits.batch),
    ...(rateLimit ? [rateLimit.perBatchedOperation] : []),
    tokenLimit(limits.tokens),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        requestId: String(res.locals.requestId),
        authorization: req.get("authorization"),
        client: clientKey(req),
        loaders: createLoaders(store),
      }),
    }),
  );
  app.use(answerHttpErrors);
  return { app, apollo };
}
