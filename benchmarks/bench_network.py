"""Benchmark the network analytics on a synthetic 100,000-node mission graph.

Run::

    PYTHONPATH=src python benchmarks/bench_network.py [--nodes 100000] [--records 1000,10000]

The graph is built directly as the projection's ``MultiDiGraph`` (same attributes as
``to_networkx``), with realistic types and heavy-tailed degrees: firms pick headquarters
cities and sectors by a Zipf law, delegations (regions, cities, bodies) visit and meet
popular firms more often, people work for organisations, events gather participants.
Projection from a real store is timed separately on the synthetic corpora of
``benchmarks/corpus.py`` (firms, places and sectors recur across records, as in real
ones), written through ``rdf.mapping.to_ntriples`` like ``ingest`` does (store-only: the
corpus's own extractions, no extractor run).

Goals (2-core machine): each whole-graph analysis < 60 s, one-entity lookups < 2 s. The
machine may be shared, so goals are checked against CPU time (``time.process_time``);
wall time is printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tradegraph.network.centrality import brokers, top_connectors  # noqa: E402
from tradegraph.network.communities import communities  # noqa: E402
from tradegraph.network.leads import top_leads  # noqa: E402
from tradegraph.network.opportunities import inferred_opportunities, opportunities  # noqa: E402
from tradegraph.network.paths import explained_paths  # noqa: E402
from tradegraph.network.project import to_weighted_graph  # noqa: E402

SHARES = {"Firm": 0.42, "Person": 0.15, "City": 0.07, "Region": 0.025, "Country": 0.002,
          "GovernmentBody": 0.06, "University": 0.04, "Organisation": 0.06, "Event": 0.06,
          "Initiative": 0.04, "Sector": 0.005, "MediaOutlet": 0.018}
ID = "https://w3id.org/tradegraph/id/"
REC = "https://w3id.org/tradegraph/record/"


def zipf_picker(rng: random.Random, items: list, s: float = 1.1):
    weights = [1.0 / (i + 1) ** s for i in range(len(items))]
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)

    def pick(k: int = 1) -> list:
        return rng.choices(items, cum_weights=cum, k=k)

    return pick


def synthetic_graph(n: int = 100_000, seed: int = 7, n_records: int = 20_000) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    G = nx.MultiDiGraph(records={})
    by_type: dict[str, list[str]] = {}
    for t, share in SHARES.items():
        count = max(3, int(n * share))
        by_type[t] = [f"{ID}{t.lower()}/{t.lower()}-{i}" for i in range(count)]
        for node in by_type[t]:
            G.add_node(node, label=node.rsplit("/", 1)[-1].replace("-", " ").title(), type=t,
                       aliases=[], identifiers={}, facts=[])
    for r in range(n_records):
        G.graph["records"][f"{REC}r{r}"] = {"title": f"Record {r}", "date": f"{2010 + r % 15}-{1 + r % 12:02d}-15",
                                            "source": None}
    records = list(G.graph["records"])

    def add(s: str, p: str, o: str, symmetric: bool = False) -> None:
        if s == o:
            return
        if symmetric and o < s:
            s, o = o, s
        rec = rng.choice(records)
        date = G.graph["records"][rec]["date"]
        ev = {"text": f"{s} {p} {o}.", "record": rec, "title": G.graph["records"][rec]["title"],
              "date": date, "source": None, "method": "synthetic", "role": None, "topic": None}
        if G.has_edge(s, o, key=p):
            d = G.edges[s, o, p]
            d["evidence"].append(ev)
            d["records"].append(rec)
            d["titles"].append(ev["title"])
            d["count"] += 1
            d["first_date"], d["last_date"] = min(d["first_date"], date), max(d["last_date"], date)
        else:
            G.add_edge(s, o, key=p, predicate=p, symmetric=symmetric, count=1, records=[rec],
                       titles=[ev["title"]], first_date=date, last_date=date, evidence=[ev])

    cities, regions = zipf_picker(rng, by_type["City"]), zipf_picker(rng, by_type["Region"])
    countries, sectors = zipf_picker(rng, by_type["Country"]), zipf_picker(rng, by_type["Sector"])
    firms = zipf_picker(rng, by_type["Firm"], 0.9)
    orgs_all = by_type["Firm"] + by_type["University"] + by_type["Organisation"] + by_type["GovernmentBody"]
    orgs = zipf_picker(rng, orgs_all, 0.8)
    events = zipf_picker(rng, by_type["Event"], 0.9)
    initiatives = zipf_picker(rng, by_type["Initiative"], 0.9)
    parties = by_type["Region"] + by_type["City"] + by_type["GovernmentBody"]

    for c in by_type["City"]:
        add(c, "locatedIn", regions()[0])
    for r in by_type["Region"]:
        add(r, "locatedIn", countries()[0])
    for f in by_type["Firm"]:
        add(f, "headquarteredIn", cities()[0])
        for c in cities(rng.choice([0, 0, 1, 1, 2, 3])):
            add(f, "hasOfficeIn", c)
        for s in sectors(rng.choice([1, 1, 2, 3])):
            add(f, "activeIn", s)
        if rng.random() < 0.05:
            add(f, "subsidiaryOf", firms()[0])
        if rng.random() < 0.02:
            add(f, "acquired", firms()[0])
    for u in by_type["University"] + by_type["Organisation"]:
        add(u, "locatedIn", cities()[0])
        for s in sectors(rng.choice([1, 2])):
            add(u, "activeIn", s)
    for g in by_type["GovernmentBody"]:
        add(g, "locatedIn", rng.choice(by_type["City"] + by_type["Region"]))
    for i in by_type["Initiative"]:
        add(i, "activeIn", sectors()[0])
        add(rng.choice(by_type["GovernmentBody"]), "participatesIn", i)
        for o in orgs(rng.choice([0, 1, 2])):
            add(o, "participatesIn", i)
    for p in by_type["Person"]:
        add(p, "affiliatedWith", orgs()[0])
    for e in by_type["Event"]:
        add(e, "heldIn", cities()[0])
        for o in orgs(rng.choice([1, 2, 3, 4])):
            add(o, "participatedIn", e)
        if rng.random() < 0.3:
            add(e, "organisedBy", rng.choice(by_type["GovernmentBody"] + by_type["Organisation"]))
    for party in parties:
        for f in firms(rng.choice([0, 1, 2, 3, 5])):
            add(party, "visited", f)
        for f in orgs(rng.choice([0, 1, 2])):
            add(party, "metWith", f, symmetric=True)
        if rng.random() < 0.2:
            add(party, "partnerOf", rng.choice(parties), symmetric=True)
        if rng.random() < 0.1:
            add(party, "collaborationOpportunity", firms()[0], symmetric=True)
        for e in events(rng.choice([0, 1])):
            add(party, "participatedIn", e)
        if rng.random() < 0.1:
            add(party, "participatesIn", initiatives()[0])
    for m in by_type["MediaOutlet"]:
        add(m, "locatedIn", cities()[0])
    return G


def timed(label: str, fn, goal: float, results: list):
    """Run ``fn``; print and record wall and CPU seconds (the machine may be shared)."""
    t, c = time.perf_counter(), time.process_time()
    value = fn()
    dt, dc = time.perf_counter() - t, time.process_time() - c
    results.append((label, dt, goal, dc))
    print(f"  {label:<58} {dt:8.2f} s wall {dc:8.2f} s cpu  (goal < {goal:g} s)"
          f"{'' if dc < goal else '  SLOW'}", flush=True)
    return value


def bench_store_projection(n_records: int) -> tuple[float, float, int, int]:
    """A synthetic corpus through to_ntriples → embedded store → to_networkx."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import generate

    from tradegraph.rdf.mapping import to_ntriples
    from tradegraph.store.embedded import EmbeddedStore

    path = Path(tempfile.mkdtemp()) / "store"
    t = time.perf_counter()
    with EmbeddedStore(path) as store:
        batch = []
        for _, extraction in generate(n_records):
            batch.append(to_ntriples(extraction, sha256="0" * 64, file_name=extraction.record.id + ".md"))
            if len(batch) >= 200:
                store.replace_graphs(batch)
                batch = []
        store.replace_graphs(batch)
    print(f"  (built a {n_records:,}-record store in {time.perf_counter() - t:.1f} s)", flush=True)
    # Timed in fresh processes, best of two: the writer's RocksDB compaction threads would
    # otherwise add their CPU time to the first projection's.
    runs = [json.loads(subprocess.run([sys.executable, "-c", PROJECT_CHILD, str(path)], check=True,
                                      capture_output=True, text=True, env=_env()).stdout)
            for _ in range(2)]
    shutil.rmtree(path.parent, ignore_errors=True)
    best = min(runs, key=lambda r: r["cpu"])
    return best["wall"], best["cpu"], best["nodes"], best["edges"]


PROJECT_CHILD = """
import json, sys, time
from tradegraph.network.project import to_networkx
from tradegraph.store.embedded import EmbeddedStore
with EmbeddedStore(sys.argv[1], create=False) as store:
    t, c = time.perf_counter(), time.process_time()
    G = to_networkx(store)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
print(json.dumps({"wall": wall, "cpu": cpu, "nodes": G.number_of_nodes(), "edges": G.number_of_edges()}))
"""


def _env() -> dict:
    src = str(Path(__file__).resolve().parents[1] / "src")
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [src, os.environ.get("PYTHONPATH")])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--records", default="1000",
                    help="records in each synthetic store, comma-separated (e.g. 1000,10000); 0 skips")
    args = ap.parse_args()
    results: list = []

    print(f"Synthetic projection of {args.nodes:,} nodes")
    G = timed("build synthetic MultiDiGraph", lambda: synthetic_graph(args.nodes), 600, results)
    print(f"  -> {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
    degrees = sorted(((len(set(G._succ[n]) | set(G._pred[n])), n) for n in G), reverse=True)
    print(f"  -> max degree {degrees[0][0]:,}; median {degrees[len(degrees) // 2][0]}")
    region = next(n for _, n in degrees if G.nodes[n]["type"] == "Region")
    firm = next(n for _, n in degrees[len(degrees) // 10:] if G.nodes[n]["type"] == "Firm")
    uni = next(n for _, n in degrees if G.nodes[n]["type"] == "University")
    rng = random.Random(3)
    firms = [n for n in G if G.nodes[n]["type"] == "Firm"]

    print("One entity")
    timed(f"opportunities --for <busiest region> ({region.rsplit('/', 1)[-1]})",
          lambda: opportunities(G, focus=region, limit=20), 2, results)
    timed(f"opportunities --for <typical firm> ({firm.rsplit('/', 1)[-1]})",
          lambda: opportunities(G, focus=firm, limit=20), 2, results)
    timed(f"opportunities --for <busiest university> ({uni.rsplit('/', 1)[-1]})",
          lambda: opportunities(G, focus=uni, limit=20), 2, results)
    timed(f"inferred leads only, busiest region", lambda: inferred_opportunities(G, focus=region), 2, results)
    timed(f"inferred leads only, typical firm", lambda: inferred_opportunities(G, focus=firm), 2, results)
    timed("opportunities --region <busiest region> (whole region)",
          lambda: opportunities(G, region=region, limit=20), 60, results)
    for i in range(3):
        a, b = rng.sample(firms, 2)
        found = timed(f"path firm→firm #{i + 1} (max 4 hops)",
                      lambda: explained_paths(G, a, b, max_hops=4), 2, results)
        print(f"     {found[0]['length'] if found else 'no'} hops, {len(found)} paths")

    print("Whole graph")
    H = timed("to_weighted_graph", lambda: to_weighted_graph(G), 60, results)
    timed("top connectors (degree)", lambda: top_connectors(H, limit=10), 60, results)
    timed("brokers (betweenness, k sampled by size, seeded)", lambda: brokers(H, limit=10), 60, results)
    found = timed("communities (Louvain, seeded)", lambda: communities(H), 60, results)
    print(f"     {len(found)} communities, largest {len(found[0]):,}")
    ops = timed("opportunities overall (top 20)", lambda: opportunities(G, limit=20), 60, results)
    print(f"     {sum(o.kind == 'stated' for o in ops)} stated shown; top inferred: "
          f"{next((o.rule for o in ops if o.kind == 'inferred'), '-')}")

    ops = timed("inferred leads overall (top 20)", lambda: inferred_opportunities(G, limit=20), 60, results)
    print(f"     rules: {sorted({o.rule for o in ops})}; scores {ops[0].score:.4f} .. {ops[-1].score:.4f}")
    found: dict = {}
    timed("  of which: the bounded search (top_leads)", lambda: top_leads(G, 20, stats=found), 60, results)
    print(f"     start nodes walked {found['starts']:,} of {found['candidates_of']:,}; candidates "
          f"scored {found['scored']:,}, cut by a bound {found['pruned']:,}")

    print("Projection from a store")
    for n_records in (int(x) for x in args.records.split(",") if int(x) > 0):
        dt, dc, nn, ne = bench_store_projection(n_records)
        results.append((f"to_networkx from {n_records} records", dt, 60, dc))
        print(f"  {'to_networkx from a ' + format(n_records, ',') + '-record store':<58} {dt:8.2f} s wall "
              f"{dc:8.2f} s cpu  ({nn:,} nodes, {ne:,} edges)", flush=True)
    slow = [r for r in results if r[3] >= r[2]]
    print("all within goals" if not slow else f"{len(slow)} over goal: {[r[0] for r in slow]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
