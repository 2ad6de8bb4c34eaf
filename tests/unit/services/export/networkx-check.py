"""Loads Ensemble's node-link JSON and GraphML exports with networkx and prints what it read.

Usage: python3 networkx-check.py NODE_LINK.json GRAPH.graphml
Prints one JSON object: node and edge counts of both graphs, and the label of node "zed".
"""
import json
import sys

import networkx as nx


def read_node_link(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    try:
        # networkx >= 3.4 names the edge list with the `edges` keyword.
        return nx.node_link_graph(data, edges="links")
    except TypeError:
        # Older networkx reads "links" by default and has no `edges` keyword.
        return nx.node_link_graph(data)


def main(node_link_path, graphml_path):
    linked = read_node_link(node_link_path)
    graphml = nx.read_graphml(graphml_path)
    print(
        json.dumps(
            {
                "multigraph": linked.is_multigraph(),
                "directed": linked.is_directed(),
                "nodes": linked.number_of_nodes(),
                "edges": linked.number_of_edges(),
                "zed": linked.nodes["zed"]["label"],
                "graphmlNodes": graphml.number_of_nodes(),
                "graphmlEdges": graphml.number_of_edges(),
                "graphmlZed": graphml.nodes["zed"]["label"],
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
