"""A small but realistic mission graph for the network, opportunity, brief and export tests.

Three hand-written records (facts in the spirit of the Leeds City Region – Qingdao seed; the
sentences are our own):

* ``lcr-qingdao-2020`` — Leeds City Region's mission to Qingdao: Hisense (HQ Qingdao, its
  subsidiary Hisense UK with an office in Leeds), a stated collaboration opportunity on smart
  transportation, a forum, Hisense's chairman, the University of Leeds working on smart
  transportation.
* ``lcr-qingdao-hangzhou-2018`` — an earlier visit: Hisense again, a meeting with Haier, the
  white-goods sector, Leeds City Council's Connecting Leeds programme.
* ``scr-qingdao-2019`` — Sheffield City Region (a peer region) met Hisense and Tsingtao
  Brewery, and twinned with Qingdao.

Tests import the fixtures: ``from graph_fixtures import graph_store_path, graph  # noqa: F401``.
"""

from __future__ import annotations

import pytest

from tradegraph.model import Entity, Evidence, Extraction, Fact, RecordRef, Relation
from tradegraph.rdf.mapping import to_graph
from tradegraph.store.embedded import EmbeddedStore

ID = "https://w3id.org/tradegraph/id/"
HISENSE = ID + "firm/hisense"
HISENSE_UK = ID + "firm/hisense-uk"
HAIER = ID + "firm/haier"
TSINGTAO = ID + "firm/tsingtao-brewery"
QINGDAO = ID + "city/qingdao--cn"
LEEDS = ID + "city/leeds--gb"
SHEFFIELD = ID + "city/sheffield--gb"
LCR = ID + "region/leeds-city-region"
SCR = ID + "region/sheffield-city-region"
CHINA = ID + "country/china"
UOL = ID + "university/university-of-leeds"
SMART = ID + "sector/smart-transportation"
WHITE = ID + "sector/white-goods"
ZHOU = ID + "person/zhou-houjian"
COUNCIL = ID + "governmentbody/leeds-city-council"
CONNECTING = ID + "initiative/connecting-leeds"
FORUM = ID + "event/qingdao-investment-forum"

ENTITIES = {
    "firm/hisense": ("Hisense", "Firm", ["Hisense Group"], {}),
    "firm/hisense-uk": ("Hisense UK", "Firm", [], {}),
    "firm/haier": ("Haier", "Firm", ["Haier Group"], {}),
    "firm/tsingtao-brewery": ("Tsingtao Brewery", "Firm", [], {}),
    "city/qingdao--cn": ("Qingdao", "City", [], {"geonames": "1797929"}),
    "city/leeds--gb": ("Leeds", "City", [], {"geonames": "2644688"}),
    "city/sheffield--gb": ("Sheffield", "City", [], {"geonames": "2638077"}),
    "region/leeds-city-region": ("Leeds City Region", "Region", ["LCR"], {}),
    "region/sheffield-city-region": ("Sheffield City Region", "Region", [], {}),
    "country/china": ("China", "Country", [], {"iso3166": "CN"}),
    "university/university-of-leeds": ("University of Leeds", "University", [], {}),
    "sector/smart-transportation": ("smart transportation", "Sector", [], {}),
    "sector/white-goods": ("white goods", "Sector", [], {}),
    "person/zhou-houjian": ("Zhou Houjian", "Person", [], {}),
    "governmentbody/leeds-city-council": ("Leeds City Council", "GovernmentBody", [], {}),
    "initiative/connecting-leeds": ("Connecting Leeds", "Initiative", [], {}),
    "event/qingdao-investment-forum": ("Qingdao Investment Forum", "Event", [], {}),
}


def _extraction(record: RecordRef, sentences: list[tuple[str, list[tuple]]],
                facts: list[tuple] = ()) -> Extraction:
    """Build an extraction from (sentence, [(subject, predicate, object, attributes)]) pairs."""
    text = " ".join(s for s, _ in sentences)
    relations, used = [], set()
    for sentence, triples in sentences:
        start = text.index(sentence)
        ev = Evidence(sentence, start, start + len(sentence))
        for s, p, o, *attrs in triples:
            relations.append(Relation(s, p, o, ev, 0.8, dict(attrs[0]) if attrs else {}))
            used |= {s, o}
    fact_objs = []
    for subject, prop, value, qualifier, sentence in facts:
        start = text.index(sentence)
        fact_objs.append(Fact(subject, prop, value, Evidence(sentence, start, start + len(sentence)),
                              None, qualifier, None))
        used.add(subject)
    entities = [Entity(eid, *ENTITIES[eid][:3], [], ENTITIES[eid][3]) for eid in sorted(used)]
    return Extraction(record=record, entities=entities, relations=relations, facts=fact_objs)


def extractions() -> list[Extraction]:
    lcr_2020 = _extraction(
        RecordRef("lcr-qingdao-2020", "Leeds City Region mission to Qingdao", "2020-03-11",
                  "https://example.org/lcr-qingdao-2020"),
        [("Hisense, the electronics group based in Qingdao, employs over 80,000 people.",
          [("firm/hisense", "headquarteredIn", "city/qingdao--cn"),
           ("city/qingdao--cn", "locatedIn", "country/china")]),
         ("Its British arm, Hisense UK, runs its national headquarters from Leeds.",
          [("firm/hisense-uk", "subsidiaryOf", "firm/hisense"),
           ("firm/hisense-uk", "hasOfficeIn", "city/leeds--gb")]),
         ("The Leeds City Region delegation toured the Hisense campus and explored joint work on "
          "smart transportation.",
          [("region/leeds-city-region", "visited", "firm/hisense"),
           ("region/leeds-city-region", "collaborationOpportunity", "firm/hisense",
            {"topic": "smart transportation"})]),
         ("Hisense chairman Zhou Houjian welcomed the visitors.",
          [("person/zhou-houjian", "affiliatedWith", "firm/hisense", {"role": "Chairman"})]),
         ("Both sides spoke at the Qingdao Investment Forum in Qingdao.",
          [("region/leeds-city-region", "participatedIn", "event/qingdao-investment-forum"),
           ("firm/hisense", "participatedIn", "event/qingdao-investment-forum"),
           ("event/qingdao-investment-forum", "heldIn", "city/qingdao--cn")]),
         ("Hisense is investing in intelligent traffic systems.",
          [("firm/hisense", "activeIn", "sector/smart-transportation")]),
         ("The University of Leeds in Leeds leads research on smart transportation.",
          [("university/university-of-leeds", "locatedIn", "city/leeds--gb"),
           ("university/university-of-leeds", "activeIn", "sector/smart-transportation")]),
         ("Leeds lies at the heart of the Leeds City Region.",
          [("city/leeds--gb", "locatedIn", "region/leeds-city-region")]),
         ("Haier, also based in Qingdao, hosted a lunch.",
          [("firm/haier", "headquarteredIn", "city/qingdao--cn")])],
        facts=[("firm/hisense", "employees", 80000, "over",
                "Hisense, the electronics group based in Qingdao, employs over 80,000 people.")],
    )
    lcr_2018 = _extraction(
        RecordRef("lcr-qingdao-hangzhou-2018", "Leeds City Region visit to Qingdao and Hangzhou",
                  "2018-11-20", "https://example.org/lcr-qingdao-hangzhou-2018"),
        [("In Qingdao the Leeds City Region team visited Hisense.",
          [("region/leeds-city-region", "visited", "firm/hisense")]),
         ("They also met Haier executives.",
          [("region/leeds-city-region", "metWith", "firm/haier")]),
         ("Haier and Hisense both make white goods.",
          [("firm/haier", "activeIn", "sector/white-goods"),
           ("firm/hisense", "activeIn", "sector/white-goods")]),
         ("Leeds City Council presented Connecting Leeds, its smart transportation programme.",
          [("governmentbody/leeds-city-council", "participatesIn", "initiative/connecting-leeds"),
           ("initiative/connecting-leeds", "activeIn", "sector/smart-transportation"),
           ("governmentbody/leeds-city-council", "locatedIn", "city/leeds--gb")])],
    )
    scr_2019 = _extraction(
        RecordRef("scr-qingdao-2019", "Sheffield City Region delegation to Qingdao", "2019-06-05",
                  "https://example.org/scr-qingdao-2019"),
        [("The Sheffield City Region delegation visited Hisense.",
          [("region/sheffield-city-region", "visited", "firm/hisense")]),
         ("The delegation met Tsingtao Brewery, headquartered in Qingdao.",
          [("region/sheffield-city-region", "metWith", "firm/tsingtao-brewery"),
           ("firm/tsingtao-brewery", "headquarteredIn", "city/qingdao--cn")]),
         ("Sheffield City Region and Qingdao renewed their friendship agreement.",
          [("region/sheffield-city-region", "partnerOf", "city/qingdao--cn")]),
         ("Sheffield is the largest city of the Sheffield City Region.",
          [("city/sheffield--gb", "locatedIn", "region/sheffield-city-region")])],
    )
    return [lcr_2020, lcr_2018, scr_2019]


def build_store(path) -> str:
    """Write the three records into an embedded store at ``path``; returns the path."""
    with EmbeddedStore(path) as store:
        for extraction in extractions():
            g = to_graph(extraction, sha256="0" * 64, file_name=f"{extraction.record.id}.md")
            store.replace_graph(str(g.identifier), g.serialize(format="nt"))
    return str(path)


@pytest.fixture
def graph_store_path(tmp_path) -> str:
    return build_store(tmp_path / "graph-store")


@pytest.fixture
def empty_store_path(tmp_path) -> str:
    path = tmp_path / "empty-store"
    EmbeddedStore(path).close()
    return str(path)


@pytest.fixture
def graph(graph_store_path):
    from tradegraph.network.project import to_networkx

    with EmbeddedStore(graph_store_path, create=False) as store:
        return to_networkx(store)
