import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A source text the graph was read from." })
export class Document {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: "Where the text came from when it was extracted." })
  source!: string;

  @Field(() => Int, { description: "Length of the text in UTF-16 code units." })
  length!: number;
}
