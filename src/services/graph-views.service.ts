import { type SnapshotFilter, filterSnapshot } from "../analysis";
import type { GraphSnapshot } from "../domain/graph-snapshot";
import type { GraphStore } from "../store/graph-store";
import { compareRelationshipsFrom } from "../domain/relationship-order";
import { InvalidArgumentError } from "./service-errors";
import { SnapshotVersions, sameSnapshot } from "./snapshot-versions";

export { sameSnapshot };
import {
  type NormalizedFilter,
  type ViewFilter,
  filterKey,
  needsView,
  normalizeFilter,
} from "./view-filter";
import type { CharacterPair, RelationshipEdge } from "../domain/graph-model";

export interface GraphViewOptions {
  /** How long a snapshot of the store is reused before it is read again. */
  snapshotTtlMs: number;
  /** How many filtered views are kept. */
  maxViews: number;
}

/** Told of each new snapshot of the whole graph (see onNewSnapshot). */
export type SnapshotListener = (snapshot: GraphSnapshot, version: number) => void;

interface View {
  snapshot: GraphSnapshot;
  store: Promise<GraphStore> | null;
}

/**
 * Whole-graph questions (metrics, communities, linkers, k paths, exports) and filters the stores
 * cannot apply in their own traversal (by document, by weight) work on a snapshot of the
 * character graph. The snapshot is read from the store at most once per TTL, or again after a
 * load through this service; filtered views are kept in a small LRU.
 */
export class GraphViewService {
  private base: { snapshot: Promise<GraphSnapshot>; readAt: number } | null = null;
  private refreshing = false;
  private readonly views = new Map<string, View>();
  private readonly listeners: SnapshotListener[] = [];
  readonly versions = new SnapshotVersions();

  constructor(
    private readonly store: GraphStore,
    private readonly makeViewStore: (snapshot: GraphSnapshot) => Promise<GraphStore>,
    private readonly options: GraphViewOptions,
  ) {}

  /** The snapshot, filtered. */
  async snapshot(filter: ViewFilter = {}): Promise<GraphSnapshot> {
    return (await this.view(normalizeFilter(filter))).snapshot;
  }

  /**
   * The unfiltered snapshot and the filter (documents checked), for computations that filter
   * where they run: the analysis pool filters in its workers, off the event loop.
   */
  async unfiltered(
    filter: ViewFilter,
  ): Promise<{ snapshot: GraphSnapshot; filter: SnapshotFilter; version: number }> {
    const normalized = normalizeFilter(filter);
    const snapshot = await this.baseSnapshot();
    if (normalized.documents) await this.checkDocuments(normalized.documents);
    return { snapshot, filter: normalized, version: this.versions.of(snapshot) };
  }

  /**
   * Calls `listener` with each snapshot of the whole graph that differs from the one before
   * (the first included), as soon as it is read; from then on a change through this service
   * (an ingest) has the snapshot read again at once rather than at the next question.
   */
  onNewSnapshot(listener: SnapshotListener): void {
    this.listeners.push(listener);
  }

  /** A store that answers traversal questions under this filter: the real one when it can. */
  async storeFor(filter: ViewFilter): Promise<GraphStore> {
    const normalized = normalizeFilter(filter);
    if (!needsView(normalized)) return this.store;
    const view = await this.view(normalized);
    view.store ??= this.makeViewStore(view.snapshot);
    return view.store;
  }

  /**
   * The store itself when it can walk the graph under this filter (it filters by type only),
   * else null: document, weight and pronoun filters need a view.
   */
  walkable(filter: ViewFilter): GraphStore | null {
    return needsView(normalizeFilter(filter)) ? null : this.store;
  }

  /**
   * The relationships joining each pair under the filter, in relationship order: the store's
   * (of the filter's types), filtered by document, pronoun and weight for just these pairs, so
   * no view of the whole graph is built on the event loop for them.
   */
  async relationshipsBetweenPairs(
    pairs: readonly CharacterPair[],
    filter: ViewFilter,
  ): Promise<RelationshipEdge[][]> {
    const joining = await this.store.relationshipsBetweenPairs(pairs, {
      types: filter.types ?? undefined,
    });
    return joining.map((edges, i) => filterRelationshipsOf(pairs[i][0], edges, filter));
  }

  /** Starts reading the snapshot now, so the first whole-graph question does not wait for it. */
  prefetch(): void {
    this.baseSnapshot().catch(() => undefined);
  }

  /** Forget what was read: the store has changed. */
  invalidate(): void {
    this.base = null;
    this.views.clear();
    if (this.listeners.length > 0) this.prefetch();
  }

  private async view(filter: NormalizedFilter): Promise<View> {
    const base = await this.baseSnapshot();
    if (filter.documents) await this.checkDocuments(filter.documents);
    const key = filterKey(filter);
    let view = this.views.get(key);
    if (view) {
      this.views.delete(key);
    } else {
      view = {
        snapshot: filterKey(filter) === filterKey({}) ? base : filterSnapshot(base, filter),
        store: null,
      };
      if (this.views.size >= this.options.maxViews)
        this.views.delete(this.views.keys().next().value!);
    }
    this.views.set(key, view);
    return view;
  }

  /**
   * The store's snapshot, read again once it is older than the TTL. A stale snapshot keeps
   * answering while the new one is read (at Marvel scale Neo4j takes seconds to stream it), and
   * one that comes back unchanged is kept, so what was computed on it (metrics) stays valid.
   * A TTL of 0 means never reuse: every call reads.
   */
  private baseSnapshot(): Promise<GraphSnapshot> {
    const ttl = this.options.snapshotTtlMs;
    if (this.base === null || ttl === 0) return this.readBase();
    if (Date.now() - this.base.readAt > ttl && !this.refreshing) this.refresh(this.base);
    return this.base.snapshot;
  }

  private readBase(): Promise<GraphSnapshot> {
    this.views.clear();
    const snapshot = this.store.snapshot();
    const base = { snapshot, readAt: Date.now() };
    this.base = base;
    snapshot.then(
      (read) => this.announce(read),
      () => {
        if (this.base === base) this.base = null;
      },
    );
    return snapshot;
  }

  private refresh(stale: { snapshot: Promise<GraphSnapshot>; readAt: number }): void {
    this.refreshing = true;
    Promise.all([stale.snapshot, this.store.snapshot()])
      .then(([old, fresh]) => {
        if (this.base !== stale) return;
        if (sameSnapshot(old, fresh)) {
          this.base = { snapshot: stale.snapshot, readAt: Date.now() };
        } else {
          this.views.clear();
          this.base = { snapshot: Promise.resolve(fresh), readAt: Date.now() };
          this.announce(fresh);
        }
      })
      // The stale snapshot goes on answering; the next call after the TTL tries again.
      .catch(() => undefined)
      .finally(() => (this.refreshing = false));
  }

  private announce(snapshot: GraphSnapshot): void {
    const before = this.versions.current;
    const version = this.versions.of(snapshot);
    if (version > before) this.listeners.forEach((listener) => listener(snapshot, version));
  }

  private async checkDocuments(ids: readonly string[]): Promise<void> {
    const found = await this.store.documentsById(ids);
    const unknown = ids.filter((_id, i) => found[i] === null);
    if (unknown.length > 0) {
      throw new InvalidArgumentError(
        `no document has the id ${unknown.map((u) => `"${u}"`).join(", ")}; the documents query lists them`,
        "documents",
      );
    }
  }
}

/**
 * A character's relationships under a filter, in relationship order. Weights recounted by
 * document can reorder them, so they are sorted again.
 */
export function filterRelationshipsOf(
  id: string,
  edges: RelationshipEdge[],
  filter: ViewFilter,
): RelationshipEdge[] {
  const normalized = normalizeFilter(filter);
  if (!needsView(normalized)) return edges;
  return filterSnapshot({ characters: [], relationships: edges }, normalized).relationships.sort(
    compareRelationshipsFrom(id),
  );
}
