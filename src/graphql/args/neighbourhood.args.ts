import { IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { FilterArgs } from "./filter.args";
import { LIMITS } from "./limits";

@ArgsType()
export class NeighbourhoodArgs extends FilterArgs {
  @Field({ description: "The centre: any name or alias." })
  @IsNotEmpty()
  @MaxLength(LIMITS.nameLength)
  of!: string;

  @Field(() => Int, {
    defaultValue: LIMITS.depth.default,
    description: "Hops from the centre (at most 3).",
  })
  @Min(1)
  @Max(LIMITS.depth.max)
  depth: number = LIMITS.depth.default;
}
