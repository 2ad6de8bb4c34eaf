/** What the graph files (GraphML, GEXF, node-link JSON) can be asked for. */
export interface GraphFileOptions {
  /**
   * false (default): an undirected multigraph whose edges carry a `directed` attribute telling
   * which relationship types have a direction; networkx, Gephi and igraph open it as it is.
   * true: a directed multigraph (see `arcs` in export-columns for how relationships map to arcs).
   */
  directed?: boolean;
}
