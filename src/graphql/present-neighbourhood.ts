import type { NeighbourhoodResult } from "../store/graph-store";
import type { Loaders } from "./loaders";
import { presentRelationship } from "./present";
import type { Neighbourhood } from "./types/neighbourhood.type";

export function presentNeighbourhood(
  result: NeighbourhoodResult & { centre: string },
  loaders: Loaders,
): Neighbourhood {
  // The store read the members already, in member order: they are the answer as they are, with
  // no loader in between (there is nothing to batch). Primed for the fields that look
  // characters up again (a relationship's source and target).
  const { characters } = result;
  characters.forEach((c) => loaders.character.prime(c.id, c));
  return {
    centre: characters[0],
    members: result.members.map((m, i) => ({ character: characters[i], distance: m.distance })),
    relationships: result.relationships.map(presentRelationship),
  };
}
