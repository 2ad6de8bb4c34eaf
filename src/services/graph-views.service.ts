import { filterSnapshot } from "../store/analysis";
import type { GraphSnapshot } from "../store/graph-snapshot";
import type { GraphStore, RelationshipEdge } from "../store/graph-store";
import { compareRelationshipsFrom } from "../store/relationship-order";
import { InvalidArgumentError } from "./service-errors";
import {
  type NormalizedFilter,
  type ViewFilter,
  filterKey,
  needsView,
  normalizeFilter,
} from "./view-filter";

export interface GraphViewOptions {
  /** How long a snapshot of the store is reused before it is read again. */
  snapshotTtlMs: number;
  /** How many filtered views are kept. */
  maxViews: number;
}

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
  private readonly views = new Map<string, View>();

  constructor(
    private readonly store: GraphStore,
    private readonly makeViewStore: (snapshot: GraphSnapshot) => Promise<GraphStore>,
    private readonly options: GraphViewOptions,
  ) {}

  /** The snapshot, filtered. */
  async snapshot(filter: ViewFilter = {}): Promise<GraphSnapshot> {
    return (await this.view(normalizeFilter(filter))).snapshot;
  }

  /** A store that answers traversal questions under this filter: the real one when it can. */
  async storeFor(filter: ViewFilter): Promise<GraphStore> {
    const normalized = normalizeFilter(filter);
    if (!needsView(normalized)) return this.store;
    const view = await this.view(normalized);
    view.store ??= this.makeViewStore(view.snapshot);
    return view.store;
  }

  /** Forget what was read: the store has changed. */
  invalidate(): void {
    this.base = null;
    this.views.clear();
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

  private baseSnapshot(): Promise<GraphSnapshot> {
    const now = Date.now();
    if (this.base === null || now - this.base.readAt > this.options.snapshotTtlMs) {
      this.views.clear();
      const snapshot = this.store.snapshot();
      this.base = { snapshot, readAt: now };
      snapshot.catch(() => (this.base = null));
    }
    return this.base.snapshot;
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
