import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import type { RequestContext } from "../graphql/context";
import { ErrorCode } from "../domain/error-codes";
import { describeKnownError } from "../graphql/format-error";
import type { Logger } from "../domain/logger";

/**
 * Errors nobody anticipated are logged in full with the request's id, and the masked error the
 * client gets carries the same id, so a report from a user finds its log line.
 */
export function errorLogPlugin(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const cause = unwrapResolverError(error);
            if (describeKnownError(cause) || hasClientCode(error)) continue;
            log("error", "unexpected error", {
              requestId: contextValue.requestId,
              operationName,
              error: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause),
            });
          }
        },
        async willSendResponse({ contextValue, response }) {
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

function hasClientCode(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  return typeof code === "string" && code !== ErrorCode.INTERNAL_SERVER_ERROR;
}
