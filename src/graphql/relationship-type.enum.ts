import { registerEnumType } from "type-graphql";
import { RELATIONSHIP_TYPES, type RelationshipType } from "../domain/vocabulary";

/** The closed vocabulary as a GraphQL enum, so an unknown type is refused before any resolver runs. */
export const RelationshipTypeEnum = Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, t])) as {
  [K in RelationshipType]: K;
};

registerEnumType(RelationshipTypeEnum, {
  name: "RelationshipType",
  description: "The closed relationship vocabulary; see the README for each type's public mapping.",
});
