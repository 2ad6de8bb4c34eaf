import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { MetricEnum, type Metric } from "../metric.enum";
import { FilterArgs } from "./filter.args";
import { ANALYSIS_LIMITS } from "./limits";

@ArgsType()
export class RankingArgs extends FilterArgs {
  @Field(() => MetricEnum)
  metric!: Metric;

  @Field(() => Int, { defaultValue: ANALYSIS_LIMITS.ranking.default, description: "At most 100." })
  @Min(1)
  @Max(ANALYSIS_LIMITS.ranking.max)
  first: number = ANALYSIS_LIMITS.ranking.default;
}
