import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "A real person: actor, writer, showrunner." })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => [String], { description: "actor, showrunner, writer, director, ..." })
  roles!: string[];
}
