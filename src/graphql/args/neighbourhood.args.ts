import { ArrayMaxSize, IsNotEmpty, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";
import type { RelationshipType } from "../../domain/vocabulary";
import { RelationshipTypeEnum } from "../relationship-type.enum";
import { LIMITS } from "./limits";

@ArgsType()
export class NeighbourhoodArgs {
  @Field({ description: "The centre: any name or alias." })
  @IsNotEmpty()
  @MaxLength(LIMITS.nameLength)
  of!: string;

  @Field(() => Int, { defaultValue: LIMITS.depth.default, description: "Hops from the centre (at most 3)." })
  @Min(1)
  @Max(LIMITS.depth.max)
  depth: number = LIMITS.depth.default;

  @Field(() => [RelationshipTypeEnum], { nullable: true, description: "Only follow these types." })
  @ArrayMaxSize(20)
  types?: RelationshipType[];
}
