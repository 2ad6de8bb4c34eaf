import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A character of the story." })
export class Character {
  @Field(() => ID, { description: "A stable slug of the canonical name, e.g. luke-cage." })
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: "Other names the character goes by in the text." })
  aliases!: string[];

  @Field(() => Int, { description: "How many times the character is named across all documents." })
  mentions!: number;

  @Field(() => Float, {
    description: "1 for curated characters, lower for names discovered in text.",
  })
  confidence!: number;
}
