import type { NeighbourhoodResult } from "../store/graph-store";
import type { Loaders } from "./loaders";
import { loadCharacters, presentRelationship } from "./present";
import type { Neighbourhood } from "./types/neighbourhood.type";

export async function presentNeighbourhood(
  result: NeighbourhoodResult & { centre: string },
  loaders: Loaders,
): Promise<Neighbourhood> {
  // The store read the members already: the loader need not ask for them again.
  result.characters.forEach((c) => loaders.character.prime(c.id, c));
  const characters = await loadCharacters(
    loaders,
    result.members.map((m) => m.id),
  );
  return {
    centre: characters[0],
    members: result.members.map((m, i) => ({ character: characters[i], distance: m.distance })),
    relationships: result.relationships.map(presentRelationship),
  };
}
