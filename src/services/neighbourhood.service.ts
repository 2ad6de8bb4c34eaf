import type { NeighbourhoodResult } from "../store/graph-store";
import type { CharacterLookupService } from "./character-lookup.service";
import type { GraphViewService } from "./graph-views.service";
import type { ViewFilter } from "./view-filter";

export interface NeighbourhoodQuery extends ViewFilter {
  of: string;
  depth: number;
  /** Leave out the relationships among the members (when nobody asked for them). */
  membersOnly?: boolean;
}

/** A character's circle: everyone within `depth` hops and the relationships among them. */
export class NeighbourhoodService {
  constructor(
    private readonly views: GraphViewService,
    private readonly lookup: CharacterLookupService,
  ) {}

  async neighbourhood(
    query: NeighbourhoodQuery,
  ): Promise<NeighbourhoodResult & { centre: string }> {
    const centre = await this.lookup.resolve(query.of, "of");
    const store = await this.views.storeFor(query);
    const result = await store.neighbourhood(
      centre.id,
      query.depth,
      { types: query.types ?? undefined },
      { members: query.membersOnly ? "only" : "with-relationships" },
    );
    return { centre: centre.id, ...result };
  }
}
