"""Opens Ensemble's exports as a data journalist would, and reports what it read.

Usage: python3 check_exports.py DIR
DIR holds the downloads: graph.graphml, graph.gexf, graph.json, edges.csv, nodes.csv, the
directed graph files directed.graphml, directed.gexf, directed.json, and one document's
slice as document-edges.csv and document-graph.json. Prints one JSON object (see main).
"""
import json
import sys
from pathlib import Path

import networkx as nx
import pandas as pd


def shape(graph):
    return {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
    }


def node_link(path):
    with open(path, encoding="utf-8") as handle:
        return nx.node_link_graph(json.load(handle), edges="links")


def pair_weights(graph):
    """Each unordered pair's summed relationship weight."""
    sums = {}
    for source, target, weight in graph.edges(data="weight"):
        pair = tuple(sorted((source, target)))
        sums[pair] = sums.get(pair, 0) + weight
    return sums


def csv_pair_weights(path):
    """The same sums from the edge list, as a pandas user with per-document weights makes them."""
    edges = pd.read_csv(path)
    edges["pair"] = [tuple(sorted(p)) for p in zip(edges["Source"], edges["Target"])]
    return edges.groupby("pair")["Weight"].sum().to_dict(), len(edges)


def compare(csv_path, graph):
    from_csv, rows = csv_pair_weights(csv_path)
    from_graph = pair_weights(graph)
    pairs = set(from_csv) | set(from_graph)
    differing = sorted(
        f"{a}-{b}" for a, b in pairs if from_csv.get((a, b)) != from_graph.get((a, b))
    )
    return {"rows": rows, "pairs": len(pairs), "differing": differing}


def main(directory):
    d = Path(directory)
    linked = node_link(d / "graph.json")
    graphml = nx.read_graphml(d / "graph.graphml")
    gexf = nx.read_gexf(d / "graph.gexf")
    nodes = pd.read_csv(d / "nodes.csv")
    killed = [data for _, _, data in graphml.edges(data=True) if data["type"] == "KILLED"]
    report = {
        "graphml": shape(graphml),
        "gexf": shape(gexf),
        "json": shape(linked),
        "directedGraphml": shape(nx.read_graphml(d / "directed.graphml")),
        "directedGexf": shape(nx.read_gexf(d / "directed.gexf")),
        "directedJson": shape(node_link(d / "directed.json")),
        "sameNodes": set(graphml) == set(gexf) == set(linked) == set(nodes["Id"]),
        "killedMarkedDirected": all(data["directed"] is True for data in killed),
        "killed": len(killed),
        "edgesCsv": compare(d / "edges.csv", linked),
        "documentEdgesCsv": compare(d / "document-edges.csv", node_link(d / "document-graph.json")),
        "graphmlPairsMatchJson": pair_weights(graphml) == pair_weights(linked),
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1])
