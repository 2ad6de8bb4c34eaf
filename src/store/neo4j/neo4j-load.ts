import { nameKey } from "../../domain/ids";
import type { GraphDocument, RelationshipRecord } from "../../domain/graph-document";
import { PROBLEMS_REPORTED, graphDocumentProblems } from "../../domain/validate-graph-document";
import type { LoadSummary } from "../graph-store";
import { InvalidGraphDocumentError } from "../store-errors";
import {
  CHARACTER_RELATIONSHIP_TYPES,
  type CypherRegistry,
  type StatementName,
} from "./cypher-registry";
import { asInteger, type Neo4jExecutor, type Run } from "./executor";

/** Rows per UNWIND: large enough to keep round trips few, small enough to keep messages small. */
export const LOAD_BATCH_SIZE = 1000;

type Row = Record<string, unknown>;

/**
 * Writes a graph document in ONE write transaction, batch after batch, so that a load failing
 * at its last batch leaves the database exactly as it was. Every statement MERGEs on ids (and
 * relationships on their role), so loading the same document again changes no counts.
 */
export async function loadDocument(
  executor: Neo4jExecutor,
  cypher: CypherRegistry,
  document: GraphDocument,
  /** Rows per statement; the benchmarks compare against 1 (one MERGE per row). */
  batchSize = LOAD_BATCH_SIZE,
): Promise<LoadSummary> {
  const problems = graphDocumentProblems(document);
  if (problems.length > 0)
    throw new InvalidGraphDocumentError(problems.slice(0, PROBLEMS_REPORTED).join("; "));
  const steps = loadSteps(cypher, document);
  return executor.write(async (run) => {
    for (const { statement, rows } of steps) await runInBatches(run, statement, rows, batchSize);
    const [counts] = await run<LoadSummary>(cypher.statement("count-graph"));
    return { nodes: Number(counts.nodes), relationships: Number(counts.relationships) };
  }, executor.loadTimeoutMs());
}

/** Nodes first, then what joins them; every row is built here, before the transaction opens. */
export function loadSteps(
  cypher: CypherRegistry,
  d: GraphDocument,
): { statement: string; rows: Row[] }[] {
  const step = (name: StatementName, rows: Row[]) => ({ statement: cypher.statement(name), rows });
  const typed = CHARACTER_RELATIONSHIP_TYPES.map((type) => ({
    statement: cypher.mergeRelationships[type],
    rows: d.relationships.filter((r) => r.type === type).map(relationshipRow),
  }));
  return [
    step(
      "merge-documents",
      d.documents.map(({ id, title, source, length, contentHash }) => ({
        id,
        title,
        source,
        length: asInteger(length),
        contentHash: contentHash ?? null,
      })),
    ),
    step(
      "merge-scenes",
      d.scenes.map((s) => ({
        ...s,
        index: asInteger(s.index),
        start: asInteger(s.start),
        end: asInteger(s.end),
      })),
    ),
    step("merge-characters", d.characters.map(characterRow)),
    step(
      "merge-organizations",
      d.organizations.map(({ id, name, aliases }) => ({ id, name, aliases })),
    ),
    step(
      "merge-people",
      d.people.map(({ id, name, aliases, roles, portrays }) => ({
        id,
        name,
        aliases,
        roles,
        portrays,
      })),
    ),
    step(
      "merge-appearances",
      d.characters.flatMap((c) => c.scenes.map((scene) => ({ character: c.id, scene }))),
    ),
    step(
      "merge-portrayals",
      d.people.flatMap((p) => p.portrays.map((character) => ({ person: p.id, character }))),
    ),
    step(
      "merge-memberships",
      d.relationships.filter((r) => r.type === "MEMBER_OF").map(relationshipRow),
    ),
    ...typed,
  ];
}

function characterRow(c: GraphDocument["characters"][number]): Row {
  const nameKeys = [...new Set([c.name, ...c.aliases].map(nameKey).filter((k) => k !== ""))];
  return {
    id: c.id,
    name: c.name,
    aliases: c.aliases,
    mentions: asInteger(c.mentions),
    confidence: c.confidence,
    nameKeys,
    nameKeyText: nameKeyText(nameKeys),
  };
}

function relationshipRow(r: RelationshipRecord): Row {
  const evidence = r.evidence ?? [];
  return {
    source: r.source,
    target: r.target,
    role: r.role ?? "",
    weight: r.weight,
    evidenceDocument: evidence.map((e) => e.document),
    evidenceStart: evidence.map((e) => asInteger(e.start)),
    evidenceEnd: evidence.map((e) => asInteger(e.end)),
    evidenceQuote: evidence.map((e) => e.quote),
    evidenceViaPronoun: evidence.map((e) => e.viaPronoun === true),
  };
}

async function runInBatches(
  run: Run,
  statement: string,
  rows: Row[],
  batchSize: number,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    await run(statement, { rows: rows.slice(i, i + batchSize) });
  }
}

/** The name keys as one string a TEXT index can serve: '|key one|key two|'. */
export function nameKeyText(keys: readonly string[]): string {
  return `|${keys.join("|")}|`;
}
