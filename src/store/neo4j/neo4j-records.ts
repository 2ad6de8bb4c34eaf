import type { Evidence } from "../../domain/graph-document";
import { isRelationshipType } from "../../domain/vocabulary";
import type { NameEntry } from "../graph-store";
import { compareStrings } from "../../domain/relationship-order";
import type {
  CharacterNode,
  DocumentNode,
  PersonNode,
  RelationshipEdge,
} from "../../domain/graph-model";

/**
 * The adapter's edge: rows from the driver (integers already plain numbers, see
 * disableLosslessIntegers) become the port's domain objects, with no driver type left in them.
 */
type Row = Record<string, unknown>;

export function toCharacter(row: Row): CharacterNode {
  return {
    id: String(row.id),
    name: String(row.name),
    aliases: strings(row.aliases),
    mentions: Number(row.mentions),
    confidence: Number(row.confidence),
  };
}

export function toNameEntry(row: Row): NameEntry {
  return { id: String(row.id), name: String(row.name), aliases: strings(row.aliases) };
}

export function toPerson(row: Row): PersonNode {
  return {
    id: String(row.id),
    name: String(row.name),
    aliases: strings(row.aliases),
    roles: strings(row.roles),
  };
}

export function toDocument(row: Row): DocumentNode {
  return {
    id: String(row.id),
    title: String(row.title),
    source: String(row.source),
    length: Number(row.length),
    ...(row.contentHash ? { contentHash: String(row.contentHash) } : {}),
  };
}

export function toRelationship(row: Row): RelationshipEdge {
  const type = String(row.type);
  if (!isRelationshipType(type))
    throw new Error(`Neo4j holds a relationship of unknown type ${type}`);
  const role = typeof row.role === "string" && row.role !== "" ? row.role : null;
  return {
    source: String(row.source),
    target: String(row.target),
    type,
    role,
    weight: Number(row.weight),
    evidence: toEvidence(row),
  };
}

/**
 * Evidence is stored as parallel lists (viaPronoun's may be absent: graphs loaded before it
 * existed); the port wants it sorted by document, then start.
 */
function toEvidence(row: Row): Evidence[] {
  const documents = strings(row.evidenceDocument);
  const starts = numbers(row.evidenceStart);
  const ends = numbers(row.evidenceEnd);
  const quotes = strings(row.evidenceQuote);
  const viaPronoun = Array.isArray(row.evidenceViaPronoun) ? row.evidenceViaPronoun : [];
  return documents
    .map((document, i) => ({
      document,
      start: starts[i],
      end: ends[i],
      quote: quotes[i],
      ...(viaPronoun[i] === true ? { viaPronoun: true } : {}),
    }))
    .sort((a, b) => compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end);
}

/** Lists of records in the order of `ids`, one slot per id, for batch lookups. */
export function slotsById<T extends { id: string }>(
  ids: readonly string[],
  found: T[],
): (T | null)[] {
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id) ?? null);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.map(Number) : [];
}
