import { Field, Int, ObjectType } from "type-graphql";
import { Character } from "./character.type";
import { Document } from "./document.type";

@ObjectType({ simpleResolvers: true, description: "What an ingest added to the graph." })
export class IngestResult {
  @Field(() => Document)
  document!: Document;

  @Field({
    description: "True when this text was already ingested under this title: nothing was written.",
  })
  alreadyPresent!: boolean;

  @Field(() => [Character], { description: "Characters the graph did not have." })
  charactersAdded!: Character[];

  @Field(() => [Character], { description: "Characters the graph had, now with more mentions." })
  charactersUpdated!: Character[];

  @Field(() => Int)
  relationshipsAdded!: number;

  @Field(() => Int, { description: "Relationships that gained evidence." })
  relationshipsUpdated!: number;
}
