import { Field, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "The sentence a relationship was read from: text.slice(start, end) === quote.",
})
export class Evidence {
  @Field()
  quote!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field({
    description:
      "Whether one end of the relationship was read only through a pronoun in this sentence.",
  })
  viaPronoun!: boolean;

  /** Resolved to a Document by EvidenceResolver. */
  documentId!: string;
}
