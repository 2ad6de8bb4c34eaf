import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../context";
import { loadCharacters } from "../present";
import { Character } from "../types/character.type";
import { Relationship } from "../types/relationship.type";

@Resolver(() => Relationship)
export class RelationshipResolver {
  @FieldResolver(() => Character, {
    description: "Who the relationship starts from (for directed types, the actor).",
  })
  async source(
    @Root() relationship: Relationship,
    @Ctx() { loaders }: RequestContext,
  ): Promise<Character> {
    return (await loadCharacters(loaders, [relationship.sourceId]))[0];
  }

  @FieldResolver(() => Character)
  async target(
    @Root() relationship: Relationship,
    @Ctx() { loaders }: RequestContext,
  ): Promise<Character> {
    return (await loadCharacters(loaders, [relationship.targetId]))[0];
  }
}
