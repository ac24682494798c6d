"""Reads exported files with networkx, the way a researcher would, and prints what it found as JSON.

Usage: networkx_read.py <graph.gexf> <graph.graphml> <graph.cyjs>
"""

import json
import sys

import networkx as nx


def counts(graph):
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def read_gexf(path):
    graph = nx.read_gexf(path)
    return {
        **counts(graph),
        "mode": graph.graph.get("mode"),
        "nodeStart": {node: data.get("start") for node, data in graph.nodes(data=True)},
        "edgeSpell": {
            data["id"]: [data.get("start"), data.get("end")]
            for _, _, data in graph.edges(data=True)
        },
        "colour": {node: data.get("viz", {}).get("color") for node, data in graph.nodes(data=True)},
        "size": {node: data.get("viz", {}).get("size") for node, data in graph.nodes(data=True)},
        "sourceUrls": {node: data.get("sourceUrls") for node, data in graph.nodes(data=True)},
    }


def read_graphml(path):
    graph = nx.read_graphml(path)
    return {**counts(graph), "sources": json.loads(graph.graph.get("sources", "[]"))}


def read_cytoscape(path):
    with open(path, encoding="utf-8") as file:
        graph = nx.cytoscape_graph(json.load(file))
    return {**counts(graph), "directed": graph.is_directed(), "multigraph": graph.is_multigraph()}


if __name__ == "__main__":
    gexf, graphml, cytoscape = sys.argv[1:4]
    print(
        json.dumps(
            {
                "networkx": nx.__version__,
                "gexf": read_gexf(gexf),
                "graphml": read_graphml(graphml),
                "cytoscape": read_cytoscape(cytoscape),
            }
        )
    )
