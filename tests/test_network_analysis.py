"""Centrality, communities and the stats summary: pure functions on small graphs."""

import networkx as nx
from graph_fixtures import HISENSE, LCR, graph, graph_store_path  # noqa: F401

from tradegraph.network.centrality import brokers, top_connectors
from tradegraph.network.communities import communities, community_of, describe_communities
from tradegraph.network.summary import format_summary, network_summary


def test_top_connectors_counts_distinct_neighbours_any_direction():
    G = nx.MultiDiGraph()
    G.add_edge("a", "hub", key="visited", count=1)
    G.add_edge("hub", "a", key="metWith", count=2)  # same neighbour again: still one
    G.add_edge("b", "hub", key="visited", count=1)
    rows = top_connectors(G, limit=None)
    assert [(r["id"], r["degree"]) for r in rows] == [("hub", 2), ("a", 1), ("b", 1)]
    assert rows[0]["weight"] == 4


def test_top_connectors_type_filter(graph):
    rows = top_connectors(graph, limit=3, types={"Firm"})
    assert rows[0]["id"] == HISENSE and all(r["type"] == "Firm" for r in rows)


def test_brokers_exact_and_sampled_are_repeatable():
    G = nx.barbell_graph(5, 1)
    exact = brokers(G, limit=1)
    assert exact[0]["id"] == 5 and exact[0]["approximate"] is False
    big = nx.barabasi_albert_graph(400, 2, seed=1)
    a = brokers(big, limit=5, exact_max_nodes=100, k=50, seed=3)
    b = brokers(big, limit=5, exact_max_nodes=100, k=50, seed=3)
    assert a == b and a[0]["approximate"] is True


def test_communities_seeded_and_described():
    G = nx.Graph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    found = communities(G)
    assert found == communities(G) == [{"a", "b", "c"}, {"x", "y", "z"}]
    assert community_of(found)["y"] == 1
    desc = describe_communities(G, found, top=2)
    assert desc[0]["size"] == 3 and desc[0]["members"][0]["id"] == "c"
    assert communities(nx.Graph()) == []


def test_network_summary_on_fixture(graph):
    s = network_summary(graph, limit=3)
    assert s["nodes"] == 17 and s["components"] == 1
    assert s["top_connectors"][0]["label"] in {"Hisense", "Qingdao"}
    assert s["brokers"] and s["communities"] and s["community_count"] >= 2
    text = format_summary(s)
    assert "Top connectors" in text and "Hisense" in text


def test_communities_on_int_relabelled_graph_match_louvain_on_names():
    import networkx as nx

    from tradegraph.network.communities import communities

    G = nx.planted_partition_graph(4, 25, 0.5, 0.02, seed=1)
    G = nx.relabel_nodes(G, {n: f"https://w3id.org/tradegraph/id/firm/f-{n}" for n in G})
    expected = nx.community.louvain_communities(G, weight="weight", seed=42)
    assert sorted(map(sorted, communities(G))) == sorted(map(sorted, expected))
    assert len(communities(G)) == 4


def test_brokers_sampled_match_networkx_on_the_named_graph():
    """Betweenness runs on an int-relabelled copy: the same sources are sampled, same scores."""
    G = nx.relabel_nodes(nx.barabasi_albert_graph(300, 2, seed=4), lambda i: f"n{i:03d}")
    expected = nx.betweenness_centrality(G, k=40, seed=7, normalized=True)
    found = brokers(G, limit=None, exact_max_nodes=100, k=40, seed=7)
    assert {r["id"]: r["betweenness"] for r in found} == {
        n: round(s, 6) for n, s in expected.items() if s > 0}
