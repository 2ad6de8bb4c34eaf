import { stringify } from "csv-stringify/sync";
import type { Evidence } from "../../domain/graph-document";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import { orderedRelationships } from "./export-columns";
import type { RelationshipEdge } from "../../domain/graph-model";

const HEADER = [
  "Source",
  "Target",
  "Type",
  "Weight",
  "Document",
  "TotalWeight",
  "Role",
  "EvidenceCount",
  "Evidence",
];

/**
 * An edge list for spreadsheets and data frames: one row per relationship and per document it
 * has evidence in. Weight is that document's share (its evidence count, the weight the
 * `documents` filter gives), so summing Weight by pair, type or document never counts a
 * relationship twice; TotalWeight is the relationship's whole weight, the same on each of its
 * rows. Weight that no evidence accounts for (a relationship without evidence, or a graph file
 * whose weight is not its evidence count) gets a row with an empty Document, so a relationship's
 * rows always sum to its TotalWeight. Evidence holds that document's quotes, joined with " | ".
 * RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break.
 *
 * Gephi's spreadsheet importer reads a "Type" column as directedness; for Gephi use the GEXF or
 * GraphML export instead.
 */
export function toCsvEdges(snapshot: GraphSnapshot): string {
  const rows = orderedRelationships(snapshot).flatMap(relationshipRows);
  return stringify([HEADER, ...rows], { record_delimiter: "windows" });
}

function relationshipRows(r: RelationshipEdge): (string | number)[][] {
  const ends = [r.source, r.target, r.type];
  const rest = (document: string, evidence: readonly Evidence[]) => [
    document,
    r.weight,
    r.role ?? "",
    evidence.length,
    evidence.map((e) => e.quote).join(" | "),
  ];
  const rows = [...groupByDocument(r.evidence)].map(([document, evidence]) => [
    ...ends,
    evidence.length,
    ...rest(document, evidence),
  ]);
  const unaccounted = r.weight - r.evidence.length;
  if (unaccounted !== 0 || rows.length === 0) rows.push([...ends, unaccounted, ...rest("", [])]);
  return rows;
}

/** Evidence is sorted by document, so insertion order is document order. */
function groupByDocument(evidence: readonly Evidence[]): Map<string, Evidence[]> {
  const groups = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const group = groups.get(e.document);
    if (group) group.push(e);
    else groups.set(e.document, [e]);
  }
  return groups;
}
