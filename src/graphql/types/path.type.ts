import { Field, Int, ObjectType } from "type-graphql";
import { Character } from "./character.type";
import { Relationship } from "./relationship.type";

@ObjectType({ simpleResolvers: true, description: "One hop of a path." })
export class PathStep {
  @Field(() => Character)
  from!: Character;

  @Field(() => Character)
  to!: Character;

  @Field(() => Relationship, { description: "The most specific relationship joining the two." })
  relationship!: Relationship;
}

@ObjectType({
  simpleResolvers: true,
  description: "A shortest walk from one character through waypoints to another.",
})
export class Path {
  @Field(() => [Character], { description: "In walking order, from first to last." })
  characters!: Character[];

  @Field(() => [PathStep])
  steps!: PathStep[];

  @Field(() => Int, { description: "Number of steps." })
  length!: number;
}
