import type { Services } from "../../services/create-services";
import {
  type EmbedCharacter,
  type EmbedRelationship,
  loadEmbedCharacters,
  presentEmbedRelationships,
  sentences,
  typeLabel,
} from "./embed-view";

/** Everything the character-circle widget draws; the page embeds it as JSON. */
export interface CircleView {
  centre: EmbedCharacter;
  depth: number;
  /** The centre first (distance 0), then by distance and id, as the store orders them. */
  characters: (EmbedCharacter & { distance: number })[];
  relationships: EmbedRelationship[];
}

/** The circle of the character `name` (any alias or id) within `depth` steps. */
export async function loadCircle(
  services: Services,
  name: string,
  depth: number,
): Promise<CircleView> {
  const result = await services.neighbourhoods.neighbourhood({ of: name, depth });
  const characters = await loadEmbedCharacters(
    services,
    result.members.map((m) => m.id),
  );
  return {
    centre: characters[0],
    depth,
    characters: characters.map((c, i) => ({ ...c, distance: result.members[i].distance })),
    relationships: await presentEmbedRelationships(services, result.relationships),
  };
}

/**
 * The drawing's alt text: "Luke Cage and 14 characters within 1 step: Claire Temple
 * (ROMANTIC_WITH, 1 sentence; INTERACTS_WITH, 7 sentences), ...". Characters two steps away
 * are listed by name only: their ties to the centre are indirect.
 */
export function describeCircle(view: CircleView): string {
  const others = view.characters.slice(1);
  const steps = view.depth === 1 ? "1 step" : `${view.depth} steps`;
  const count = others.length === 1 ? "1 character" : `${others.length} characters`;
  const head = `${view.centre.name} and ${count} within ${steps}`;
  if (others.length === 0) return `${view.centre.name}, with no relationships yet`;
  const described = others.map((character) => {
    const ties = view.relationships.filter((r) => joins(r, view.centre.id, character.id));
    if (ties.length === 0) return `${character.name} (${character.distance} steps away)`;
    const summary = ties.map((r) => `${typeLabel(r)}, ${sentences(r.weight)}`).join("; ");
    return `${character.name} (${summary})`;
  });
  return `${head}: ${described.join(", ")}.`;
}

function joins(relationship: EmbedRelationship, a: string, b: string): boolean {
  return (
    (relationship.source === a && relationship.target === b) ||
    (relationship.source === b && relationship.target === a)
  );
}
