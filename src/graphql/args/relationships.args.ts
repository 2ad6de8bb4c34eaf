import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { FilterArgs } from "./filter.args";
import { LIMITS } from "./limits";

@ArgsType()
export class RelationshipsArgs extends FilterArgs {
  @Field(() => Int, { defaultValue: LIMITS.first.default, description: "At most 100." })
  @Min(1)
  @Max(LIMITS.first.max)
  first: number = LIMITS.first.default;
}
