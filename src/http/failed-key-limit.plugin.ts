import { type ApolloServerPlugin, HeaderMap } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import type { RequestContext } from "../graphql/context";
import { ErrorCode } from "../domain/error-codes";
import { UnauthenticatedError } from "../services/service-errors";
import { perClientCounter } from "./rate-limit";

/**
 * A client that sent `perMinute` wrong or missing ingest keys within a minute may not try
 * another mutation until the minute is over, whatever key it sends next, in every
 * configuration (the request rate limit may be off): guessing keys is slow.
 */
export function failedKeyLimitPlugin(perMinute: number): ApolloServerPlugin<RequestContext> {
  const failures = perClientCounter();
  return {
    async requestDidStart({ contextValue }) {
      const client = contextValue.client;
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== "mutation") return;
          const seen = await failures.get(client);
          if (seen && seen.totalHits >= perMinute) throw lockedOut(perMinute, seen.resetTime);
        },
        async didEncounterErrors({ errors }) {
          if (errors.some((e) => unwrapResolverError(e) instanceof UnauthenticatedError)) {
            await failures.increment(client);
          }
        },
      };
    },
  };
}

function lockedOut(perMinute: number, resetTime: Date | undefined): GraphQLError {
  const seconds = Math.max(1, Math.ceil(((resetTime?.getTime() ?? 0) - Date.now()) / 1000));
  return new GraphQLError(
    `Too many wrong ingest keys: at most ${perMinute} a minute per client. Try again in ${seconds} s.`,
    {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        bound: "failedKeys",
        limit: perMinute,
        http: { status: 429, headers: new HeaderMap([["retry-after", String(seconds)]]) },
      },
    },
  );
}
