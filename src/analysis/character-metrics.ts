import pagerank from "graphology-metrics/centrality/pagerank";
import type { GraphSnapshot } from "../domain/graph-snapshot";
import { compareStrings } from "../domain/relationship-order";
import { betweennessCentrality } from "./betweenness";
import { type CharacterGraph, buildCharacterGraph } from "./character-graph";
import { CharacterIndex } from "./character-index";
import type { CharacterMetrics, RankedCharacter, RankMetric } from "./metric-types";

/**
 * Fixed so that results do not depend on library defaults. PageRank stops when the L1 change
 * of the whole vector is below order * tolerance; 1e-10 leaves the 6th decimal settled.
 */
const PAGERANK = { alpha: 0.85, maxIterations: 1000, tolerance: 1e-10 } as const;

/**
 * Degree, weighted degree, betweenness and PageRank of every character, in id order.
 *
 * - degree: distinct neighbours (several relationships with one character count once);
 * - weightedDegree: sum of the weights of the character's relationships;
 * - betweenness: unweighted (hops), normalized by (n - 1)(n - 2); the same numbers as
 *   graphology-metrics' betweenness, computed by a leaner Brandes (see ./betweenness);
 * - pageRank: graphology-metrics, each pair weighted by the sum of its relationships' weights.
 *
 * Numbers are rounded to 6 decimals: floating-point noise below that must not make two stores'
 * answers differ. Cost: betweenness is Brandes' O(n * m): for 6,500 characters and 170,000
 * pairs, about 2e9 arc visits, several seconds to tens of seconds of CPU. Compute it off the
 * request path and cache the result per snapshot.
 */
export function characterMetrics(snapshot: GraphSnapshot): CharacterMetrics[] {
  return new SnapshotMetrics(snapshot).all();
}

/**
 * The metrics of one snapshot, each computed when first asked for: a PageRank ranking must not
 * wait for betweenness, which costs orders of magnitude more.
 */
export class SnapshotMetrics {
  private built: { graph: ReturnType<typeof buildCharacterGraph> } | null = null;
  private readonly columns = new Map<RankMetric, Map<string, number>>();

  constructor(private readonly snapshot: GraphSnapshot) {}

  /** Every character's value of one metric. */
  column(metric: RankMetric): Map<string, number> {
    let values = this.columns.get(metric);
    if (!values) {
      values = this.compute(metric);
      this.columns.set(metric, values);
    }
    return values;
  }

  /** Every metric of every character, in the character graph's order (id order). */
  all(): CharacterMetrics[] {
    const { graph } = this.graph();
    if (graph.order === 0) return [];
    const [degree, weightedDegree, betweenness, pageRank] = (
      ["DEGREE", "WEIGHTED_DEGREE", "BETWEENNESS", "PAGERANK"] as const
    ).map((metric) => this.column(metric));
    return graph.mapNodes((id) => ({
      id,
      degree: degree.get(id)!,
      weightedDegree: weightedDegree.get(id)!,
      betweenness: betweenness.get(id)!,
      pageRank: pageRank.get(id)!,
    }));
  }

  /** The snapshot's character graph, built once for every metric (and communities). */
  characterGraph(): CharacterGraph {
    return this.graph().graph;
  }

  private graph() {
    this.built ??= { graph: buildCharacterGraph(this.snapshot) };
    return this.built;
  }

  private compute(metric: RankMetric): Map<string, number> {
    const { graph } = this.graph();
    const byNode = (value: (id: string) => number) =>
      new Map(graph.mapNodes((id) => [id, value(id)] as const));
    switch (metric) {
      case "DEGREE":
        return byNode((id) => graph.degree(id));
      case "WEIGHTED_DEGREE":
        return byNode((id) =>
          round6(graph.reduceEdges(id, (sum, _e, attributes) => sum + attributes.weight, 0)),
        );
      case "BETWEENNESS": {
        if (graph.order === 0) return new Map();
        const index = CharacterIndex.of(this.snapshot);
        const betweenness = betweennessCentrality(index);
        return byNode((id) => round6(betweenness[index.indexOf(id) ?? -1]));
      }
      case "PAGERANK": {
        if (graph.order === 0) return new Map();
        const rank = pagerank(graph, { getEdgeWeight: "weight", ...PAGERANK });
        return byNode((id) => round6(rank[id]));
      }
      default:
        return unreachable(metric);
    }
  }
}

/** The first `first` characters by their values, highest first, ties by id ascending. */
export function rankCharacters(values: Map<string, number>, first: number): RankedCharacter[] {
  return [...values]
    .map(([id, value]) => ({ id, value }))
    .sort((a, b) => b.value - a.value || compareStrings(a.id, b.id))
    .slice(0, Math.max(0, first));
}

function unreachable(value: never): never {
  throw new Error(`unknown metric: ${String(value)}`);
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
