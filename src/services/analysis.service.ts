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
import type { BackgroundMetrics } from "./background-metrics";
import type { CharacterLookupService } from "./character-lookup.service";
import type { GraphViewService } from "./graph-views.service";
import { linksThroughStore } from "./links-expansion";
import {
  type ComputedFor,
  type MetricsComputation,
  type MetricsStatus,
  provenanceOf,
} from "./metrics-computation";
import { RecentlyUsed } from "./recently-used";
import type { ViewFilter } from "./view-filter";
import type { RelationshipEdge } from "../domain/graph-model";

export interface LinksResult {
  subgraph: ConnectingSubgraph;
  relationships: RelationshipEdge[];
}

type Column = Map<string, number>;
type Versioned = AnalysisSource & { version: number };

/** An answer and the computation it comes from. */
export type Computed<T> = T & { computedFor: ComputedFor };
const METRICS = ["DEGREE", "WEIGHTED_DEGREE", "BETWEENNESS", "PAGERANK"] as const;

/** Filtered views whose results are kept per snapshot: each costs a whole-graph computation. */
const KEPT_VIEWS = 16;

/**
 * Whole-graph measures over a snapshot, so both stores give the same figures by construction.
 *
 * For the whole graph, with `background` (the service), metrics and the default communities
 * come from the last computation BackgroundMetrics completed: never computed for a request.
 * Filtered views (and the CLI, which has no background) compute on demand on the
 * AnalysisRunner (worker threads in the service, which also apply the view filter) under the
 * request's signal, once per snapshot and filter (betweenness is O(V·E)); requests asking for
 * one at the same time wait for the same computation.
 */
export class AnalysisService {
  private readonly columns = new WeakMap<
    GraphSnapshot,
    RecentlyUsed<string, SharedTask<Computed<{ values: Column }>>>
  >();
  private readonly tables = new WeakMap<
    GraphSnapshot,
    RecentlyUsed<string, Computed<{ table: Map<string, CharacterMetrics> }>>
  >();
  private readonly backgroundTables = new WeakMap<
    MetricsComputation,
    Map<string, CharacterMetrics>
  >();

  constructor(
    private readonly views: GraphViewService,
    private readonly lookup: CharacterLookupService,
    private readonly runner: AnalysisRunner,
    private readonly background: BackgroundMetrics | null = null,
  ) {}

  /** A character's metrics; zeros for a character the computation did not know. */
  async metricsOf(id: string, filter: ViewFilter = {}): Promise<Computed<CharacterMetrics>> {
    const { table, computedFor } = await this.metrics(filter);
    const zeros = { id, degree: 0, weightedDegree: 0, betweenness: 0, pageRank: 0 };
    return { ...(table.get(id) ?? zeros), computedFor };
  }

  async ranking(
    metric: RankMetric,
    first: number,
    filter: ViewFilter,
  ): Promise<Computed<{ ranked: RankedCharacter[] }>> {
    const source = await this.views.unfiltered(filter);
    const { values, computedFor } = await this.column(source, metric);
    return { ranked: rankCharacters(values, first), computedFor };
  }

  async communities(seed: number, filter: ViewFilter): Promise<Computed<CommunityPartition>> {
    const source = await this.views.unfiltered(filter);
    const ahead = await this.fromBackground(source);
    if (ahead && seed === ahead.communitiesSeed) {
      return { ...ahead.computation.communities, computedFor: provenanceOf(ahead.computation) };
    }
    const partition = await this.runner.run(
      source,
      { kind: "communities", seed },
      currentRequestSignal(),
    );
    return { ...partition, computedFor: onDemand(source.version) };
  }

  /** Where the background computation stands (nothing computing without one: the CLI). */
  status(): MetricsStatus & { snapshotVersion: number } {
    const status = this.background?.status() ?? { serving: null, computing: null, failure: null };
    return { ...status, snapshotVersion: this.views.versions.current };
  }

  /** The connecting subgraph and every relationship (under the filter) along its tree edges. */
  async links(between: readonly string[], filter: ViewFilter): Promise<LinksResult> {
    const named = await this.lookup.resolveAll(between, "between");
    const subgraph = await this.connect(
      named.map((c) => c.id),
      filter,
    );
    const joining = await this.views.relationshipsBetweenPairs(subgraph.pairs, filter);
    return { subgraph, relationships: joining.flat() };
  }

  /**
   * Neo4j is walked a layer at a time, since its snapshot takes seconds to read and may be a TTL
   * old, while the search needs two or three layers around the named characters. The memory
   * store's snapshot is at hand, and the pool's index of it is faster than a call per layer:
   * there the pool runs the same search, off the event loop. Same tree either way.
   */
  private async connect(terminalIds: string[], filter: ViewFilter): Promise<ConnectingSubgraph> {
    const signal = currentRequestSignal();
    const store = this.views.walkable(filter);
    if (store?.kind === "neo4j") {
      return linksThroughStore(store, terminalIds, { types: filter.types ?? undefined }, signal);
    }
    const source = await this.views.unfiltered(filter);
    return this.runner.run(source, { kind: "links", terminalIds }, signal);
  }

  /** Every character's metrics under the filter, in id order. */
  async allMetrics(filter: ViewFilter): Promise<CharacterMetrics[]> {
    return [...(await this.metrics(filter)).table.values()];
  }

  private async metrics(
    filter: ViewFilter,
  ): Promise<Computed<{ table: Map<string, CharacterMetrics> }>> {
    const source = await this.views.unfiltered(filter);
    const ahead = await this.fromBackground(source);
    if (ahead) {
      const { computation } = ahead;
      let table = this.backgroundTables.get(computation);
      if (!table) {
        table = tableOf(computation.columns);
        this.backgroundTables.set(computation, table);
      }
      return { table, computedFor: provenanceOf(computation) };
    }
    const tables = this.perSnapshot(this.tables, source.snapshot);
    const key = JSON.stringify(source.filter);
    let entry = tables.get(key);
    if (!entry) {
      const columns = await Promise.all(METRICS.map((metric) => this.column(source, metric)));
      const [DEGREE, WEIGHTED_DEGREE, BETWEENNESS, PAGERANK] = columns.map((c) => c.values);
      entry = {
        table: tableOf({ DEGREE, WEIGHTED_DEGREE, BETWEENNESS, PAGERANK }),
        computedFor: columns[2].computedFor,
      };
      tables.set(key, entry);
    }
    return entry;
  }

  private async column(
    source: Versioned,
    metric: RankMetric,
  ): Promise<Computed<{ values: Column }>> {
    const ahead = await this.fromBackground(source);
    if (ahead) {
      const { computation } = ahead;
      return { values: computation.columns[metric], computedFor: provenanceOf(computation) };
    }
    const tasks = this.perSnapshot(this.columns, source.snapshot);
    const key = JSON.stringify([source.filter, metric]);
    let task = tasks.get(key);
    if (!task || task.spent) {
      task = new SharedTask(async (signal) => {
        const values = await this.runner.run(source, { kind: "metric", metric }, signal);
        return { values: new Map(values), computedFor: onDemand(source.version) };
      });
      tasks.set(key, task);
    }
    return task.wait(currentRequestSignal());
  }

  /**
   * The background computation to answer from: for the whole graph, when the service computes
   * ahead; null when the question must be computed on demand. Throws MetricsNotReadyError
   * while none has completed yet.
   */
  private async fromBackground(
    source: AnalysisSource,
  ): Promise<{ computation: MetricsComputation; communitiesSeed: number } | null> {
    if (!this.background || Object.keys(source.filter ?? {}).length > 0) return null;
    return {
      computation: await this.background.ready(),
      communitiesSeed: this.background.communitiesSeed,
    };
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

/** One row per character, in the columns' order (id order), so allMetrics is in id order. */
function tableOf(columns: Record<RankMetric, Column>): Map<string, CharacterMetrics> {
  return new Map(
    [...columns.DEGREE].map(([id, degree]) => [
      id,
      {
        id,
        degree,
        weightedDegree: columns.WEIGHTED_DEGREE.get(id)!,
        betweenness: columns.BETWEENNESS.get(id)!,
        pageRank: columns.PAGERANK.get(id)!,
      },
    ]),
  );
}

function onDemand(snapshotVersion: number): ComputedFor {
  return { snapshotVersion, computedAt: new Date(), sampledSources: null, background: false };
}
