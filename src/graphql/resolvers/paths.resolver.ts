import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { PathService } from "../../services/path.service";
import { PathsArgs } from "../args/paths.args";
import type { RequestContext } from "../context";
import { QUERY_COST } from "../query-cost";
import { presentPath } from "../present";
import { Path } from "../types/path.type";

@Resolver()
export class PathsResolver {
  constructor(private readonly pathService: PathService) {}

  @Query(() => [Path], {
    complexity: QUERY_COST.paths,
    description:
      "Up to k shortest simple paths (Yen's algorithm), shortest first; equally long ones by id sequence.",
  })
  paths(@Args() args: PathsArgs, @Ctx() { loaders }: RequestContext): Promise<Path[]> {
    return this.pathService
      .paths(args)
      .then((found) => Promise.all(found.map((p) => presentPath(p, loaders) as Promise<Path>)));
  }
}
