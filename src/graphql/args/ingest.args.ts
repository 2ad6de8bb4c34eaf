import { IsNotEmpty, IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { LIMITS } from "./limits";

@ArgsType()
export class IngestArgs {
  @Field({ description: "The document's title, e.g. 'Season 1, episode 2'." })
  @IsNotEmpty()
  @MaxLength(LIMITS.nameLength)
  title!: string;

  @Field({
    description:
      "The text: a recap, a synopsis, a plot section (size limited by INGEST_MAX_BYTES).",
  })
  @IsNotEmpty()
  text!: string;

  @Field({
    nullable: true,
    description:
      "The curated work (series or shared universe) the text belongs to, e.g. 'Marvel Netflix' or 'Daredevil': its cast's first names are then trusted.",
  })
  @IsOptional()
  @MaxLength(LIMITS.nameLength)
  work?: string;
}
