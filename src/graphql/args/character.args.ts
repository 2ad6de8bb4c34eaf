import { IsNotEmpty, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { LIMITS } from "./limits";

@ArgsType()
export class CharacterArgs {
  @Field({ description: "Any name or alias, in any case: 'Luke', 'cage', 'Power Man', or an id." })
  @IsNotEmpty()
  @MaxLength(LIMITS.nameLength)
  name!: string;
}
