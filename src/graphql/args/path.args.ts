import { ArrayMaxSize, IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { FilterArgs } from "./filter.args";
import { LIMITS } from "./limits";

@ArgsType()
export class PathArgs extends FilterArgs {
  @Field({ description: "Where the path starts: any name or alias." })
  @IsNotEmpty()
  @MaxLength(LIMITS.nameLength)
  from!: string;

  @Field({ description: "Where the path ends: any name or alias." })
  @IsNotEmpty()
  @MaxLength(LIMITS.nameLength)
  to!: string;

  @Field(() => [String], {
    nullable: true,
    description: "Waypoints, visited in this order (at most 8).",
  })
  @ArrayMaxSize(LIMITS.via.max)
  @MaxLength(LIMITS.nameLength, { each: true })
  via?: string[];

  @Field(() => Int, {
    defaultValue: LIMITS.maxHops.default,
    description: "Longest leg, in hops (at most 10).",
  })
  @Min(1)
  @Max(LIMITS.maxHops.max)
  maxHops: number = LIMITS.maxHops.default;
}
