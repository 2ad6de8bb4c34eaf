import type { ApolloServerPlugin } from "@apollo/server";
import { cacheControlFromInfo } from "@apollo/cache-control-types";

/**
 * Per-field cacheability. Everything the graph answers can be cached for `defaultMaxAge` (it
 * changes only on a load or an ingest); these fields differ. Apollo's cache-control plugin turns
 * the smallest hint of a response into its Cache-Control header, so a CDN in front of GET
 * requests caches embeds and queries for as long as every field in them allows.
 */
export const FIELD_MAX_AGE: Record<string, number> = {
  "Query.stats": 60,
  "Query.documents": 60,
  // It changes as the background computation goes: asked again to see whether it is done.
  "Query.metricsStatus": 0,
  "Mutation.ingestDocument": 0,
};

export function cacheHintsPlugin(
  hints: Record<string, number> = FIELD_MAX_AGE,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              // Only root fields carry hints; this runs for every field of every answer.
              if (info.path.prev !== undefined) return;
              const maxAge = hints[`${info.parentType.name}.${info.fieldName}`];
              if (maxAge !== undefined)
                cacheControlFromInfo(info).setCacheHint({ maxAge, scope: "PUBLIC" });
            },
          };
        },
      };
    },
  };
}
