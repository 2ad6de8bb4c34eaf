import type { CharacterMetrics } from "../../analysis/metric-types";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import type { Column } from "./export-columns";
import { arcs, characterColumns, characterRows, RELATIONSHIP_COLUMNS } from "./export-columns";
import type { GraphFileOptions } from "./graph-file-options";
import { xmlText } from "./xml-text";

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
    ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
];

/**
 * GraphML (networkx's read_graphml, Gephi, Cytoscape, yEd): one node per character, one edge
 * per relationship (parallel edges allowed, told apart by their ids). Undirected unless
 * `directed` is asked for (see GraphFileOptions); no edge ever overrides the graph's
 * edgedefault, because networkx refuses a file that mixes the two. Node keys: label, aliases,
 * mentions, confidence and, when metrics are given, degree, weightedDegree, betweenness,
 * pagerank. Edge keys: type, role, weight, evidenceCount, document and quote (of the first
 * evidence), mapping (the public vocabulary term), directed. Key ids are the attribute names.
 */
export function toGraphML(
  snapshot: GraphSnapshot,
  metrics?: readonly CharacterMetrics[],
  options: GraphFileOptions = {},
): string {
  const directed = options.directed ?? false;
  const nodeColumns = characterColumns(metrics !== undefined);
  const lines = [
    ...HEADER,
    ...nodeColumns.map((c) => keyLine("node", c)),
    ...RELATIONSHIP_COLUMNS.map((c) => keyLine("edge", c)),
    `  <graph id="ensemble" edgedefault="${directed ? "directed" : "undirected"}">`,
  ];
  for (const row of characterRows(snapshot, metrics)) {
    lines.push(
      `    <node id="${xmlText(row.character.id)}">`,
      ...dataLines(nodeColumns, row),
      "    </node>",
    );
  }
  for (const arc of arcs(snapshot, directed)) {
    const ends = `source="${xmlText(arc.source)}" target="${xmlText(arc.target)}"`;
    lines.push(
      `    <edge id="e${arc.id}" ${ends}>`,
      ...dataLines(RELATIONSHIP_COLUMNS, arc.relationship),
      "    </edge>",
    );
  }
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
