import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { FilterArgs } from "./filter.args";

@ArgsType()
export class CommunitiesArgs extends FilterArgs {
  @Field(() => Int, {
    defaultValue: 42,
    description: "Louvain's random seed: the same seed gives the same communities.",
  })
  @Min(0)
  @Max(2 ** 31 - 1)
  seed: number = 42;
}
