import type { GraphStats, GraphStore } from "../store/graph-store";
import type { DocumentNode } from "../domain/graph-model";

/** Counts and listings straight from the store. */
export class GraphFactsService {
  constructor(private readonly store: GraphStore) {}

  async stats(): Promise<GraphStats & { relationships: number }> {
    const stats = await this.store.stats();
    const relationships = stats.relationshipsByType
      .filter((t) => t.type !== "MEMBER_OF")
      .reduce((sum, t) => sum + t.count, 0);
    return { ...stats, relationships };
  }

  documents(): Promise<DocumentNode[]> {
    return this.store.listDocuments();
  }
}
