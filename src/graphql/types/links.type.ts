import { Field, ObjectType } from "type-graphql";
import { Character } from "./character.type";
import { Relationship } from "./relationship.type";

@ObjectType({
  simpleResolvers: true,
  description:
    "The smallest connecting subgraph found for some characters (a Steiner-tree approximation: nearest named character attached by its shortest path, at most twice the optimum).",
})
export class Links {
  @Field(() => [Character], { description: "Everyone in the subgraph, by id." })
  characters!: Character[];

  @Field(() => [Relationship], {
    description: "Every relationship joining two neighbours in the subgraph.",
  })
  relationships!: Relationship[];

  @Field(() => [Character], {
    description: "Characters in the subgraph who were not named: the linkers.",
  })
  linkers!: Character[];

  @Field({ description: "False when some named character could not be reached." })
  connected!: boolean;

  @Field(() => [Character], { description: "Named characters the subgraph could not reach." })
  unreachable!: Character[];
}
