import { RELATIONSHIP_TYPES, isRelationshipType } from "../../domain/vocabulary";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import type { GraphStats } from "../graph-store";
import { compareRelationships, compareStrings } from "../../domain/relationship-order";
import type { CypherRegistry } from "./cypher-registry";
import type { Run } from "./executor";
import { toCharacter, toDocument, toRelationship } from "./neo4j-records";
import type { DocumentNode } from "../../domain/graph-model";

type Row = Record<string, unknown>;
const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);

/**
 * The whole character graph as plain data, for the analyses and exports that run in
 * JavaScript on either store. Sorted here, in JavaScript's string order, as the port defines it.
 */
export async function snapshotOf(run: Run, cypher: CypherRegistry): Promise<GraphSnapshot> {
  const characters = await run<{ character: Row }>(cypher.statement("list-characters"));
  const relationships = await run<{ relationship: Row }>(cypher.statement("list-relationships"));
  return {
    characters: characters.map((row) => toCharacter(row.character)).sort(byId),
    relationships: relationships
      .map((row) => toRelationship(row.relationship))
      .sort(compareRelationships),
  };
}

export async function statsOf(run: Run, cypher: CypherRegistry): Promise<GraphStats> {
  const [counts] = await run<
    Record<"characters" | "people" | "organizations" | "documents", number>
  >(cypher.statement("count-entities"));
  const byType = await run<{ type: string; count: number }>(
    cypher.statement("count-relationships-by-type"),
  );
  const countOf = new Map(
    byType.filter((row) => isRelationshipType(row.type)).map((row) => [row.type, row.count]),
  );
  return {
    characters: Number(counts.characters),
    people: Number(counts.people),
    organizations: Number(counts.organizations),
    documents: Number(counts.documents),
    relationshipsByType: RELATIONSHIP_TYPES.filter((type) => countOf.has(type)).map((type) => ({
      type,
      count: Number(countOf.get(type)),
    })),
  };
}

export async function documentsOf(run: Run, cypher: CypherRegistry): Promise<DocumentNode[]> {
  const rows = await run<{ document: Row }>(cypher.statement("list-documents"));
  return rows.map((row) => toDocument(row.document)).sort(byId);
}
