import { Field, Float, Int, ObjectType } from "type-graphql";
import { Character } from "./character.type";

@ObjectType({ simpleResolvers: true })
export class RankedCharacter {
  @Field(() => Int, { description: "1 for the highest value; ties are broken by id." })
  rank!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => Character)
  character!: Character;
}
