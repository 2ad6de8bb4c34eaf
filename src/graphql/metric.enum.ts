import { registerEnumType } from "type-graphql";
import type { RankMetric } from "../analysis";

export type Metric = RankMetric;

export const MetricEnum: { [K in RankMetric]: K } = {
  DEGREE: "DEGREE",
  WEIGHTED_DEGREE: "WEIGHTED_DEGREE",
  BETWEENNESS: "BETWEENNESS",
  PAGERANK: "PAGERANK",
};

registerEnumType(MetricEnum, {
  name: "Metric",
  description:
    "DEGREE: distinct neighbours; WEIGHTED_DEGREE: summed weights; BETWEENNESS: normalized, unweighted; PAGERANK: weighted, damping 0.85.",
});
