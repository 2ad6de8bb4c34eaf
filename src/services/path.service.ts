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
  /** The characters themselves, when the store gave them with the path. */
  characters?: CharacterNode[];
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
    // The store walks every leg and reads the steps and characters at once: on Neo4j, one
    // statement for the whole answer.
    const walked = await store.pathThrough(
      stops.map((stop) => stop.id),
      { maxHops: query.maxHops, types: query.types ?? undefined },
    );
    if (walked === null) return null;
    const characterIds = walked.characters.map((c) => c.id);
    const pairs = stepsOf(characterIds);
    return {
      characterIds,
      characters: walked.characters,
      steps: withRelationships(pairs, walked.steps),
    };
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
}

function stepsOf(characterIds: string[]): CharacterPair[] {
  return characterIds.slice(1).map((to, i): CharacterPair => [characterIds[i], to]);
}

/** Each step shows the first (most specific) relationship joining its two characters. */
function withRelationships(pairs: CharacterPair[], joining: RelationshipEdge[][]): PathStep[] {
  return pairs.map(([from, to], i) => ({ from, to, relationship: joining[i][0] }));
}
