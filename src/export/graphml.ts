import { DIRECTED_TYPES } from "../domain/vocabulary";
import type { CharacterMetrics } from "../store/analysis/metric-types";
import type { GraphSnapshot } from "../store/graph-snapshot";
import type { Column } from "./export-columns";
import {
  characterColumns,
  characterRows,
  orderedRelationships,
  RELATIONSHIP_COLUMNS,
} from "./export-columns";
import { xmlText } from "./xml-text";

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
];

export interface GraphMLOptions {
  /**
   * "mark" (default): relationships of a directed type carry directed="true", which Gephi and
   * yEd honour. "attribute": the graph stays purely undirected and direction is only the
   * `directed` edge attribute, for readers that reject mixed graphs (networkx.read_graphml).
   */
  directedEdges?: "mark" | "attribute";
}

/**
 * GraphML (Gephi, Cytoscape, yEd; networkx with directedEdges "attribute"): one node per
 * character, one edge per relationship (parallel edges allowed). The graph is undirected by
 * default; relationships of a directed type (KILLED, WORKS_FOR, ...) carry directed="true".
 * Node keys: label, aliases, mentions, confidence and, when metrics are given, degree,
 * weightedDegree, betweenness, pagerank. Edge keys: type, role, weight, evidenceCount, document
 * and quote (of the first evidence), mapping (the public vocabulary term), directed. Key ids
 * are the attribute names.
 */
export function toGraphML(
  snapshot: GraphSnapshot,
  metrics?: readonly CharacterMetrics[],
  options: GraphMLOptions = {},
): string {
  const mark = (options.directedEdges ?? "mark") === "mark";
  const nodeColumns = characterColumns(metrics !== undefined);
  const lines = [
    ...HEADER,
    ...nodeColumns.map((c) => keyLine("node", c)),
    ...RELATIONSHIP_COLUMNS.map((c) => keyLine("edge", c)),
    '  <graph id="ensemble" edgedefault="undirected">',
  ];
  for (const row of characterRows(snapshot, metrics)) {
    lines.push(
      `    <node id="${xmlText(row.character.id)}">`,
      ...dataLines(nodeColumns, row),
      "    </node>",
    );
  }
  orderedRelationships(snapshot).forEach((r, i) => {
    const directed = mark && DIRECTED_TYPES.has(r.type) ? ' directed="true"' : "";
    const ends = `source="${xmlText(r.source)}" target="${xmlText(r.target)}"`;
    lines.push(
      `    <edge id="e${i}" ${ends}${directed}>`,
      ...dataLines(RELATIONSHIP_COLUMNS, r),
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

function keyLine<T>(domain: "node" | "edge", column: Column<T>): string {
  return `  <key id="${column.name}" for="${domain}" attr.name="${column.name}" attr.type="${column.type}"/>`;
}

function dataLines<T>(columns: readonly Column<T>[], item: T): string[] {
  return columns.flatMap((column) => {
    const value = column.value(item);
    return value === null ? [] : [`      <data key="${column.name}">${xmlText(value)}</data>`];
  });
}
