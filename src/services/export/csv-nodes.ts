import { stringify } from "csv-stringify/sync";
import type { CharacterMetrics } from "../../analysis/metric-types";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import { characterRows } from "./export-columns";

const HEADER = [
  "Id",
  "Label",
  "Aliases",
  "Mentions",
  "Degree",
  "WeightedDegree",
  "Betweenness",
  "PageRank",
];

/**
 * A node table, one row per character in id order; Id and Label are the names Gephi's
 * spreadsheet importer expects. Aliases are joined with "|". The metric columns are empty when
 * no metrics are given. RFC 4180 quoting and CRLF line ends, as in toCsvEdges.
 */
export function toCsvNodes(snapshot: GraphSnapshot, metrics?: readonly CharacterMetrics[]): string {
  const rows = characterRows(snapshot, metrics).map(({ character: c, metrics: m }) => [
    c.id,
    c.name,
    c.aliases.join("|"),
    c.mentions,
    m?.degree ?? "",
    m?.weightedDegree ?? "",
    m?.betweenness ?? "",
    m?.pageRank ?? "",
  ]);
  return stringify([HEADER, ...rows], { record_delimiter: "windows" });
}
