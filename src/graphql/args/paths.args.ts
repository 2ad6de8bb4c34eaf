import { IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { FilterArgs } from "./filter.args";
import { ANALYSIS_LIMITS, LIMITS } from "./limits";

@ArgsType()
export class PathsArgs extends FilterArgs {
  @Field({ description: "Where the paths start: any name or alias." })
  @IsNotEmpty()
  @MaxLength(LIMITS.nameLength)
  from!: string;

  @Field({ description: "Where the paths end: any name or alias." })
  @IsNotEmpty()
  @MaxLength(LIMITS.nameLength)
  to!: string;

  @Field(() => Int, {
    defaultValue: ANALYSIS_LIMITS.k.default,
    description: "How many paths (at most 10).",
  })
  @Min(1)
  @Max(ANALYSIS_LIMITS.k.max)
  k: number = ANALYSIS_LIMITS.k.default;

  @Field(() => Int, {
    defaultValue: LIMITS.maxHops.default,
    description: "Longest path, in hops (at most 10).",
  })
  @Min(1)
  @Max(LIMITS.maxHops.max)
  maxHops: number = LIMITS.maxHops.default;
}
