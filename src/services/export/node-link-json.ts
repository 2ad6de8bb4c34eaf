import { DIRECTED_TYPES } from "../../domain/vocabulary";
import type { Evidence } from "../../domain/graph-document";
import type { CharacterMetrics } from "../../analysis/metric-types";
import type { GraphSnapshot } from "../../domain/graph-snapshot";
import { compareStrings } from "../../domain/relationship-order";
import { arcs, characterRows } from "./export-columns";
import type { GraphFileOptions } from "./graph-file-options";

export interface NodeLinkOptions extends GraphFileOptions {
  /**
   * The property holding the edges. networkx read it from "links" until 3.5 and reads "edges"
   * by default from 3.6 on. Default "links"; see toNodeLinkJson for the matching call.
   */
  edgesKey?: "links" | "edges";
}

export interface NodeLinkNode {
  id: string;
  label: string;
  aliases: string[];
  mentions: number;
  degree?: number;
  weightedDegree?: number;
  betweenness?: number;
  pagerank?: number;
}

export interface NodeLinkEdge {
  source: string;
  target: string;
  /** Tells parallel edges apart: 0, 1, ... among the edges of one pair (one direction, if directed). */
  key: number;
  type: string;
  role: string | null;
  weight: number;
  /** The relationship type's meaning is directed (source acts on target). */
  directed: boolean;
  evidence: Evidence[];
}

/**
 * networkx's node-link JSON, as an undirected multigraph (one link per relationship, with all
 * its evidence), or a directed one when asked (see GraphFileOptions). To load it in Python:
 *
 *   networkx >= 3.4:  nx.node_link_graph(data, edges="links")
 *   networkx <  3.4:  nx.node_link_graph(data)           (reads "links" by default)
 *
 * or export with edgesKey "edges" and call nx.node_link_graph(data) on networkx >= 3.6.
 */
export function toNodeLinkJson(
  snapshot: GraphSnapshot,
  metrics?: readonly CharacterMetrics[],
  options: NodeLinkOptions = {},
): string {
  const nodes: NodeLinkNode[] = characterRows(snapshot, metrics).map(
    ({ character: c, metrics: m }) => ({
      id: c.id,
      label: c.name,
      aliases: c.aliases,
      mentions: c.mentions,
      ...(m && {
        degree: m.degree,
        weightedDegree: m.weightedDegree,
        betweenness: m.betweenness,
        pagerank: m.pageRank,
      }),
    }),
  );
  const directed = options.directed ?? false;
  const document = {
    directed,
    multigraph: true,
    graph: {},
    nodes,
    [options.edgesKey ?? "links"]: links(snapshot, directed),
  };
  return JSON.stringify(document);
}

function links(snapshot: GraphSnapshot, directed: boolean): NodeLinkEdge[] {
  const perPair = new Map<string, number>();
  return arcs(snapshot, directed).map(({ relationship: r, source, target }) => {
    const ends = [source, target];
    const pair = JSON.stringify(directed ? ends : ends.sort(compareStrings));
    const key = perPair.get(pair) ?? 0;
    perPair.set(pair, key + 1);
    return {
      source,
      target,
      key,
      type: r.type,
      role: r.role,
      weight: r.weight,
      directed: DIRECTED_TYPES.has(r.type),
      evidence: r.evidence,
    };
  });
}
