import { Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import { LIMITS } from "./limits";

@ArgsType()
export class CharactersArgs {
  @Field(() => String, { nullable: true, description: "Part of a name or alias, in any case." })
  @MaxLength(LIMITS.nameLength)
  search?: string;

  @Field(() => Int, { defaultValue: LIMITS.first.default, description: "At most 100." })
  @Min(1)
  @Max(LIMITS.first.max)
  first: number = LIMITS.first.default;

  @Field(() => String, { nullable: true, description: "An endCursor from a previous page." })
  @MaxLength(500)
  after?: string;
}
