import type { GraphStore } from "../store/graph-store";
import type { AnalysisRunner } from "../analysis/workers/analysis-runner";
import { currentRequestSignal } from "../domain/request-cancellation";
import type { CharacterLookupService } from "./character-lookup.service";
import type { GraphViewService } from "./graph-views.service";
import type { ViewFilter } from "./view-filter";
import type { CharacterNode, CharacterPair, RelationshipEdge } from "../domain/graph-model";

export interface PathQuery extends ViewFilter {
  from: string;
  to: string;
  via: readonly string[];
  maxHops: number;
}

export interface PathsQuery extends ViewFilter {
  from: string;
  to: string;
  k: number;
  maxHops: number;
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
 * Each step shows the most specific relationship joining its two characters under the filter.
 */
export class PathService {
  constructor(
    private readonly views: GraphViewService,
    private readonly lookup: CharacterLookupService,
    private readonly runner: AnalysisRunner,
  ) {}

  async path(query: PathQuery): Promise<PathResult | null> {
    const stops = await this.lookup.resolveAll([query.from, ...query.via, query.to], "path");
    const store = await this.views.storeFor(query);
    // Each leg depends only on its two stops: searched side by side, joined in order.
    const legs = await Promise.all(
      stops.slice(1).map((stop, i) => this.leg(store, stops[i], stop, query)),
    );
    const characterIds = [stops[0].id];
    for (const leg of legs) {
      if (leg === null) return null;
      characterIds.push(...leg.slice(1));
    }
    return this.withSteps(store, characterIds, query);
  }

  /**
   * Up to k shortest simple paths (Yen's algorithm, on the AnalysisRunner), shortest first, ties
   * by id sequence.
   */
  async paths(query: PathsQuery): Promise<PathResult[]> {
    const [from, to] = await this.lookup.resolveAll([query.from, query.to], "paths");
    const source = await this.views.unfiltered(query);
    const found = await this.runner.run(
      source,
      { kind: "paths", from: from.id, to: to.id, k: query.k, maxHops: query.maxHops },
      currentRequestSignal(),
    );
    return Promise.all(
      found.map(async (characterIds) => {
        const pairs = stepsOf(characterIds);
        const joining = await this.views.relationshipsBetweenPairs(pairs, query);
        return { characterIds, steps: withRelationships(pairs, joining) };
      }),
    );
  }

  private leg(store: GraphStore, from: CharacterNode, to: CharacterNode, query: PathQuery) {
    return store.shortestPath(from.id, to.id, {
      maxHops: query.maxHops,
      types: query.types ?? undefined,
    });
  }

  private async withSteps(store: GraphStore, characterIds: string[], filter: ViewFilter) {
    const pairs = stepsOf(characterIds);
    const joining = await store.relationshipsBetweenPairs(pairs, {
      types: filter.types ?? undefined,
    });
    return { characterIds, steps: withRelationships(pairs, joining) };
  }
}

function stepsOf(characterIds: string[]): CharacterPair[] {
  return characterIds.slice(1).map((to, i): CharacterPair => [characterIds[i], to]);
}

/** Each step shows the first (most specific) relationship joining its two characters. */
function withRelationships(pairs: CharacterPair[], joining: RelationshipEdge[][]): PathStep[] {
  return pairs.map(([from, to], i) => ({ from, to, relationship: joining[i][0] }));
}
