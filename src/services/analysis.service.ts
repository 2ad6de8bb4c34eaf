import { rankCharacters } from "../analysis";
import type {
  CharacterMetrics,
  CommunityPartition,
  ConnectingSubgraph,
  RankMetric,
  RankedCharacter,
} from "../analysis";
import type { GraphSnapshot } from "../domain/graph-snapshot";
import type { AnalysisRunner } from "../analysis/workers/analysis-runner";
import type { AnalysisSource } from "../analysis/workers/analysis-tasks";
import { currentRequestSignal } from "../domain/request-cancellation";
import { SharedTask } from "../analysis/workers/shared-task";
import type { CharacterLookupService } from "./character-lookup.service";
import type { GraphViewService } from "./graph-views.service";
import { RecentlyUsed } from "./recently-used";
import type { ViewFilter } from "./view-filter";
import type { RelationshipEdge } from "../domain/graph-model";

export interface LinksResult {
  subgraph: ConnectingSubgraph;
  relationships: RelationshipEdge[];
}

type Column = Map<string, number>;
const METRICS = ["DEGREE", "WEIGHTED_DEGREE", "BETWEENNESS", "PAGERANK"] as const;

/** Filtered views whose results are kept per snapshot: each costs a whole-graph computation. */
const KEPT_VIEWS = 16;

/**
 * Whole-graph measures over a snapshot, so both stores give the same figures by construction.
 * They run on the AnalysisRunner (worker threads in the service, which also apply the view
 * filter) under the request's signal. Metrics are computed once per snapshot and filter
 * (betweenness is O(V·E)); requests asking for one at the same time wait for the same
 * computation.
 */
export class AnalysisService {
  private readonly columns = new WeakMap<GraphSnapshot, RecentlyUsed<string, SharedTask<Column>>>();
  private readonly tables = new WeakMap<
    GraphSnapshot,
    RecentlyUsed<string, Map<string, CharacterMetrics>>
  >();

  constructor(
    private readonly views: GraphViewService,
    private readonly lookup: CharacterLookupService,
    private readonly runner: AnalysisRunner,
  ) {}

  async metricsOf(id: string, filter: ViewFilter = {}): Promise<CharacterMetrics | null> {
    return (await this.metrics(filter)).get(id) ?? null;
  }

  async ranking(metric: RankMetric, first: number, filter: ViewFilter): Promise<RankedCharacter[]> {
    const source = await this.views.unfiltered(filter);
    return rankCharacters(await this.column(source, metric), first);
  }

  async communities(seed: number, filter: ViewFilter): Promise<CommunityPartition> {
    const source = await this.views.unfiltered(filter);
    return this.runner.run(source, { kind: "communities", seed }, currentRequestSignal());
  }

  /** The connecting subgraph and every relationship (under the filter) along its tree edges. */
  async links(between: readonly string[], filter: ViewFilter): Promise<LinksResult> {
    const named = await this.lookup.resolveAll(between, "between");
    const source = await this.views.unfiltered(filter);
    const subgraph = await this.runner.run(
      source,
      { kind: "links", terminalIds: named.map((c) => c.id) },
      currentRequestSignal(),
    );
    const joining = await this.views.relationshipsBetweenPairs(subgraph.pairs, filter);
    return { subgraph, relationships: joining.flat() };
  }

  /** Every character's metrics under the filter, in id order. */
  async allMetrics(filter: ViewFilter): Promise<CharacterMetrics[]> {
    return [...(await this.metrics(filter)).values()];
  }

  private async metrics(filter: ViewFilter): Promise<Map<string, CharacterMetrics>> {
    const source = await this.views.unfiltered(filter);
    const tables = this.perSnapshot(this.tables, source.snapshot);
    const key = JSON.stringify(source.filter);
    let table = tables.get(key);
    if (!table) {
      const [degree, weightedDegree, betweenness, pageRank] = await Promise.all(
        METRICS.map((metric) => this.column(source, metric)),
      );
      // Columns come in id order, so the table (and allMetrics) is in id order too.
      table = new Map(
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
      tables.set(key, table);
    }
    return table;
  }

  private column(source: AnalysisSource, metric: RankMetric): Promise<Column> {
    const tasks = this.perSnapshot(this.columns, source.snapshot);
    const key = JSON.stringify([source.filter, metric]);
    let task = tasks.get(key);
    if (!task || task.spent) {
      task = new SharedTask(async (signal) => {
        const values = await this.runner.run(source, { kind: "metric", metric }, signal);
        return new Map(values);
      });
      tasks.set(key, task);
    }
    return task.wait(currentRequestSignal());
  }

  private perSnapshot<V>(
    cache: WeakMap<GraphSnapshot, RecentlyUsed<string, V>>,
    snapshot: GraphSnapshot,
  ): RecentlyUsed<string, V> {
    let entries = cache.get(snapshot);
    if (!entries) {
      entries = new RecentlyUsed(KEPT_VIEWS * METRICS.length);
      cache.set(snapshot, entries);
    }
    return entries;
  }
}
