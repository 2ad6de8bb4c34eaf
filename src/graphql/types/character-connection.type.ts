import { Field, Int, ObjectType } from "type-graphql";
import { Character } from "./character.type";

@ObjectType({ simpleResolvers: true })
export class CharacterEdge {
  @Field()
  cursor!: string;

  @Field(() => Character)
  node!: Character;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A page of characters in id order." })
export class CharacterConnection {
  @Field(() => [CharacterEdge])
  edges!: CharacterEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "Characters matching the search, over all pages." })
  totalCount!: number;
}
