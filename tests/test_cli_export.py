"""``tradegraph export``: every format re-read by rdflib or networkx with counts preserved."""

import csv

import networkx as nx
import pytest
from click.testing import CliRunner
from graph_fixtures import HISENSE, LCR, empty_store_path, graph, graph_store_path  # noqa: F401
from rdflib import Dataset, Graph

from tradegraph.cli.export import export_command
from tradegraph.store.embedded import EmbeddedStore


def run(*args):
    return CliRunner().invoke(export_command, list(args))


@pytest.fixture
def quads(graph_store_path):
    with EmbeddedStore(graph_store_path, create=False) as store:
        ds = Dataset()
        ds.parse(data=store.dump_nquads(), format="nquads")
    return ds


@pytest.mark.parametrize("fmt,rdflib_format", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_rdf_with_named_graphs(graph_store_path, quads, tmp_path, fmt, rdflib_format):
    out = tmp_path / f"graph.{fmt}"
    result = run("--format", fmt, "-o", str(out), "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    back = Dataset()
    back.parse(str(out), format=rdflib_format)
    n = sum(1 for _ in back.quads((None, None, None, None)))
    assert n == sum(1 for _ in quads.quads((None, None, None, None)))
    assert {str(g.identifier) for g in back.graphs() if len(g)} >= {
        "https://w3id.org/tradegraph/record/lcr-qingdao-2020"}


def test_turtle_is_the_union(graph_store_path, quads, tmp_path):
    out = tmp_path / "graph.ttl"
    result = run("--format", "turtle", "-o", str(out), "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    g = Graph().parse(str(out), format="turtle")
    assert len(g) == len({(s, p, o) for s, p, o, _ in quads.quads((None, None, None, None))})


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_formats_open_with_labels_and_types(graph_store_path, graph, tmp_path, fmt, reader):
    out = tmp_path / f"graph.{fmt}"
    result = run("--format", fmt, "-o", str(out), "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    back = reader(str(out))
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    node = back.nodes[HISENSE]
    assert node["label"] == "Hisense" and node["type"] == "Firm" and node["aliases"] == "Hisense Group"
    predicates = {d["predicate"] for _, _, d in back.edges(data=True)}
    assert "visited" in predicates
    visited = [d for u, v, d in back.edges(data=True) if (u, v) == (LCR, HISENSE) and d["predicate"] == "visited"]
    assert visited[0]["count"] in (2, "2")


def test_csv_for_neo4j(graph_store_path, graph, tmp_path):
    out = tmp_path / "neo4j"
    result = run("--format", "csv", "-o", str(out), "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    with open(out / "nodes.csv", encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with open(out / "edges.csv", encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    assert {"id", "label", "type"} <= set(nodes[0])
    assert {"source", "target", "predicate", "count", "records", "evidence"} <= set(edges[0])
    assert {n["id"] for n in nodes} >= {e["source"] for e in edges} | {e["target"] for e in edges}


def test_missing_parent_folder_exit_1(graph_store_path, tmp_path):
    for fmt, name in (("gexf", "x.gexf"), ("turtle", "x.ttl"), ("csv", "dir")):
        result = run("--format", fmt, "-o", str(tmp_path / "missing" / name), "--store", graph_store_path)
        assert result.exit_code == 1, result.output
        assert "does not exist" in result.output and "Traceback" not in result.output


def test_empty_store_and_bad_format(empty_store_path, tmp_path):
    for fmt in ("nquads", "graphml"):
        result = run("--format", fmt, "-o", str(tmp_path / "x"), "--store", empty_store_path)
        assert result.exit_code == 2 and "tradegraph ingest" in result.output
    result = run("--format", "xml", "-o", str(tmp_path / "x"), "--store", empty_store_path)
    assert result.exit_code == 2
