"""Reads exported files with networkx, the way a researcher would, and prints what it found as JSON.

Usage: networkx_read.py [--gexf graph.gexf] [--graphml graph.graphml] [--cytoscape graph.cyjs]
"""

import argparse
import json

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
        "position": {
            node: data.get("viz", {}).get("position") for node, data in graph.nodes(data=True)
        },
    }


def read_graphml(path):
    graph = nx.read_graphml(path)
    return {**counts(graph), "sources": json.loads(graph.graph.get("sources", "[]"))}


def read_cytoscape(path):
    with open(path, encoding="utf-8") as file:
        graph = nx.cytoscape_graph(json.load(file))
    return {**counts(graph), "directed": graph.is_directed(), "multigraph": graph.is_multigraph()}


READERS = {"gexf": read_gexf, "graphml": read_graphml, "cytoscape": read_cytoscape}

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in READERS:
        parser.add_argument(f"--{name}", metavar="PATH")
    paths = vars(parser.parse_args())
    read = {name: READERS[name](path) for name, path in paths.items() if path is not None}
    print(json.dumps({"networkx": nx.__version__, **read}))
