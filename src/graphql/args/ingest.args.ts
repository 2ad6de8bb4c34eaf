import { IsNotEmpty, MaxLength } from "class-validator";
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
}
