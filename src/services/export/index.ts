/**
 * Whole-graph exports for notebooks and Gephi: pure string builders over a GraphSnapshot and,
 * optionally, characterMetrics' output. Same snapshot in, same bytes out.
 */
export { toCsvEdges } from "./csv-edges";
export { toCsvNodes } from "./csv-nodes";
export { toGEXF } from "./gexf";
export { toGraphML } from "./graphml";
export type { GraphFileOptions } from "./graph-file-options";
export { toNodeLinkJson } from "./node-link-json";
export type { NodeLinkEdge, NodeLinkNode, NodeLinkOptions } from "./node-link-json";
