import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { PathService } from "../../services/path.service";
import { PathArgs } from "../args/path.args";
import type { RequestContext } from "../context";
import { QUERY_COST } from "../query-cost";
import { presentPath } from "../present";
import { Path } from "../types/path.type";

@Resolver(() => Path)
export class PathResolver {
  constructor(private readonly paths: PathService) {}

  @Query(() => Path, {
    complexity: QUERY_COST.path,
    nullable: true,
    description:
      "The shortest path from one character through each waypoint in order to another; null when there is none within maxHops.",
  })
  path(@Args() args: PathArgs, @Ctx() { loaders }: RequestContext): Promise<Path | null> {
    return this.paths.path({ ...args, via: args.via ?? [] }).then((r) => presentPath(r, loaders));
  }
}
