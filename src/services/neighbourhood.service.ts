import type { RelationshipType } from "../domain/vocabulary";
import type { GraphStore, NeighbourhoodResult } from "../store/graph-store";
import type { CharacterLookupService } from "./character-lookup.service";

export interface NeighbourhoodQuery {
  of: string;
  depth: number;
  types?: readonly RelationshipType[] | null;
}

/** A character's circle: everyone within `depth` hops and the relationships among them. */
export class NeighbourhoodService {
  constructor(
    private readonly store: GraphStore,
    private readonly lookup: CharacterLookupService,
  ) {}

  async neighbourhood(query: NeighbourhoodQuery): Promise<NeighbourhoodResult & { centre: string }> {
    const centre = await this.lookup.resolve(query.of, "of");
    const result = await this.store.neighbourhood(centre.id, query.depth, { types: query.types ?? undefined });
    return { centre: centre.id, ...result };
  }
}
