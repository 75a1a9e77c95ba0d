"""``tradegraph.validate``: SHACL over the union of the record graphs."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import RDF, Graph, Literal, URIRef

from tradegraph.model import Entity, Evidence, Extraction, Fact, RecordRef, Relation, entity_id
from tradegraph.rdf.mapping import entity_iri, to_graph
from tradegraph.rdf.vocab import TG
from tradegraph.store.embedded import EmbeddedStore
from tradegraph.validate import ValidationReport, validate

TEXT = ("Hisense, headquartered in Qingdao, employs over 80,000 people. Its chairman Zhou Houjian "
        "met the Leeds City Region delegation at the Qingdao Forum, held in Qingdao, China.")

HISENSE = Entity(entity_id("Firm", "Hisense"), "Hisense", "Firm", ["Hisense Group"])
QINGDAO = Entity(entity_id("City", "Qingdao", "cn"), "Qingdao", "City", identifiers={"geonames": "1797929"})
CHINA = Entity(entity_id("Country", "China"), "China", "Country",
               identifiers={"geonames": "1814991", "iso3166": "CN"})
ZHOU = Entity(entity_id("Person", "Zhou Houjian"), "Zhou Houjian", "Person")
LCR = Entity(entity_id("Region", "Leeds City Region"), "Leeds City Region", "Region")
FORUM = Entity(entity_id("Event", "Qingdao Forum"), "Qingdao Forum", "Event")


def ev(sentence: str) -> Evidence:
    start = TEXT.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


S1 = "Hisense, headquartered in Qingdao, employs over 80,000 people."
S2 = TEXT[len(S1) + 1:]


def extraction(record_id: str = "r1", date: str | None = "2020-03-11") -> Extraction:
    return Extraction(
        record=RecordRef(record_id, f"Record {record_id}", date, "https://example.org/" + record_id),
        entities=[HISENSE, QINGDAO, CHINA, ZHOU, LCR, FORUM],
        relations=[
            Relation(HISENSE.id, "headquarteredIn", QINGDAO.id, ev(S1), 0.9),
            Relation(QINGDAO.id, "locatedIn", CHINA.id, ev(S2), 0.6),
            Relation(ZHOU.id, "affiliatedWith", HISENSE.id, ev(S2), 0.8, {"role": "chairman"}),
            Relation(ZHOU.id, "metWith", LCR.id, ev(S2), 0.7),
            Relation(LCR.id, "participatedIn", FORUM.id, ev(S2), 0.7),
            Relation(FORUM.id, "heldIn", QINGDAO.id, ev(S2), 0.8),
        ],
        facts=[Fact(HISENSE.id, "employees", 80000, ev(S1), qualifier="over")],
    )


def graph_of(ex: Extraction) -> Graph:
    return to_graph(ex, sha256=hashlib.sha256(ex.record.id.encode()).hexdigest(), file_name=f"{ex.record.id}.txt")


def store_with(tmp_path, *graphs: Graph) -> EmbeddedStore:
    store = EmbeddedStore(tmp_path / "store")
    for g in graphs:
        store.replace_graph(str(g.identifier), g.serialize(format="nt"))
    return store


def check(tmp_path, *graphs: Graph) -> ValidationReport:
    store = store_with(tmp_path, *graphs)
    try:
        return validate(store)
    finally:
        store.close()


def messages(report: ValidationReport) -> str:
    return "\n".join(f"{v.severity} {v.focus} {v.path} {v.message}" for v in report.violations)


def test_mapped_records_conform(tmp_path):
    # Two records share entities: the union counts each name once.
    report = check(tmp_path, graph_of(extraction("r1")), graph_of(extraction("r2", "2021-05")))
    assert report.conforms, messages(report)
    assert report.violations == [] and report.triples > 100
    assert "Conforms: True" in report.text


def test_violation_unpacks_as_focus_path_message_severity(tmp_path):
    g = graph_of(extraction())
    g.remove((entity_iri(HISENSE.id), TG.headquarteredIn, None))
    g.add((entity_iri(HISENSE.id), TG.headquarteredIn, entity_iri(ZHOU.id)))
    report = check(tmp_path, g)
    assert not report.conforms
    focus, path, message, severity = report.violations[0]
    assert focus == str(entity_iri(HISENSE.id)) and path == "tg:headquarteredIn"
    assert "place" in message and severity == "Violation"
    assert report.violations[0].value == str(entity_iri(ZHOU.id))


def _assertion(g: Graph, predicate: URIRef) -> URIRef:
    return next(a for a in g.subjects(RDF.predicate, predicate))


def _break_evidence(g):
    a = _assertion(g, TG.headquarteredIn)
    for p in (TG.evidenceText, TG.evidenceStart, TG.evidenceEnd):
        g.remove((a, p, None))


def _swap_offsets(g):
    a = _assertion(g, TG.heldIn)
    g.set((a, TG.evidenceStart, Literal(500)))
    g.set((a, TG.evidenceEnd, Literal(10)))


def _second_name(g):
    g.add((entity_iri(HISENSE.id), URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), Literal("HiSense")))


def _heldin_from_firm(g):
    g.add((entity_iri(HISENSE.id), TG.heldIn, entity_iri(QINGDAO.id)))


def _affiliated_org(g):
    g.add((entity_iri(HISENSE.id), TG.affiliatedWith, entity_iri(QINGDAO.id)))


def _dangling(g):
    g.add((entity_iri(HISENSE.id), TG.hasOfficeIn, URIRef("https://w3id.org/tradegraph/id/city/nowhere")))


def _two_types(g):
    g.add((entity_iri(HISENSE.id), RDF.type, TG.University))


def _not_geonames(g):
    g.add((entity_iri(QINGDAO.id), URIRef("http://www.w3.org/2002/07/owl#sameAs"),
           URIRef("http://www.wikidata.org/entity/Q170322")))


def _unknown_predicate(g):
    a = _assertion(g, TG.locatedIn)
    g.set((a, RDF.predicate, TG.employees))


def _no_plain_triple(g):
    g.remove((entity_iri(FORUM.id), TG.heldIn, None))


def _record_without_hash(g):
    g.remove((None, TG.sha256, None))


def _fact_without_value(g):
    fact = next(g.subjects(RDF.type, TG.Fact))
    g.remove((fact, RDF.value, None))


BROKEN = {
    "assertion without evidence": (_break_evidence, "tg:evidenceText"),
    "evidence start after end": (_swap_offsets, "tg:evidenceStart"),
    "two names for one entity": (_second_name, "skos:prefLabel"),
    "heldIn subject is a firm": (_heldin_from_firm, None),
    "affiliatedWith subject is not a person": (_affiliated_org, None),
    "reference to an untyped node": (_dangling, "rdf:type"),
    "entity with two types": (_two_types, "rdf:type"),
    "sameAs outside GeoNames": (_not_geonames, "owl:sameAs"),
    "assertion predicate not a relation": (_unknown_predicate, "rdf:predicate"),
    "assertion without its plain triple": (_no_plain_triple, None),
    "record without file hash": (_record_without_hash, "tg:sha256"),
    "fact without value": (_fact_without_value, "rdf:value"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_graphs_do_not_conform(tmp_path, name):
    mutate, path = BROKEN[name]
    g = graph_of(extraction())
    mutate(g)
    report = check(tmp_path, g)
    assert not report.conforms, name
    assert report.count("Violation") >= 1
    if path is not None:
        assert path in {v.path for v in report.violations}, messages(report)


def test_two_records_spelling_a_name_differently_do_not_conform(tmp_path):
    other = extraction("r2")
    other.entities = [Entity(HISENSE.id, "HISENSE", "Firm")] + other.entities[1:]
    report = check(tmp_path, graph_of(extraction("r1")), graph_of(other))
    assert not report.conforms
    assert {(v.focus, v.path) for v in report.violations} == {(str(entity_iri(HISENSE.id)), "skos:prefLabel")}


def test_warnings_do_not_fail(tmp_path):
    ex = extraction()
    ex.facts.append(Fact(HISENSE.id, "revenue", "a lot", ev(S1)))
    report = check(tmp_path, graph_of(ex))
    assert report.conforms, messages(report)
    assert report.count("Warning") == 1 and report.violations[0].path == "tg:revenue"


def test_sentence_less_assertion_needs_a_method(tmp_path):
    ex = extraction()
    ex.relations.append(Relation(HISENSE.id, "hasOfficeIn", CHINA.id, Evidence("", 0, 0), 1.0))
    assert not check(tmp_path, graph_of(ex)).conforms
    ex.relations[-1].attributes["method"] = "curation"
    (tmp_path / "again").mkdir()
    report = check(tmp_path / "again", graph_of(ex))
    assert report.conforms, messages(report)


def test_report_to_dict(tmp_path):
    data = check(tmp_path, graph_of(extraction())).to_dict()
    assert data["conforms"] is True and data["counts"] == {"Violation": 0, "Warning": 0, "Info": 0}
