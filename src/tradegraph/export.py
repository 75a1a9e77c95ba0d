"""Export the graph for other tools: RDF (Turtle, TriG, N-Quads, JSON-LD), GraphML and GEXF
(Gephi, yEd, Cytoscape), and CSV for Neo4j.

RDF formats come from the store's N-Quads dump parsed into an rdflib ``Dataset``. Turtle
holds the union of all record graphs (Turtle has no named graphs; the graph names, i.e. the
provenance per record, survive in ``trig``, ``nquads`` and ``jsonld``).

GraphML and GEXF hold the network projection (:mod:`tradegraph.network.project`). Their
writers take scalar attributes only, so lists are joined with ``" | "`` and dicts/lists of
dicts are JSON text: nodes keep ``label`` and ``type`` (Gephi shows the label and can
partition by type), ``aliases``, ``identifiers``, ``facts``; edges keep ``predicate``,
``count``, ``first_date``, ``last_date``, ``records``, ``titles`` and ``evidence`` (the
sentences).

CSV writes ``nodes.csv`` and ``edges.csv`` into the ``-o`` directory, for Neo4j::

    LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
    MERGE (n:Entity {id: row.id}) SET n.label = row.label, n.type = row.type,
          n.aliases = split(row.aliases, ' | ');
    LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
    MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
    MERGE (a)-[r:RELATION {predicate: row.predicate}]->(b)
    SET r.count = toInteger(row.count), r.first_date = row.first_date,
        r.last_date = row.last_date, r.records = split(row.records, ' | ');
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import TradegraphError
from .store.base import Store

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

RDF_FORMATS = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "jsonld": "json-ld"}
GRAPH_FORMATS = ("graphml", "gexf", "csv")
FORMATS = (*RDF_FORMATS, *GRAPH_FORMATS)
SEP = " | "


class OutputPathError(TradegraphError):
    """The output cannot be written where asked (missing folder, not writable)."""

    exit_code = 1


def check_output(path: str | Path, *, directory: bool = False) -> Path:
    """The output path, if its parent folder exists (and, for a directory, it is not a file)."""
    p = Path(path)
    parent = p.resolve().parent
    if not parent.is_dir():
        raise OutputPathError(f"cannot write {path}: folder {parent} does not exist")
    if directory and p.exists() and not p.is_dir():
        raise OutputPathError(f"cannot write into {path}: it is a file, not a folder")
    if not directory and p.is_dir():
        raise OutputPathError(f"cannot write {path}: it is a folder")
    return p


def write_text(path: str | Path, text: str) -> Path:
    p = check_output(path)
    try:
        p.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputPathError(f"cannot write {path}: {exc.strerror or exc}") from None
    return p


def export(store: Store, fmt: str, path: str | Path) -> dict:
    """Write the store in ``fmt`` (one of ``FORMATS``) to ``path``; returns what was written."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise TradegraphError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    check_output(path, directory=fmt == "csv")
    try:
        if fmt in RDF_FORMATS:
            return export_rdf(store, fmt, path)
        from .network.api import load_graph

        G = load_graph(store)
        if fmt == "csv":
            return write_csv(G, path)
        return write_network(G, fmt, path)
    except OSError as exc:
        raise OutputPathError(f"cannot write {path}: {exc.strerror or exc}") from None


def export_rdf(store: Store, fmt: str, path: str | Path) -> dict:
    from rdflib import Dataset, Graph

    from .network.api import EMPTY_STORE
    from .rdf.mapping import bind_prefixes

    nquads = store.dump_nquads()
    if not nquads.strip():
        raise TradegraphError(EMPTY_STORE.format(location=getattr(store, "location", "STORE")))
    if fmt == "nquads":  # the dump already is N-Quads: write it as the store has it
        Path(path).write_text(nquads, encoding="utf-8")
        return {"format": fmt, "path": str(path), "quads": sum(1 for line in nquads.splitlines() if line.strip())}
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    bind_prefixes(ds)
    quads = sum(1 for _ in ds.quads((None, None, None, None)))
    if fmt == "turtle":
        union = bind_prefixes(Graph())
        for s, p, o, _ in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        union.serialize(destination=str(path), format="turtle", encoding="utf-8")
        return {"format": fmt, "path": str(path), "triples": len(union), "quads": quads}
    ds.serialize(destination=str(path), format=RDF_FORMATS[fmt], encoding="utf-8")
    return {"format": fmt, "path": str(path), "quads": quads,
            "graphs": sum(1 for g in ds.graphs() if len(g))}


def _scalar(value):
    """A value GraphML/GEXF can store: str, int, float or bool (None → dropped)."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple, set)) and all(isinstance(x, str) for x in value):
        return SEP.join(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def flatten(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the projection with scalar attributes only (lists joined, dicts as JSON)."""
    import networkx as nx

    F = nx.MultiDiGraph()
    for n, data in G.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in data.items()}
        F.add_node(n, **{k: v for k, v in attrs.items() if v is not None and v != ""})
    for u, v, key, data in G.edges(keys=True, data=True):
        attrs = {k: _scalar(x) for k, x in data.items() if k != "evidence"}
        attrs["evidence"] = SEP.join(ev["text"] for ev in data.get("evidence", []) if ev.get("text"))
        attrs["titles"] = SEP.join(t or "" for t in data.get("titles", []))
        F.add_edge(u, v, key=key, **{k: x for k, x in attrs.items() if x is not None})
    return F


def write_network(G: nx.MultiDiGraph, fmt: str, path: str | Path) -> dict:
    import networkx as nx

    F = flatten(G)
    if fmt == "graphml":
        nx.write_graphml(F, str(path), encoding="utf-8")
    else:
        nx.write_gexf(F, str(path), encoding="utf-8")
    return {"format": fmt, "path": str(path), "nodes": F.number_of_nodes(), "edges": F.number_of_edges()}


NODE_COLUMNS = ("id", "label", "type", "aliases", "identifiers", "facts")
EDGE_COLUMNS = ("source", "target", "predicate", "count", "first_date", "last_date", "records",
                "titles", "evidence")


def write_csv(G: nx.MultiDiGraph, directory: str | Path) -> dict:
    d = Path(directory)
    d.mkdir(exist_ok=True)
    F = flatten(G)
    with open(d / "nodes.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(NODE_COLUMNS)
        for n, data in F.nodes(data=True):
            w.writerow([n, *(data.get(c, "") for c in NODE_COLUMNS[1:])])
    with open(d / "edges.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(EDGE_COLUMNS)
        for u, v, data in F.edges(data=True):
            w.writerow([u, v, *("" if data.get(c) is None else data.get(c) for c in EDGE_COLUMNS[2:])])
    return {"format": "csv", "path": str(d), "files": [str(d / "nodes.csv"), str(d / "edges.csv")],
            "nodes": F.number_of_nodes(), "edges": F.number_of_edges()}
