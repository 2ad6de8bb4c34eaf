import { Field, Float, Int, ObjectType } from "type-graphql";
import { Character } from "./character.type";
import { Computation } from "./computation.type";

@ObjectType({ simpleResolvers: true })
export class Community {
  @Field(() => Int, { description: "0 for the largest community." })
  index!: number;

  @Field(() => Int)
  size!: number;

  @Field(() => [Character], { description: "By id." })
  members!: Character[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Louvain communities, repeatable for a given seed.",
})
export class Communities {
  @Field(() => Float)
  modularity!: number;

  @Field(() => [Community])
  communities!: Community[];

  @Field(() => Computation, { description: "The computation these communities come from." })
  computedFor!: Computation;
}
