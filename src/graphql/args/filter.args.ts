import { ArrayMaxSize, Min } from "class-validator";
import { ArgsType, Field, Float, ID } from "type-graphql";
import type { RelationshipType } from "../../domain/vocabulary";
import { RelationshipTypeEnum } from "../relationship-type.enum";

/** Filters shared by every question over relationships: by type, weight, document, pronouns. */
@ArgsType()
export class FilterArgs {
  @Field(() => [RelationshipTypeEnum], {
    nullable: true,
    description: "Only these relationship types.",
  })
  @ArrayMaxSize(20)
  types?: RelationshipType[] | null;

  @Field(() => Float, {
    nullable: true,
    description: "Only relationships at least this heavy (after the document filter).",
  })
  @Min(0)
  minWeight?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only evidence from these documents (e.g. the episodes so far); weights are recounted.",
  })
  @ArrayMaxSize(100)
  documents?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      "Whether evidence read through a pronoun counts; false drops it (weights are recounted).",
  })
  pronouns?: boolean | null;
}
