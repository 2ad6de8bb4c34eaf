import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true })
export class TypeCount {
  @Field()
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: "How big the graph is." })
export class Stats {
  @Field(() => Int)
  characters!: number;

  @Field(() => Int)
  people!: number;

  @Field(() => Int)
  organizations!: number;

  @Field(() => Int)
  documents!: number;

  @Field(() => Int, { description: "Relationships between characters, all types." })
  relationships!: number;

  @Field(() => [TypeCount], {
    description: "Relationships between characters by type (MEMBER_OF: to organizations).",
  })
  relationshipsByType!: TypeCount[];
}
