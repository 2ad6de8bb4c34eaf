import { ArrayMaxSize, Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import type { RelationshipType } from "../../domain/vocabulary";
import { RelationshipTypeEnum } from "../relationship-type.enum";
import { LIMITS } from "./limits";

@ArgsType()
export class RelationshipsArgs {
  @Field(() => [RelationshipTypeEnum], { nullable: true, description: "Only these types." })
  @ArrayMaxSize(20)
  types?: RelationshipType[];

  @Field(() => Int, { defaultValue: LIMITS.first.default, description: "At most 100." })
  @Min(1)
  @Max(LIMITS.first.max)
  first: number = LIMITS.first.default;
}
