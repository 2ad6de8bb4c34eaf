import { stringify } from "csv-stringify/sync";
import type { Evidence } from "../domain/graph-document";
import type { RelationshipEdge } from "../store/graph-store";
import type { GraphSnapshot } from "../store/graph-snapshot";
import { orderedRelationships } from "./export-columns";

const HEADER = [
  "Source",
  "Target",
  "Type",
  "Weight",
  "Document",
  "Role",
  "EvidenceCount",
  "Evidence",
];

/**
 * An edge list for spreadsheets and data frames: one row per relationship and per document it
 * has evidence in (a relationship without evidence still gets one row, with no document).
 * Weight is the relationship's whole weight on every row; EvidenceCount and Evidence (the
 * quotes, joined with " | ") are that document's share. RFC 4180: CRLF line ends, fields
 * quoted when they hold a comma, quote or line break.
 *
 * Gephi's spreadsheet importer reads a "Type" column as directedness; for Gephi use the GEXF or
 * GraphML export instead.
 */
export function toCsvEdges(snapshot: GraphSnapshot): string {
  const rows = orderedRelationships(snapshot).flatMap(relationshipRows);
  return stringify([HEADER, ...rows], { record_delimiter: "windows" });
}

function relationshipRows(r: RelationshipEdge): (string | number)[][] {
  const fixed = [r.source, r.target, r.type, r.weight];
  const byDocument = groupByDocument(r.evidence);
  if (byDocument.size === 0) return [[...fixed, "", r.role ?? "", 0, ""]];
  return [...byDocument].map(([document, evidence]) => [
    ...fixed,
    document,
    r.role ?? "",
    evidence.length,
    evidence.map((e) => e.quote).join(" | "),
  ]);
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
