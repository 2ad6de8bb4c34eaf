import type { CharacterMetrics } from "../../analysis/metric-types";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import type { Column, ColumnType } from "./export-columns";
import { arcs, characterColumns, characterRows, RELATIONSHIP_COLUMNS } from "./export-columns";
import type { GraphFileOptions } from "./graph-file-options";
import { xmlText } from "./xml-text";

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  // No lastmodifieddate: the same snapshot must give the same bytes.
  "  <meta>",
  "    <creator>Ensemble</creator>",
  "    <description>Character relationships</description>",
  "  </meta>",
];

const GEXF_TYPES: Record<ColumnType, string> = {
  string: "string",
  int: "integer",
  double: "double",
  boolean: "boolean",
};

/**
 * GEXF 1.3, Gephi's own format (0.9.3 and later). Label and weight are GEXF's built-in node and
 * edge attributes; the other columns (see toGraphML) are declared attributes whose ids are
 * their names. One edge per relationship: parallel edges between two characters differ by
 * `kind` (the relationship type, and role if any), which is how GEXF 1.3 allows multigraphs.
 * Undirected unless `directed` is asked for (see GraphFileOptions); no edge overrides the
 * default edge type, because networkx refuses a file that mixes the two.
 */
export function toGEXF(
  snapshot: GraphSnapshot,
  metrics?: readonly CharacterMetrics[],
  options: GraphFileOptions = {},
): string {
  const directed = options.directed ?? false;
  const nodeColumns = characterColumns(metrics !== undefined).filter((c) => c.name !== "label");
  const edgeColumns = RELATIONSHIP_COLUMNS.filter((c) => c.name !== "weight");
  const lines = [
    ...HEADER,
    `  <graph mode="static" defaultedgetype="${directed ? "directed" : "undirected"}">`,
    ...declarations("node", nodeColumns),
    ...declarations("edge", edgeColumns),
  ];
  lines.push("    <nodes>");
  for (const row of characterRows(snapshot, metrics)) {
    const { id, name } = row.character;
    lines.push(
      `      <node id="${xmlText(id)}" label="${xmlText(name)}">`,
      ...attvalues(nodeColumns, row),
      "      </node>",
    );
  }
  lines.push("    </nodes>", "    <edges>");
  for (const { relationship: r, source, target, id } of arcs(snapshot, directed)) {
    const ends = `source="${xmlText(source)}" target="${xmlText(target)}"`;
    const kind = xmlText(r.role === null ? r.type : `${r.type}:${r.role}`);
    const rest = `kind="${kind}" label="${r.type}" weight="${r.weight}"`;
    lines.push(
      `      <edge id="${id}" ${ends} ${rest}>`,
      ...attvalues(edgeColumns, r),
      "      </edge>",
    );
  }
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}

function declarations<T>(domain: "node" | "edge", columns: readonly Column<T>[]): string[] {
  return [
    `    <attributes class="${domain}">`,
    ...columns.map(
      (c) => `      <attribute id="${c.name}" title="${c.name}" type="${GEXF_TYPES[c.type]}"/>`,
    ),
    "    </attributes>",
  ];
}

function attvalues<T>(columns: readonly Column<T>[], item: T): string[] {
  const values = columns.flatMap((column) => {
    const value = column.value(item);
    return value === null
      ? []
      : [`          <attvalue for="${column.name}" value="${xmlText(value)}"/>`];
  });
  return values.length === 0 ? [] : ["        <attvalues>", ...values, "        </attvalues>"];
}
