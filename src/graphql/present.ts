import type { PathResult } from "../services/path.service";
import type { Loaders } from "./loaders";
import type { Character } from "./types/character.type";
import type { Path } from "./types/path.type";
import type { Relationship } from "./types/relationship.type";
import type { CharacterNode, RelationshipEdge } from "../domain/graph-model";

/** Store and service results as the GraphQL object types expect them. */
export function presentRelationship(edge: RelationshipEdge): Relationship {
  return {
    type: edge.type,
    role: edge.role,
    weight: edge.weight,
    sourceId: edge.source,
    targetId: edge.target,
    evidence: edge.evidence.map(({ document, start, end, quote, viaPronoun }) => ({
      documentId: document,
      start,
      end,
      quote,
      viaPronoun: viaPronoun === true,
    })),
  };
}

export async function loadCharacters(
  loaders: Loaders,
  ids: readonly string[],
): Promise<Character[]> {
  const nodes = await loaders.character.loadMany(ids);
  return nodes.map((node, i) => {
    if (node === null || node instanceof Error)
      throw node ?? new Error(`character ${ids[i]} vanished`);
    return node satisfies CharacterNode;
  });
}

export async function presentPath(
  result: PathResult | null,
  loaders: Loaders,
): Promise<Path | null> {
  if (result === null) return null;
  // Characters that came with the path need no second look-up; primed, they also answer the
  // steps' source and target without one.
  result.characters?.forEach((c) => loaders.character.prime(c.id, c));
  const characters = result.characters ?? (await loadCharacters(loaders, result.characterIds));
  return {
    characters,
    length: result.steps.length,
    steps: result.steps.map((step, i) => ({
      from: characters[i],
      to: characters[i + 1],
      relationship: presentRelationship(step.relationship),
    })),
  };
}
