import type { RelationshipType } from "../../domain/vocabulary";
import type { Services } from "../../services/create-services";
import { RELATIONSHIP_NAMES } from "./relationship-names";
import { RELATIONSHIP_COLOURS } from "./relationship-palette";
import type { CharacterNode, RelationshipEdge } from "../../domain/graph-model";

/** A character as a widget shows it. */
export interface EmbedCharacter {
  id: string;
  name: string;
}

/** One quoted sentence and the title of the document it was read in. */
export interface EmbedEvidence {
  quote: string;
  document: string;
}

/** A relationship as a widget shows it: colour from the palette, evidence with titles. */
export interface EmbedRelationship {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  role: string | null;
  weight: number;
  colour: string;
  /** The type in words, with its role: "family (sibling)". */
  label: string;
  evidence: EmbedEvidence[];
}

/** Characters by id, in the order asked; a character missing from the store is an error. */
export async function loadEmbedCharacters(
  services: Services,
  ids: readonly string[],
): Promise<EmbedCharacter[]> {
  const nodes = await services.store.charactersById(ids);
  return nodes.map((node: CharacterNode | null, i) => {
    if (node === null) throw new Error(`character ${ids[i]} vanished`);
    return { id: node.id, name: node.name };
  });
}

/** Relationships with each quote's document title looked up once per document. */
export async function presentEmbedRelationships(
  services: Services,
  edges: readonly RelationshipEdge[],
): Promise<EmbedRelationship[]> {
  const documentIds = [...new Set(edges.flatMap((e) => e.evidence.map((ev) => ev.document)))];
  const documents = await services.store.documentsById(documentIds);
  const titles = new Map(documentIds.map((id, i) => [id, documents[i]?.title ?? id]));
  return edges.map((edge, i) => ({
    id: `r${i}`,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    role: edge.role,
    weight: edge.weight,
    colour: RELATIONSHIP_COLOURS[edge.type],
    label: typeLabel(edge),
    evidence: edge.evidence.map((ev) => ({
      quote: ev.quote,
      document: titles.get(ev.document) ?? ev.document,
    })),
  }));
}

/** "family (sibling)" or "interacts with". */
export function typeLabel(relationship: Pick<EmbedRelationship, "type" | "role">): string {
  const name = RELATIONSHIP_NAMES[relationship.type];
  return relationship.role ? `${name} (${relationship.role})` : name;
}

/** "1 sentence", "7 sentences": a weight is the number of sentences read. */
export function sentences(count: number): string {
  return count === 1 ? "1 sentence" : `${count} sentences`;
}
