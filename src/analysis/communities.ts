import louvain from "graphology-communities-louvain";
import type { GraphSnapshot } from "../domain/graph-snapshot";
import { compareStrings } from "../domain/relationship-order";
import { type CharacterGraph, buildCharacterGraph } from "./character-graph";
import { round6 } from "./character-metrics";
import type { Community, CommunityPartition } from "./metric-types";
import { seededRandom } from "./seeded-random";

/**
 * Louvain communities (graphology-communities-louvain), weighted by pair weight (the sum of the
 * weights of the relationships between two characters). Louvain visits nodes in a random order;
 * a PRNG seeded with `seed`, over a graph built in id order, makes the answer repeatable.
 *
 * Louvain's own community numbers are arbitrary, so communities are renumbered: largest first,
 * then by smallest member id. Characters with no relationships are communities of one.
 */
export function communities(
  snapshot: GraphSnapshot,
  seed = 42,
  // The snapshot's character graph when one is at hand: at Marvel scale it takes seconds to build.
  graph: CharacterGraph = buildCharacterGraph(snapshot),
): CommunityPartition {
  const detailed = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(seed) });
  const groups = new Map<number, string[]>();
  graph.forEachNode((id) => {
    const label = detailed.communities[id];
    const members = groups.get(label);
    if (members) members.push(id);
    else groups.set(label, [id]);
  });
  const ordered = [...groups.values()]
    .map((members) => members.sort(compareStrings))
    .sort((a, b) => b.length - a.length || compareStrings(a[0], b[0]));
  const result: Community[] = ordered.map((members, index) => ({
    index,
    members,
    size: members.length,
  }));
  // The library reports NaN for a graph without edges, where modularity is undefined.
  const modularity = Number.isFinite(detailed.modularity) ? round6(detailed.modularity) : 0;
  return { communities: result, modularity };
}
