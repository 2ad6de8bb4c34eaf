import type { ApolloServer } from "@apollo/server";
import express, { type Express } from "express";
import type { Logger } from "../domain/logger";
import type { RequestContext } from "../graphql/context";
import { describeForHttp } from "../graphql/format-error";
import type { Services } from "../services/create-services";
import { addEmbedRoutes } from "./embed/embed-routes";
import { addExploreRoutes } from "./explore/explore-routes";
import { addExportRoutes } from "./export-routes";
import { answerHttpErrors } from "./http-errors";
import { perClientRateLimit } from "./rate-limit";
import type { RequestLimits } from "./request-limits";
import { requestIds } from "./request-id";
import { requestTimeout } from "./request-timeout";
import { startGraphql } from "./routes/graphql-route";
import { addHealthRoutes } from "./routes/health-routes";
import { addIdeRoutes } from "./routes/ide-routes";
import { type BrowserPolicy, apiCors, denyFraming } from "./security-headers";

export interface AppOptions {
  services: Services;
  browser: BrowserPolicy & { embedOrigins: string[]; cacheMaxAge: number };
  limits: RequestLimits;
  rateLimitPerMinute: number;
  trustProxy: number;
  requestTimeoutMs: number;
  development: boolean;
  version: string;
  /** INGEST_MAX_BYTES when ingest is on, 0 when it is off: the body limit grows with it. */
  ingestMaxBytes: number;
  log: Logger;
}

export interface EnsembleApp {
  app: Express;
  apollo: ApolloServer<RequestContext>;
}

const GRAPHQL_PATH = "/graphql";
/** The routes that do work per request: timed out, and rate limited when the limit is on. */
const WORKING_PATHS = [GRAPHQL_PATH, "/export", "/embed"];

/** The HTTP surface: each route's module, behind the middleware every request meets. */
export async function createApp(options: AppOptions): Promise<EnsembleApp> {
  const { services, browser, log } = options;
  const rateLimit =
    options.rateLimitPerMinute > 0 ? perClientRateLimit(options.rateLimitPerMinute) : null;
  const graphql = await startGraphql(services, {
    limits: options.limits,
    cacheMaxAge: browser.cacheMaxAge,
    development: options.development,
    ingestMaxBytes: options.ingestMaxBytes,
    perBatchedOperation: rateLimit?.perBatchedOperation ?? null,
    log,
  });

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);
  app.use(requestIds());
  app.use(WORKING_PATHS, requestTimeout(options.requestTimeoutMs));
  if (rateLimit) app.use(WORKING_PATHS, rateLimit.perRequest);
  denyFraming(app);
  addIdeRoutes(app, {
    version: options.version,
    store: services.store.kind,
    graphqlPath: GRAPHQL_PATH,
  });
  addHealthRoutes(app, services.store);
  addEmbedRoutes(app, services, { frameAncestors: browser.embedOrigins, log });
  addExploreRoutes(app, GRAPHQL_PATH);
  app.use([GRAPHQL_PATH, "/export"], apiCors(browser));
  addExportRoutes(app, services.exports, (error) => {
    const described = describeForHttp(error);
    if (described.status === 500) log("error", "unexpected export error", { error: String(error) });
    return described;
  });
  graphql.mount(app, GRAPHQL_PATH);
  app.use(answerHttpErrors(log));
  return { app, apollo: graphql.apollo };
}
