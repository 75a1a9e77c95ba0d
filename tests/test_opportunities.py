"""Opportunities: stated first, inferred leads with documented score components and paths."""

import networkx as nx
import pytest
from graph_fixtures import (CONNECTING, HAIER, HISENSE, HISENSE_UK, LCR, SCR, TSINGTAO, UOL,  # noqa: F401
                            graph, graph_store_path)

from tradegraph.network import opportunities as opp
from tradegraph.network.opportunities import (candidates_for, combined_score, evidence_score,
                                              inferred_opportunities, opportunities, recency_score,
                                              region_members, stated_opportunities, structure_score,
                                              type_compatibility, typed_projection)


def pair(o):
    return {p["id"] for p in o.parties}


def test_stated_opportunity_has_parties_topic_evidence_record_date(graph):
    [o] = stated_opportunities(graph)
    assert o.kind == "stated" and pair(o) == {HISENSE, LCR}
    assert o.topics == ["smart transportation"] and o.date == "2020-03-11"
    assert o.records[0].endswith("lcr-qingdao-2020")
    assert "explored joint work on smart transportation" in o.evidence[0]["text"]
    focused = stated_opportunities(graph, focus=LCR)[0]
    assert focused.parties[0]["id"] == LCR  # the focus comes first


def test_stated_rank_above_inferred_and_limit(graph):
    found = opportunities(graph, limit=None)
    kinds = [o.kind for o in found]
    assert kinds[0] == "stated" and set(kinds[1:]) == {"inferred"}
    assert len(opportunities(graph, limit=3)) == 3
    assert [o.kind for o in opportunities(graph, limit=1)] == ["stated"]
    scores = [o.score for o in found[1:]]
    assert scores == sorted(scores, reverse=True)


def test_peer_region_lead(graph):
    found = inferred_opportunities(graph, focus=LCR, limit=None)
    lead = next(o for o in found if pair(o) == {LCR, TSINGTAO})
    assert lead.rule == "peer-contact" and lead.via[0]["id"] == SCR
    assert [h["predicate"] for h in lead.path] == ["visited", "visited", "metWith"]
    assert [h["direction"] for h in lead.path] == ["forward", "backward", "symmetric"]
    assert all(h["evidence"] and h["records"] for h in lead.path)
    assert "Sheffield City Region met Tsingtao Brewery" in lead.why


def test_shared_sector_lead_with_components(graph):
    found = inferred_opportunities(graph, focus=HISENSE, limit=None)
    lead = next(o for o in found if pair(o) == {HISENSE, UOL})
    assert lead.rule == "shared-sector" and lead.topics == ["smart transportation"]
    c = lead.components
    assert set(c) == {"structure", "resource_allocation", "adamic_adar", "type", "evidence", "recency"}
    assert c["type"] == 0.9 and c["recency"] == 1.0
    # smart transportation has three typed neighbours (Hisense, UoL, Connecting Leeds): RA = 1/3
    assert c["resource_allocation"] == pytest.approx(1 / 3, abs=1e-3)
    assert lead.score == combined_score(c)


def test_inferred_pairs_are_not_already_connected(graph):
    for o in inferred_opportunities(graph, limit=None):
        u, v = (p["id"] for p in o.parties)
        assert not graph.has_edge(u, v) and not graph.has_edge(v, u)


def test_region_filter_keeps_the_region_and_what_lies_in_it(graph):
    members = region_members(graph, LCR)
    assert {LCR, UOL, HISENSE_UK, CONNECTING} <= members and HISENSE not in members
    found = opportunities(graph, region=LCR, limit=None)
    assert found and all(pair(o) & members for o in found)
    for_hisense = opportunities(graph, focus=HISENSE, region=LCR, limit=None)
    assert {frozenset(pair(o)) for o in for_hisense} >= {frozenset({HISENSE, UOL}), frozenset({HISENSE, CONNECTING})}
    assert all(o.parties[1]["id"] in members for o in for_hisense)


def test_scoring_components():
    assert type_compatibility("Firm", "Region") == 1.0
    assert type_compatibility("University", "Firm") == 0.9
    assert type_compatibility("Firm", "Firm") == 0.5
    assert type_compatibility("Sector", "Person") == opp.DEFAULT_COMPATIBILITY
    assert structure_score(0) == 0 and 0 < structure_score(0.1) < structure_score(1) < 1
    assert evidence_score(0) == 0 and evidence_score(1) < evidence_score(3) < 1
    assert recency_score("2020", "2020") == 1.0
    assert recency_score("2014-03-11", "2020-03-11") == pytest.approx(0.25, abs=1e-3)
    assert recency_score(None, "2020-01-01") == 0.0
    assert combined_score({"structure": 0.5, "type": 1, "evidence": 0, "recency": 0}) == 0.45


def test_link_prediction_on_typed_projection_ignores_locations():
    G = nx.MultiDiGraph(records={})
    for n, t in [("f1", "Firm"), ("f2", "Firm"), ("china", "Country"), ("ai", "Sector"), ("uni", "University")]:
        G.add_node(n, label=n, type=t)
    for s, p, o in [("f1", "locatedIn", "china"), ("f2", "locatedIn", "china"),
                    ("f1", "activeIn", "ai"), ("uni", "activeIn", "ai")]:
        G.add_edge(s, o, key=p, predicate=p, count=1, evidence=[], records=["r"], last_date="2020")
    H = typed_projection(G)
    assert set(H.nodes) == {"f1", "ai", "uni"}
    assert set(candidates_for(G, "f1")) == {"uni"}  # sharing China is not a lead
    [lead] = inferred_opportunities(G, focus="f1")
    assert lead.components["resource_allocation"] == 0.5  # 1 / degree(ai)
    assert opportunities(G, focus="f2") == []


def test_candidates_only_of_collaborating_types(graph):
    found = candidates_for(graph, LCR)
    assert HAIER not in found  # already met
    assert all(graph.nodes[v]["type"] in opp.COLLABORATOR_TYPES for v in found)


def test_to_dict_is_json_ready(graph):
    import json

    data = [o.to_dict() for o in opportunities(graph, limit=None)]
    text = json.dumps(data)
    assert json.loads(text)[0]["kind"] == "stated"
    assert {d["kind"] for d in data} == {"stated", "inferred"}
