import { rankCharacters } from "../store/analysis";
import type {
  CharacterMetrics,
  CommunityPartition,
  ConnectingSubgraph,
  RankMetric,
  RankedCharacter,
} from "../store/analysis";
import type { GraphSnapshot } from "../store/graph-snapshot";
import type { RelationshipEdge } from "../store/graph-store";
import type { AnalysisRunner } from "../workers/analysis-runner";
import { currentRequestSignal } from "../workers/request-cancellation";
import { SharedTask } from "../workers/shared-task";
import type { CharacterLookupService } from "./character-lookup.service";
import type { GraphViewService } from "./graph-views.service";
import type { ViewFilter } from "./view-filter";

export interface LinksResult {
  subgraph: ConnectingSubgraph;
  relationships: RelationshipEdge[];
}

type Column = Map<string, number>;

/**
 * Whole-graph measures over a snapshot, so both stores give the same figures by construction.
 * They run on the AnalysisRunner (worker threads in the service) under the request's signal.
 * Metrics are computed once per snapshot (betweenness is O(V·E)); requests asking for one at
 * the same time wait for the same computation.
 */
export class AnalysisService {
  private readonly columns = new WeakMap<GraphSnapshot, Map<RankMetric, SharedTask<Column>>>();
  private readonly allBySnapshot = new WeakMap<GraphSnapshot, Map<string, CharacterMetrics>>();

  constructor(
    private readonly views: GraphViewService,
    private readonly lookup: CharacterLookupService,
    private readonly runner: AnalysisRunner,
  ) {}

  async metricsOf(id: string, filter: ViewFilter = {}): Promise<CharacterMetrics | null> {
    return (await this.metrics(filter)).get(id) ?? null;
  }

  async ranking(metric: RankMetric, first: number, filter: ViewFilter): Promise<RankedCharacter[]> {
    const snapshot = await this.views.snapshot(filter);
    return rankCharacters(await this.column(snapshot, metric), first);
  }

  async communities(seed: number, filter: ViewFilter): Promise<CommunityPartition> {
    const snapshot = await this.views.snapshot(filter);
    return this.runner.run(snapshot, { kind: "communities", seed }, currentRequestSignal());
  }

  /** The connecting subgraph and every relationship (under the filter) along its tree edges. */
  async links(between: readonly string[], filter: ViewFilter): Promise<LinksResult> {
    const named = await this.lookup.resolveAll(between, "between");
    const snapshot = await this.views.snapshot(filter);
    const subgraph = await this.runner.run(
      snapshot,
      { kind: "links", terminalIds: named.map((c) => c.id) },
      currentRequestSignal(),
    );
    const store = await this.views.storeFor(filter);
    const types = filter.types ?? undefined;
    const joining = await store.relationshipsBetweenPairs(subgraph.pairs, { types });
    return { subgraph, relationships: joining.flat() };
  }

  /** Every character's metrics under the filter, in id order. */
  async allMetrics(filter: ViewFilter): Promise<CharacterMetrics[]> {
    return [...(await this.metrics(filter)).values()];
  }

  private async metrics(filter: ViewFilter): Promise<Map<string, CharacterMetrics>> {
    const snapshot = await this.views.snapshot(filter);
    let metrics = this.allBySnapshot.get(snapshot);
    if (!metrics) {
      const [degree, weightedDegree, betweenness, pageRank] = await Promise.all(
        (["DEGREE", "WEIGHTED_DEGREE", "BETWEENNESS", "PAGERANK"] as const).map((metric) =>
          this.column(snapshot, metric),
        ),
      );
      // Columns come in id order, so the map (and allMetrics) is in id order too.
      metrics = new Map(
        [...degree].map(([id, value]) => [
          id,
          {
            id,
            degree: value,
            weightedDegree: weightedDegree.get(id)!,
            betweenness: betweenness.get(id)!,
            pageRank: pageRank.get(id)!,
          },
        ]),
      );
      this.allBySnapshot.set(snapshot, metrics);
    }
    return metrics;
  }

  private column(snapshot: GraphSnapshot, metric: RankMetric): Promise<Column> {
    let tasks = this.columns.get(snapshot);
    if (!tasks) {
      tasks = new Map();
      this.columns.set(snapshot, tasks);
    }
    let task = tasks.get(metric);
    if (!task || task.spent) {
      task = new SharedTask(async (signal) => {
        const values = await this.runner.run(snapshot, { kind: "metric", metric }, signal);
        return new Map(values);
      });
      tasks.set(metric, task);
    }
    return task.wait(currentRequestSignal());
  }
}
