"""Reads an export of the service with Debian's networkx / igraph (the outside oracles) and prints what they saw.

    /usr/bin/python3 read_export.py <reader> <file> [<edges file>]

reader: nx-gexf | nx-graphml | igraph-graphml | csv (file = nodes.csv, edges file = edges.csv)
Prints JSON: {"library", "nodes", "edges", "directed", "attributes": {node id: {...}},
"degree": {node id: degree}, "modularity": <networkx's modularity of the modularity_class partition, or null>,
"spells": {node or edge id: [start, end] or [[start, end], ...]}}.
"""
import csv
import json
import math
import sys


def plain(value):
    """JSON without NaN: igraph fills missing numeric attributes with NaN."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def from_networkx(graph, library):
    attributes = {str(n): dict(d) for n, d in graph.nodes(data=True)}
    modularity = None
    if attributes and all("modularity_class" in a for a in attributes.values()):
        import networkx as nx
        classes = {}
        for n, a in attributes.items():
            classes.setdefault(a["modularity_class"], set()).add(n)
        modularity = nx.algorithms.community.modularity(graph, list(classes.values()), weight="weight")
    spells = {}
    for n, d in graph.nodes(data=True):
        if "start" in d or "spells" in d:
            spells[str(n)] = d.get("spells") or [d.get("start"), d.get("end")]
    for _, _, d in graph.edges(data=True):
        if "start" in d or "spells" in d:
            spells[str(d.get("id"))] = d.get("spells") or [d.get("start"), d.get("end")]
    return {
        "library": library,
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "directed": graph.is_directed(),
        "attributes": attributes,
        "degree": {str(n): d for n, d in graph.degree()},
        "modularity": modularity,
        "spells": spells,
        "mode": graph.graph.get("mode"),
    }


def main():
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "nx-gexf":
        import networkx as nx
        # MultiGraph/MultiDiGraph: the reader makes the graph type from the file; parallel edges stay.
        result = from_networkx(nx.read_gexf(path, version="1.2draft"), "networkx " + nx.__version__)
    elif reader == "nx-graphml":
        import networkx as nx
        result = from_networkx(nx.read_graphml(path), "networkx " + nx.__version__)
    elif reader == "igraph-graphml":
        import igraph
        g = igraph.Graph.Read_GraphML(path)
        ids = g.vs["id"]
        result = {
            "library": "igraph " + igraph.__version__,
            "nodes": g.vcount(),
            "edges": g.ecount(),
            "directed": g.is_directed(),
            "attributes": {ids[v.index]: {k: v[k] for k in g.vs.attributes()} for v in g.vs},
            "degree": {ids[i]: d for i, d in enumerate(g.degree())},
            "modularity": None,
            "spells": {},
        }
    elif reader == "csv":
        with open(path, newline="", encoding="utf-8") as f:
            nodes = list(csv.DictReader(f))
        with open(sys.argv[3], newline="", encoding="utf-8") as f:
            edges = list(csv.DictReader(f))
        degree = {}
        for e in edges:
            degree[e["source"]] = degree.get(e["source"], 0) + 1
            degree[e["target"]] = degree.get(e["target"], 0) + 1
        result = {
            "library": "csv",
            "nodes": len(nodes),
            "edges": len(edges),
            "directed": None,
            "attributes": {n["id"]: n for n in nodes},
            "degree": degree,
            "modularity": None,
            "spells": {},
        }
    else:
        raise SystemExit("unknown reader " + reader)
    json.dump(plain(result), sys.stdout, default=str, allow_nan=False)


main()
