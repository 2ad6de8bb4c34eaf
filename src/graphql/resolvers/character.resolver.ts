import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { CharacterListingService } from "../../services/character-listing.service";
import type { AnalysisService } from "../../services/analysis.service";
import type { CharacterLookupService } from "../../services/character-lookup.service";
import { filterRelationshipsOf } from "../../services/graph-views.service";
import { CharacterArgs } from "../args/character.args";
import { CharactersArgs } from "../args/characters.args";
import { RelationshipsArgs } from "../args/relationships.args";
import type { RequestContext } from "../context";
import { QUERY_COST } from "../query-cost";
import { presentConnection } from "../present-connection";
import { presentRelationship } from "../present";
import { presentComputation } from "../present-analysis";
import { Character } from "../types/character.type";
import { CharacterConnection } from "../types/character-connection.type";
import { CharacterMetricsType } from "../types/character-metrics.type";
import { Person } from "../types/person.type";
import { Relationship } from "../types/relationship.type";

@Resolver(() => Character)
export class CharacterResolver {
  constructor(
    private readonly lookup: CharacterLookupService,
    private readonly listing: CharacterListingService,
    private readonly analysis: AnalysisService,
  ) {}

  @Query(() => Character, { description: "One character by any name or alias." })
  character(@Args() { name }: CharacterArgs): Promise<Character> {
    return this.lookup.resolve(name);
  }

  @Query(() => CharacterConnection, {
    description: "Characters in id order, a page at a time.",
    complexity: QUERY_COST.perItem,
  })
  characters(@Args() args: CharactersArgs): Promise<CharacterConnection> {
    return this.listing.page(args).then(presentConnection);
  }

  @FieldResolver(() => [Relationship], {
    description: "Most specific first, then heaviest.",
    complexity: QUERY_COST.perItem,
  })
  async relationships(
    @Root() character: Character,
    @Args() { first, ...filter }: RelationshipsArgs,
    @Ctx() { loaders }: RequestContext,
  ): Promise<Relationship[]> {
    const edges = await loaders.relationships.load({
      id: character.id,
      types: filter.types ?? undefined,
    });
    return filterRelationshipsOf(character.id, edges, filter)
      .slice(0, first)
      .map(presentRelationship);
  }

  @FieldResolver(() => CharacterMetricsType, { description: "Centrality in the whole graph." })
  async metrics(@Root() character: Character): Promise<CharacterMetricsType> {
    const { computedFor, ...metrics } = await this.analysis.metricsOf(character.id);
    return { ...metrics, computedFor: presentComputation(computedFor) };
  }

  @FieldResolver(() => [Person], { description: "The people who play this character." })
  portrayedBy(@Root() character: Character, @Ctx() { loaders }: RequestContext): Promise<Person[]> {
    return loaders.portrayers.load(character.id);
  }
}
