import type { ComplexityEstimator, ComplexityEstimatorArgs } from "graphql-query-complexity";

/**
 * What a field costs, for the cost limit (src/http/request-limits.ts): lists and searches cost
 * by how much they may return or explore (`first`, `k`, `maxHops`, `depth`, waypoints), times
 * what is asked of each result. Plain fields cost 1.
 */
export const QUERY_COST: Record<string, ComplexityEstimator> = {
  perItem: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    1 + Number(args.first ?? 20) * Math.max(1, childComplexity),
  path: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    10 + (1 + (args.via?.length ?? 0)) * Number(args.maxHops ?? 6) * Math.max(1, childComplexity),
  paths: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    10 + Number(args.k ?? 3) * Number(args.maxHops ?? 6) * Math.max(1, childComplexity),
  neighbourhood: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    10 + 2 * 10 ** Number(args.depth ?? 1) * Math.max(1, childComplexity),
  links: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    10 + (args.between?.length ?? 2) * 20 * Math.max(1, childComplexity),
  ranking: ({ args, childComplexity }: ComplexityEstimatorArgs) =>
    50 + Number(args.first ?? 10) * Math.max(1, childComplexity),
  communities: ({ childComplexity }: ComplexityEstimatorArgs) =>
    100 + 50 * Math.max(1, childComplexity),
  ingest: () => 500,
};
