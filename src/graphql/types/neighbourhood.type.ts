import { Field, Int, ObjectType } from "type-graphql";
import { Character } from "./character.type";
import { Relationship } from "./relationship.type";

@ObjectType({ simpleResolvers: true })
export class NeighbourhoodMember {
  @Field(() => Character)
  character!: Character;

  @Field(() => Int, { description: "Hops from the centre." })
  distance!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "A character's circle: everyone within some hops, and how they relate.",
})
export class Neighbourhood {
  @Field(() => Character)
  centre!: Character;

  @Field(() => [NeighbourhoodMember], { description: "The centre first, then by distance and id." })
  members!: NeighbourhoodMember[];

  @Field(() => [Relationship], { description: "Every relationship among the members." })
  relationships!: Relationship[];
}
