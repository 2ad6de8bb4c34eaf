import type { RelationshipType } from "../domain/vocabulary";
import type { CharacterNode, GraphStore, RelationshipEdge } from "../store/graph-store";
import type { CharacterLookupService } from "./character-lookup.service";

export interface PathQuery {
  from: string;
  to: string;
  via: readonly string[];
  maxHops: number;
  types?: readonly RelationshipType[] | null;
}

export interface PathStep {
  from: string;
  to: string;
  relationship: RelationshipEdge;
}

export interface PathResult {
  /** Character ids in walking order, waypoints included once. */
  characterIds: string[];
  steps: PathStep[];
}

/**
 * Shortest paths through waypoints: one shortest leg per consecutive pair (from, via..., to),
 * each at most maxHops long, joined end to end. A leg whose ends are the same character is empty.
 * Each step shows the most specific relationship joining its two characters.
 */
export class PathService {
  constructor(
    private readonly store: GraphStore,
    private readonly lookup: CharacterLookupService,
  ) {}

  async path(query: PathQuery): Promise<PathResult | null> {
    const stops = await this.lookup.resolveAll([query.from, ...query.via, query.to], "path");
    const characterIds = [stops[0].id];
    for (let i = 1; i < stops.length; i++) {
      const leg = await this.leg(stops[i - 1], stops[i], query);
      if (leg === null) return null;
      characterIds.push(...leg.slice(1));
    }
    const steps = await Promise.all(
      characterIds.slice(1).map((to, i) => this.step(characterIds[i], to, query.types)),
    );
    return { characterIds, steps };
  }

  private leg(from: CharacterNode, to: CharacterNode, query: PathQuery) {
    return this.store.shortestPath(from.id, to.id, { maxHops: query.maxHops, types: query.types ?? undefined });
  }

  private async step(from: string, to: string, types?: readonly RelationshipType[] | null) {
    const [relationship] = await this.store.relationshipsBetween(from, to, { types: types ?? undefined });
    return { from, to, relationship };
  }
}
