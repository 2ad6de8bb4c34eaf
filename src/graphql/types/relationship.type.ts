import { Field, Float, ObjectType } from "type-graphql";
import { Evidence } from "./evidence.type";

@ObjectType({
  simpleResolvers: true,
  description: "How two characters relate, with the sentences that say so.",
})
export class Relationship {
  @Field({ description: "A RelationshipType: FAMILY_OF, ROMANTIC_WITH, ..., INTERACTS_WITH." })
  type!: string;

  @Field(() => String, {
    nullable: true,
    description: "FAMILY_OF: sibling, parent, ...; WORKS_FOR: lawyer, ...",
  })
  role!: string | null;

  @Field(() => Float, { nullable: true, description: "INTERACTS_WITH: sentences naming both." })
  weight!: number | null;

  @Field(() => [Evidence])
  evidence!: Evidence[];

  /** Resolved to Characters by RelationshipResolver. */
  sourceId!: string;
  targetId!: string;
}
