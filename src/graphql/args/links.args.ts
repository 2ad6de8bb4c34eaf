import { ArrayMaxSize, ArrayMinSize, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { FilterArgs } from "./filter.args";
import { ANALYSIS_LIMITS, LIMITS } from "./limits";

@ArgsType()
export class LinksArgs extends FilterArgs {
  @Field(() => [String], { description: "Two to eight characters, by any name or alias." })
  @ArrayMinSize(ANALYSIS_LIMITS.between.min)
  @ArrayMaxSize(ANALYSIS_LIMITS.between.max)
  @MaxLength(LIMITS.nameLength, { each: true })
  between!: string[];
}
