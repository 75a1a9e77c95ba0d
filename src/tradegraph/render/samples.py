"""Hand-built graphs in the projection's shape, for tests, benchmarks and screenshots.

``example_graph`` is a small mission graph; ``hostile_graph`` carries script payloads in
every record-derived string; ``synthetic_graph`` is a seeded large graph for benchmarks.
"""

from __future__ import annotations

import random

import networkx as nx

from .style import ENTITY_TYPES

NS = "https://w3id.org/tradegraph/id/"
PAYLOAD = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>"


def _iri(kind: str, name: str) -> str:
    return NS + kind.lower() + "/" + name.lower().replace(" ", "-")


def _add_node(G, name, kind, **attrs):
    iri = _iri(kind, name)
    G.add_node(iri, label=name, type=kind, aliases=attrs.get("aliases", []),
               identifiers=attrs.get("identifiers", {}), facts=attrs.get("facts", []))
    return iri


def _add_edge(G, u, v, predicate, sentence, record="mission-2020", title="Mission report",
              date="2020-03-11", source="https://example.org/mission", **extra):
    ev = {"text": sentence, "record": NS + "record/" + record, "title": title, "date": date,
          "source": source, "method": "pattern", "role": extra.pop("role", None),
          "topic": extra.get("topic")}
    G.add_edge(u, v, key=predicate, predicate=predicate, count=1, records=[ev["record"]],
               titles=[title], first_date=date, last_date=date, evidence=[ev], **extra)


def example_graph() -> nx.MultiDiGraph:
    """A small trade-mission graph touching every entity type."""
    G = nx.MultiDiGraph()
    leeds = _add_node(G, "Leeds", "City", identifiers={"geonames": "2644688"})
    lcr = _add_node(G, "Leeds City Region", "Region", aliases=["LCR"])
    qingdao = _add_node(G, "Qingdao", "City", identifiers={"geonames": "1797929"})
    china = _add_node(G, "China", "Country", identifiers={"iso3166": "CN"})
    uk = _add_node(G, "United Kingdom", "Country", identifiers={"iso3166": "GB"})
    hisense = _add_node(G, "Hisense", "Firm", aliases=["Hisense Group"],
                        facts=[{"property": "employees", "value": 80000, "unit": None,
                                "date": "2019", "qualifier": "over"}])
    haier = _add_node(G, "Haier", "Firm")
    uni = _add_node(G, "University of Leeds", "University")
    council = _add_node(G, "Leeds City Council", "GovernmentBody")
    chamber = _add_node(G, "West Yorkshire Chamber of Commerce", "Organisation")
    paper = _add_node(G, "Qingdao Daily", "MediaOutlet")
    mayor = _add_node(G, "Judith Blake", "Person")
    mission = _add_node(G, "Leeds City Region mission to Qingdao", "Event")
    expo = _add_node(G, "Qingdao Smart City Expo", "Event")
    bri = _add_node(G, "Smart Transport Programme", "Initiative")
    smart = _add_node(G, "smart cities", "Sector")
    goods = _add_node(G, "white goods", "Sector")
    _add_edge(G, hisense, leeds, "hasOfficeIn", "Leeds is home to the UK headquarters of Hisense.")
    _add_edge(G, hisense, qingdao, "headquarteredIn", "Hisense is headquartered in Qingdao.")
    _add_edge(G, haier, qingdao, "headquarteredIn", "Haier, also based in Qingdao, hosted the delegation.")
    _add_edge(G, qingdao, china, "locatedIn", "Qingdao, a port city in China.")
    _add_edge(G, leeds, lcr, "locatedIn", "Leeds, at the heart of the City Region.")
    _add_edge(G, lcr, uk, "locatedIn", "The Leeds City Region in the north of England.")
    _add_edge(G, lcr, hisense, "visited", "The delegation visited Hisense's Qingdao campus.")
    _add_edge(G, lcr, haier, "visited", "The delegation toured Haier's interconnected factory.")
    _add_edge(G, lcr, hisense, "collaborationOpportunity", "Both sides discussed smart transportation.",
              topic="smart transportation", opportunity="stated")
    _add_edge(G, uni, haier, "partnerOf", "The University of Leeds signed an MoU with Haier.")
    _add_edge(G, mayor, council, "affiliatedWith", "Councillor Judith Blake, leader of the council.",
              role="leader")
    _add_edge(G, mayor, mission, "participatedIn", "Cllr Blake led the mission.")
    _add_edge(G, mission, qingdao, "heldIn", "The mission took place in Qingdao in March.")
    _add_edge(G, chamber, mission, "participatedIn", "The Chamber joined the mission.")
    _add_edge(G, expo, qingdao, "heldIn", "The Smart City Expo in Qingdao.")
    _add_edge(G, lcr, expo, "participatedIn", "The delegation attended the Smart City Expo.")
    _add_edge(G, paper, mission, "visited", "Qingdao Daily covered the visit.")
    _add_edge(G, hisense, bri, "participatesIn", "Hisense is part of the Smart Transport Programme.")
    _add_edge(G, hisense, smart, "activeIn", "Hisense builds smart city traffic systems.")
    _add_edge(G, haier, goods, "activeIn", "Haier, the white goods maker.")
    _add_edge(G, hisense, goods, "activeIn", "Hisense also makes white goods.")
    _add_edge(G, council, qingdao, "partnerOf", "Leeds and Qingdao have been sister cities since 2016.")
    _add_edge(G, uni, hisense, "collaborationOpportunity", "Inferred: shared sector smart cities.",
              opportunity="inferred", score=0.62, reasons=["both active in smart cities"])
    return G


def hostile_graph() -> nx.MultiDiGraph:
    """Every record-derived string carries a payload that sets ``window.__pwned`` if it runs."""
    G = nx.MultiDiGraph()
    a = NS + "firm/evil"
    b = NS + "city/evil"
    G.add_node(a, label="Evil " + PAYLOAD, type="Firm", aliases=["</script><script>window.__pwned=3</script>"],
               identifiers={"x" + PAYLOAD: PAYLOAD},
               facts=[{"property": PAYLOAD, "value": PAYLOAD, "unit": PAYLOAD, "date": PAYLOAD}])
    G.add_node(b, label="Town\u2028" + PAYLOAD, type="City", aliases=[], identifiers={}, facts=[])
    G.add_node(NS + "x/odd", label="Odd & <b>bold</b>", type="<svg onload=window.__pwned=4>",
               aliases=[], identifiers={}, facts=[])
    for pred, source in (("headquarteredIn", "javascript:window.__pwned=5"),
                         ("hasOfficeIn", "https://example.org/\"><script>window.__pwned=6</script>")):
        ev = {"text": "Sentence " + PAYLOAD, "record": NS + "record/" + PAYLOAD, "title": "Title " + PAYLOAD,
              "date": "2020-01-01", "source": source, "method": PAYLOAD, "role": PAYLOAD, "topic": PAYLOAD}
        G.add_edge(a, b, key=pred, predicate=pred, count=1, records=[ev["record"]], titles=[ev["title"]],
                   first_date="2020-01-01", last_date="2020-01-01", evidence=[ev])
    G.add_edge(b, NS + "x/odd", key="weird" + PAYLOAD, predicate="weird" + PAYLOAD, count=1,
               records=[], titles=[], evidence=[])
    return G


def synthetic_graph(nodes: int = 5000, edges: int = 20000, seed: int = 1) -> nx.MultiDiGraph:
    """A seeded clustered graph of the given size, with realistic attributes."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    iris = []
    for i in range(nodes):
        kind = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        iri = f"{NS}{kind.lower()}/n{i}"
        G.add_node(iri, label=f"{kind} {i}", type=kind, aliases=[], identifiers={"n": str(i)},
                   facts=[{"property": "employees", "value": i, "unit": None, "date": None}])
        iris.append(iri)
    predicates = ("locatedIn", "visited", "partnerOf", "activeIn", "metWith", "hasOfficeIn")
    cluster = max(nodes // 50, 2)
    added = 0
    while added < edges:
        u = rng.randrange(nodes)
        v = (u + rng.randrange(1, cluster)) % nodes if rng.random() < 0.9 else rng.randrange(nodes)
        if u == v:
            continue
        pred = predicates[rng.randrange(len(predicates))]
        if G.has_edge(iris[u], iris[v], key=pred):
            continue
        _add_edge(G, iris[u], iris[v], pred, f"Sentence linking {u} and {v}.",
                  record=f"r{rng.randrange(500)}", title=f"Record {rng.randrange(500)}")
        added += 1
    return G
