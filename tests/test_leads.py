"""Whole-graph leads: the pruned top-k search gives exactly the exhaustive ranking's first k."""

import random

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradegraph.network.leads import top_leads
from tradegraph.model import SYMMETRIC_PREDICATES
from tradegraph.network.opportunities import inferred_opportunities, region_members

TYPES = ["Firm"] * 6 + ["University", "Organisation", "GovernmentBody", "Region", "Region", "City",
                        "City", "Country", "Sector", "Sector", "Event", "Person", "Initiative"]
PREDICATES = ["visited", "metWith", "partnerOf", "participatedIn", "participatesIn", "activeIn",
              "activeIn", "affiliatedWith", "investsIn", "locatedIn", "headquarteredIn", "hasOfficeIn"]
DATES = ["2015-06-01", "2018", "2019-11", "2020-03-11", "2021-01-20", None]


def random_graph(seed: int, n: int = 60, m: int = 150) -> nx.MultiDiGraph:
    """A typed projection-shaped graph with a few hubs (edges favour low node numbers)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph(records={f"r{i}": {"title": f"R{i}", "date": DATES[i % len(DATES)], "source": None}
                                 for i in range(8)})
    for i in range(n):
        G.add_node(f"n{i:03d}", label=f"N{i}", type=rng.choice(TYPES))
    nodes = list(G)
    for _ in range(m):
        s, o = (nodes[min(int(rng.paretovariate(1.2)) - 1, n - 1)] if rng.random() < 0.5
                else rng.choice(nodes) for _ in range(2))
        p = rng.choice(PREDICATES)
        if s == o:
            continue
        if p in SYMMETRIC_PREDICATES and o < s:
            s, o = o, s
        records = sorted(rng.sample(sorted(G.graph["records"]), rng.choice([1, 1, 2, 3])))
        dates = sorted(d for d in (G.graph["records"][r]["date"] for r in records) if d)
        evidence = [{"text": f"{s} {p} {o} ({r})", "record": r, "date": G.graph["records"][r]["date"],
                     "topic": None} for r in records]
        if not G.has_edge(s, o, key=p):
            G.add_edge(s, o, key=p, predicate=p, symmetric=p in SYMMETRIC_PREDICATES, count=len(records),
                       records=records, evidence=evidence, first_date=dates[0] if dates else None,
                       last_date=dates[-1] if dates else None)
    return G


def listing(found):
    return [o.to_dict() for o in found]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6), size=st.sampled_from([(60, 150), (30, 200), (40, 400)]),
       k=st.sampled_from([1, 3, 10]), hub_cap=st.sampled_from([3, 8, 200]))
def test_top_k_is_the_exhaustive_ranking_cut_at_k(seed, size, k, hub_cap):
    G = random_graph(seed, *size)
    every = inferred_opportunities(G, limit=None, hub_cap=hub_cap)
    assert listing(inferred_opportunities(G, limit=k, hub_cap=hub_cap)) == listing(every[:k])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10**6))
def test_top_k_within_a_region_is_the_exhaustive_ranking_cut_at_k(seed):
    G = random_graph(seed)
    region = next((n for n in G if G.nodes[n]["type"] == "Region"), None)
    if region is None:
        return
    members = region_members(G, region)
    every = inferred_opportunities(G, members=members, limit=None, hub_cap=6)
    assert listing(inferred_opportunities(G, members=members, limit=5, hub_cap=6)) == listing(every[:5])


def test_bounds_prune_and_stop_early():
    """On a graph with many candidates most are never scored, and later start nodes never walked."""
    G = random_graph(7, n=400, m=1500)
    stats: dict = {}
    found = top_leads(G, 5, stats=stats, hub_cap=20)
    assert len(found) == 5
    assert stats["pruned"] > 10 * stats["scored"]
    assert stats["stopped_at"] is not None and stats["starts"] < stats["candidates_of"]
    every = inferred_opportunities(G, limit=None, hub_cap=20)
    assert [(c.u, c.v) for c in found] == [tuple(p["id"] for p in o.parties) for o in every[:5]]


def test_a_lead_scores_the_same_overall_and_for_one_entity():
    G = random_graph(11, n=200, m=600)
    for o in inferred_opportunities(G, limit=10):
        u, v = (p["id"] for p in o.parties)
        mine = {o2.parties[1]["id"]: o2 for o2 in inferred_opportunities(G, focus=u, limit=None)}
        assert mine[v].score == o.score and mine[v].rule == o.rule


def test_no_leads_and_zero_limit():
    G = nx.MultiDiGraph(records={})
    G.add_node("a", label="A", type="Firm")
    assert top_leads(G, 5) == [] and top_leads(random_graph(1), 0) == []
    assert inferred_opportunities(G, limit=5) == []
