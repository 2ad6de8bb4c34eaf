import type { ConnectingSubgraph } from "../analysis";
import { describeTree } from "../analysis/connecting-subgraph";
import { MehlhornSearch } from "../analysis/mehlhorn-search";
import type { GraphStore, RelationshipFilter } from "../store/graph-store";
import { compareStrings } from "../domain/relationship-order";
import { AnalysisCancelledError } from "../domain/request-cancellation";

/**
 * `links` walked through the store, one call per breadth-first layer (on Neo4j, one statement
 * that returns the layer's neighbour ids), with the same search as on a snapshot, so both give
 * the same tree. Used where reading the whole graph costs seconds and the search usually needs
 * two or three layers around the named characters. The ids must be characters' (resolved).
 */
export async function linksThroughStore(
  store: GraphStore,
  terminalIds: readonly string[],
  filter: RelationshipFilter,
  signal?: AbortSignal,
): Promise<ConnectingSubgraph> {
  const requested = [...new Set(terminalIds)].sort(compareStrings);
  // Vertices are numbered as the search meets them; the terminals first, in id order.
  const ids = [...requested];
  const numbers = new Map(ids.map((id, i) => [id, i]));
  const numberOf = (id: string) => numbers.get(id) ?? numbers.set(id, ids.push(id) - 1).get(id)!;
  const terminals = ids.map((_, i) => i);
  const byId = (a: number, b: number) => compareStrings(ids[a], ids[b]);
  const search = new MehlhornSearch(terminals, byId, Number.POSITIVE_INFINITY);
  for (let frontier = search.next(); frontier; frontier = search.next()) {
    if (signal?.aborted) throw new AnalysisCancelledError();
    const layer = await store.neighbourIds(
      frontier.map((v) => ids[v]),
      filter,
    );
    search.expand(layer.map((list) => list.map(numberOf)));
  }
  return describeTree(requested, search.tree(), terminals, (v) => ids[v]);
}
