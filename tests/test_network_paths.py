"""Explained shortest paths: hops with predicate, direction, evidence and record."""

import networkx as nx
import pytest
from graph_fixtures import HAIER, HISENSE, LCR, QINGDAO, SCR, graph, graph_store_path  # noqa: F401

from tradegraph.errors import BadInputError
from tradegraph.network.paths import explained_paths


def test_one_hop_path_reads_forward_with_evidence(graph):
    [path] = explained_paths(graph, LCR, HISENSE, limit=1)
    hop = path["hops"][0]
    assert path["length"] == 1
    assert (hop["predicate"], hop["direction"], hop["count"]) == ("visited", "forward", 2)
    assert hop["statement"] == "Leeds City Region visited Hisense"
    assert hop["also"][0]["predicate"] == "collaborationOpportunity"
    assert hop["evidence"][0]["record"].endswith("lcr-qingdao-2020")


def test_backward_hops_and_ranking(graph):
    paths = explained_paths(graph, QINGDAO, LCR, limit=5)
    assert {p["length"] for p in paths} == {2} and len(paths) == 3
    via_hisense = next(p for p in paths if p["nodes"][1]["id"] == HISENSE)
    assert [h["direction"] for h in via_hisense["hops"]] == ["backward", "backward"]
    assert via_hisense["hops"][1]["reading"] == "visited by"
    assert via_hisense["text"] == "Qingdao —headquarters of→ Hisense —visited by→ Leeds City Region"
    assert explained_paths(graph, QINGDAO, LCR, limit=1) == paths[:1]
    direct = explained_paths(graph, SCR, QINGDAO)
    assert direct[0]["length"] == 1 and direct[0]["hops"][0]["direction"] == "symmetric"


def test_max_hops_and_no_path():
    G = nx.MultiDiGraph()
    for n in "abcd":
        G.add_node(n, label=n.upper(), type="Firm")
    for u, v in ("ab", "bc"):
        G.add_edge(u, v, key="partnerOf", predicate="partnerOf", count=1, evidence=[], records=[])
    assert explained_paths(G, "a", "c", max_hops=1) == []
    assert explained_paths(G, "a", "c", max_hops=2)[0]["text"] == "A —partner of→ B —partner of→ C"
    assert explained_paths(G, "a", "d") == []
    with pytest.raises(BadInputError):
        explained_paths(G, "a", "a")
    with pytest.raises(BadInputError):
        explained_paths(G, "a", "zzz")


def test_path_through_common_contact(graph):
    paths = explained_paths(graph, HAIER, SCR, max_hops=4, limit=10)
    assert paths and all(p["length"] == paths[0]["length"] for p in paths)
    for p in paths:
        for a, b in zip(p["hops"], p["hops"][1:]):
            assert a["to"]["id"] == b["from"]["id"]


def test_bidirectional_search_agrees_with_networkx():
    import random

    for seed in range(15):
        U = nx.gnm_random_graph(50, 75, seed=seed)
        G = nx.MultiDiGraph()
        G.add_nodes_from(U.nodes, label="x", type="Firm")
        rng = random.Random(seed)
        for u, v in U.edges:
            a, b = (u, v) if rng.random() < 0.5 else (v, u)
            G.add_edge(a, b, key="metWith", predicate="metWith", count=1, evidence=[], records=[])
        for s, t in ((0, 5), (1, 40), (7, 33)):
            try:
                length = nx.shortest_path_length(U, s, t)
            except nx.NetworkXNoPath:
                length = None
            for max_hops in (2, 3, 6):
                found = explained_paths(G, s, t, max_hops=max_hops, limit=500)
                expected = None if length is None or length > max_hops else length
                assert (found[0]["length"] if found else None) == expected
                if found:
                    assert len(found) == len(list(nx.all_shortest_paths(U, s, t)))


def test_a_hop_shows_a_sentence_before_evidence_without_one():
    """Some relations are found from a record as a whole (a mission's party), with no sentence:
    a hop prefers a relation, and within it evidence, that can be quoted."""
    from tradegraph.network.paths import explain_hop

    G = nx.MultiDiGraph()
    G.add_node("lcr", label="LCR", type="Region")
    G.add_node("trip", label="LCR mission", type="Event")
    bare = {"text": "", "record": "r2", "date": "2021", "method": "mission-party"}
    quoted = {"text": "LCR's mission set off.", "record": "r1", "date": "2019", "method": None}
    G.add_edge("lcr", "trip", key="participatedIn", predicate="participatedIn", count=2,
               evidence=[bare, quoted], records=["r1", "r2"])
    hop = explain_hop(G, "lcr", "trip")
    assert [ev["text"] for ev in hop["evidence"]] == ["LCR's mission set off.", ""]
    G.add_edge("trip", "lcr", key="organisedBy", predicate="organisedBy", count=5, evidence=[bare], records=["r2"])
    assert explain_hop(G, "lcr", "trip")["predicate"] == "participatedIn"  # quotable beats more records
