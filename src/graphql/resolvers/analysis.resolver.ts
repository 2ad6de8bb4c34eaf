import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { AnalysisService } from "../../services/analysis.service";
import { CommunitiesArgs } from "../args/communities.args";
import { LinksArgs } from "../args/links.args";
import { RankingArgs } from "../args/ranking.args";
import type { RequestContext } from "../context";
import { QUERY_COST } from "../query-cost";
import {
  presentCommunities,
  presentLinks,
  presentMetricsStatus,
  presentRanking,
} from "../present-analysis";
import { Communities } from "../types/community.type";
import { Links } from "../types/links.type";
import { MetricsStatus } from "../types/metrics-status.type";
import { RankedCharacter } from "../types/ranking.type";

@Resolver()
export class AnalysisResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @Query(() => Links, {
    complexity: QUERY_COST.links,
    description:
      "Who links these characters: the smallest connecting subgraph found, and its linkers.",
  })
  links(
    @Args() { between, ...filter }: LinksArgs,
    @Ctx() { loaders }: RequestContext,
  ): Promise<Links> {
    return this.analysis.links(between, filter).then((r) => presentLinks(r, loaders));
  }

  @Query(() => [RankedCharacter], {
    complexity: QUERY_COST.ranking,
    description: "Characters ranked by a centrality measure, highest first.",
  })
  ranking(
    @Args() { metric, first, ...filter }: RankingArgs,
    @Ctx() { loaders }: RequestContext,
  ): Promise<RankedCharacter[]> {
    return this.analysis.ranking(metric, first, filter).then((r) => presentRanking(r, loaders));
  }

  @Query(() => Communities, {
    complexity: QUERY_COST.communities,
    description: "Communities by Louvain, weighted, seeded so they repeat.",
  })
  communities(
    @Args() { seed, ...filter }: CommunitiesArgs,
    @Ctx() { loaders }: RequestContext,
  ): Promise<Communities> {
    return this.analysis.communities(seed, filter).then((r) => presentCommunities(r, loaders));
  }

  @Query(() => MetricsStatus, {
    description:
      "Whether the whole graph's metrics and communities are computed yet, and on which snapshot.",
  })
  metricsStatus(): MetricsStatus {
    return presentMetricsStatus(this.analysis.status());
  }
}
