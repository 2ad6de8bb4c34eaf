import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, Info, Query, Resolver } from "type-graphql";
import type { NeighbourhoodService } from "../../services/neighbourhood.service";
import { NeighbourhoodArgs } from "../args/neighbourhood.args";
import type { RequestContext } from "../context";
import { QUERY_COST } from "../query-cost";
import { presentNeighbourhood } from "../present-neighbourhood";
import { selectsField } from "../selects-field";
import { Neighbourhood } from "../types/neighbourhood.type";

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  constructor(private readonly neighbourhoods: NeighbourhoodService) {}

  @Query(() => Neighbourhood, {
    complexity: QUERY_COST.neighbourhood,
    description: "A character's circle within depth hops.",
  })
  neighbourhood(
    @Args() args: NeighbourhoodArgs,
    @Ctx() { loaders }: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Neighbourhood> {
    const membersOnly = !selectsField(info, "relationships");
    return this.neighbourhoods
      .neighbourhood({ ...args, membersOnly })
      .then((r) => presentNeighbourhood(r, loaders));
  }
}
