/**
 * Every export, with what /export says about it. `graph` marks the graph files, the ones the
 * `directed` option applies to; `metrics` the ones whose nodes carry degree, PageRank, ...
 */
export const EXPORT_FORMATS = {
  "edges.csv": {
    format: "CSV (RFC 4180)",
    contentType: "text/csv; charset=utf-8",
    metrics: false,
    graph: false,
    contains:
      "One row per relationship and document it has evidence in: Source, Target, Type, " +
      "Weight (that document's share), Document, TotalWeight (the relationship's whole " +
      "weight), Role, EvidenceCount, Evidence (the quotes). Summing Weight by pair gives " +
      "graph.json's weights. For pandas.read_csv.",
  },
  "nodes.csv": {
    format: "CSV (RFC 4180)",
    contentType: "text/csv; charset=utf-8",
    metrics: true,
    graph: false,
    contains:
      "One row per character: Id, Label, Aliases, Mentions, Degree, WeightedDegree, " +
      "Betweenness, PageRank. For pandas.read_csv or Gephi's spreadsheet import.",
  },
  "graph.graphml": {
    format: "GraphML",
    contentType: "application/graphml+xml; charset=utf-8",
    metrics: true,
    graph: true,
    contains:
      "The character graph with labels, aliases, metrics, and each relationship's type, " +
      "role, weight, first evidence, public mapping and whether its type is directed. For " +
      "networkx.read_graphml, Gephi, Cytoscape, yEd.",
  },
  "graph.gexf": {
    format: "GEXF 1.3",
    contentType: "application/gexf+xml; charset=utf-8",
    metrics: true,
    graph: true,
    contains:
      "The same graph in Gephi's own format, parallel relationships told apart by kind. For " +
      "Gephi and networkx.read_gexf.",
  },
  "graph.json": {
    format: "node-link JSON",
    contentType: "application/json; charset=utf-8",
    metrics: true,
    graph: true,
    contains:
      'The same graph with every relationship\'s evidence. For nx.node_link_graph(data, edges="links").',
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}
