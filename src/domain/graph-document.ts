/**
 * The graph document: the versioned, reviewable product of extraction (seeds/graph.json)
 * and the only input a store loads. Everything in it is plain JSON.
 */
import type { RelationshipType } from "./vocabulary";

export const GRAPH_DOCUMENT_VERSION = 1;

export interface DocumentRecord {
  id: string;
  title: string;
  /** Where the text came from, relative to the working directory (e.g. seeds/corpus/x.txt). */
  source: string;
  /** Length of the text in UTF-16 code units; evidence offsets are within [0, length]. */
  length: number;
  /** SHA-256 of the text (hex), on ingested documents: the same text is not ingested twice. */
  contentHash?: string;
}

export interface SceneRecord {
  /** `${document}#${index}` */
  id: string;
  document: string;
  index: number;
  start: number;
  end: number;
}

export interface CharacterRecord {
  id: string;
  name: string;
  aliases: string[];
  /** How many times the character is named across all documents. */
  mentions: number;
  /** 1 for gazetteer entries; lower for names discovered in the text. */
  confidence: number;
  /** Scene ids the character is named in, in document order. */
  scenes: string[];
}

export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  /** actor, showrunner, writer, director, executive, ... */
  roles: string[];
  /** Character ids this person plays. */
  portrays: string[];
}

export interface OrganizationRecord {
  id: string;
  name: string;
  aliases: string[];
}

export interface Evidence {
  document: string;
  start: number;
  end: number;
  /** Invariant: documentText.slice(start, end) === quote */
  quote: string;
  /** True when one end of the relationship was read only through a pronoun; absent otherwise. */
  viaPronoun?: boolean;
}

export interface RelationshipRecord {
  source: string;
  target: string;
  type: RelationshipType;
  /** For FAMILY_OF (sibling, parent, child, spouse, relative) and WORKS_FOR (lawyer, employee, ...). */
  role?: string;
  /** INTERACTS_WITH: number of sentences naming both; typed relationships: number of evidences. */
  weight: number;
  evidence: Evidence[];
}

export interface GraphDocument {
  version: number;
  documents: DocumentRecord[];
  scenes: SceneRecord[];
  characters: CharacterRecord[];
  people: PersonRecord[];
  organizations: OrganizationRecord[];
  relationships: RelationshipRecord[];
}
