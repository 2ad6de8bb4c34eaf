import type { Evidence } from "./graph-document";
import type { RelationshipType } from "./vocabulary";

/**
 * The graph's nodes and relationships as plain data: what every store answers with and what
 * analyses, services and exports work on.
 */
export interface CharacterNode {
  id: string;
  name: string;
  aliases: string[];
  mentions: number;
  confidence: number;
}

export interface PersonNode {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
}

export interface DocumentNode {
  id: string;
  title: string;
  source: string;
  length: number;
  /** SHA-256 of the text, when the document was ingested (DocumentRecord.contentHash). */
  contentHash?: string;
}

export interface RelationshipEdge {
  source: string;
  target: string;
  type: RelationshipType;
  role: string | null;
  weight: number;
  /** Sorted by document id, then start offset. */
  evidence: Evidence[];
}

export type CharacterPair = readonly [string, string];
