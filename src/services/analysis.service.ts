import {
  SnapshotMetrics,
  communities,
  connectingSubgraph,
  rankCharacters,
} from "../store/analysis";
import type {
  CharacterMetrics,
  CommunityPartition,
  ConnectingSubgraph,
  RankMetric,
  RankedCharacter,
} from "../store/analysis";
import type { GraphSnapshot } from "../store/graph-snapshot";
import type { RelationshipEdge } from "../store/graph-store";
import type { CharacterLookupService } from "./character-lookup.service";
import type { GraphViewService } from "./graph-views.service";
import type { ViewFilter } from "./view-filter";

export interface LinksResult {
  subgraph: ConnectingSubgraph;
  relationships: RelationshipEdge[];
}

/**
 * Whole-graph measures over a snapshot, so both stores give the same figures by construction.
 * Metrics are computed once per snapshot (betweenness is O(V·E)).
 */
export class AnalysisService {
  private readonly metricsBySnapshot = new WeakMap<GraphSnapshot, SnapshotMetrics>();
  private readonly allBySnapshot = new WeakMap<GraphSnapshot, Map<string, CharacterMetrics>>();

  constructor(
    private readonly views: GraphViewService,
    private readonly lookup: CharacterLookupService,
  ) {}

  async metricsOf(id: string, filter: ViewFilter = {}): Promise<CharacterMetrics | null> {
    return (await this.metrics(filter)).get(id) ?? null;
  }

  async ranking(metric: RankMetric, first: number, filter: ViewFilter): Promise<RankedCharacter[]> {
    const snapshot = await this.views.snapshot(filter);
    return rankCharacters(this.metricsFor(snapshot).column(metric), first);
  }

  async communities(seed: number, filter: ViewFilter): Promise<CommunityPartition> {
    return communities(await this.views.snapshot(filter), seed);
  }

  /** The connecting subgraph and every relationship (under the filter) along its tree edges. */
  async links(between: readonly string[], filter: ViewFilter): Promise<LinksResult> {
    const named = await this.lookup.resolveAll(between, "between");
    const subgraph = connectingSubgraph(
      await this.views.snapshot(filter),
      named.map((c) => c.id),
    );
    const store = await this.views.storeFor(filter);
    const types = filter.types ?? undefined;
    const joining = await store.relationshipsBetweenPairs(subgraph.pairs, { types });
    return { subgraph, relationships: joining.flat() };
  }

  /** Every character's metrics under the filter, in id order. */
  async allMetrics(filter: ViewFilter): Promise<CharacterMetrics[]> {
    return [...(await this.metrics(filter)).values()].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
  }

  private async metrics(filter: ViewFilter): Promise<Map<string, CharacterMetrics>> {
    const snapshot = await this.views.snapshot(filter);
    let metrics = this.allBySnapshot.get(snapshot);
    if (!metrics) {
      metrics = new Map(
        this.metricsFor(snapshot)
          .all()
          .map((m) => [m.id, m]),
      );
      this.allBySnapshot.set(snapshot, metrics);
    }
    return metrics;
  }

  private metricsFor(snapshot: GraphSnapshot): SnapshotMetrics {
    let metrics = this.metricsBySnapshot.get(snapshot);
    if (!metrics) {
      metrics = new SnapshotMetrics(snapshot);
      this.metricsBySnapshot.set(snapshot, metrics);
    }
    return metrics;
  }
}
