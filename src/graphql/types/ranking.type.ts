import { Field, Float, Int, ObjectType } from "type-graphql";
import { Character } from "./character.type";
import { Computation } from "./computation.type";

@ObjectType({ simpleResolvers: true })
export class RankedCharacter {
  @Field(() => Int, { description: "1 for the highest value; ties are broken by id." })
  rank!: number;

  @Field(() => Float)
  value!: number;

  @Field(() => Character)
  character!: Character;

  @Field(() => Computation, { description: "The computation this value comes from." })
  computedFor!: Computation;
}
