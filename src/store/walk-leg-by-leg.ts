import type { CharacterPair } from "../domain/graph-model";
import type { GraphStore, RelationshipFilter, WalkedPath } from "./graph-store";

/**
 * pathThrough from the port's own parts: a shortestPath per leg, then the steps' relationships
 * and the characters. The memory store answers so (each call costs microseconds there); the
 * Neo4j store asks it all in one statement and falls back on the parts it shares with this.
 */
export async function walkLegByLeg(
  store: Pick<GraphStore, "shortestPath" | "relationshipsBetweenPairs" | "charactersById">,
  stops: readonly string[],
  options: RelationshipFilter & { maxHops: number },
): Promise<WalkedPath | null> {
  if (stops.length === 0) return null;
  const legs = await Promise.all(
    stops.slice(1).map((stop, i) => store.shortestPath(stops[i], stop, options)),
  );
  const walk = [stops[0]];
  for (const leg of legs) {
    if (leg === null) return null;
    walk.push(...leg.slice(1));
  }
  return walkOf(store, walk, options);
}

/** The characters on a walk and what joins each of its steps; null when one is missing. */
export async function walkOf(
  store: Pick<GraphStore, "relationshipsBetweenPairs" | "charactersById">,
  walk: readonly string[],
  filter: RelationshipFilter,
): Promise<WalkedPath | null> {
  const pairs = walk.slice(1).map((to, i): CharacterPair => [walk[i], to]);
  const [characters, steps] = await Promise.all([
    store.charactersById(walk),
    store.relationshipsBetweenPairs(pairs, { types: filter.types }),
  ]);
  if (characters.some((c) => c === null)) return null;
  return { characters: characters as WalkedPath["characters"], steps };
}
