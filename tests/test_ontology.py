"""``graph/ontology.ttl`` and ``graph/shapes.ttl`` agree with the ``tg:`` vocabulary and the model."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from tradegraph import model
from tradegraph.rdf.vocab import TG
from tradegraph.resources import graph_file

NS = str(TG._NS)
TERMS = {name for name in TG.__annotations__ if not name.startswith("_")}
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(graph_file("ontology.ttl"), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(graph_file("shapes.ttl"), format="turtle")


def tg_terms_used(graph: Graph) -> set[str]:
    return {str(term)[len(NS):] for triple in graph for term in triple
            if isinstance(term, URIRef) and str(term).startswith(NS)}


def test_ontology_header(ontology):
    header = URIRef("https://w3id.org/tradegraph/ns")
    assert (header, RDF.type, OWL.Ontology) in ontology
    for prop in ("title", "description"):
        assert ontology.value(header, URIRef(f"http://purl.org/dc/terms/{prop}")) is not None
    assert ontology.value(header, OWL.versionInfo) is not None


@pytest.mark.parametrize("name", sorted(TERMS))
def test_every_tg_term_is_declared_with_label_and_comment(ontology, name):
    term = TG[name]
    kinds = set(ontology.objects(term, RDF.type)) & DECLARATION_TYPES
    assert kinds, f"tg:{name} is not declared as a class or property"
    assert ontology.value(term, RDFS.label) is not None, f"tg:{name} has no rdfs:label"
    assert ontology.value(term, RDFS.comment) is not None, f"tg:{name} has no rdfs:comment"


def test_no_tg_term_outside_the_vocabulary(ontology, shapes):
    assert tg_terms_used(ontology) <= TERMS, tg_terms_used(ontology) - TERMS
    assert tg_terms_used(shapes) <= TERMS, tg_terms_used(shapes) - TERMS


def test_model_names_are_tg_terms():
    for names in (model.ENTITY_TYPES, model.PREDICATES, model.FACT_PROPERTIES):
        assert set(names) <= TERMS, set(names) - TERMS


def test_kinds_match_the_model(ontology):
    for name in model.ENTITY_TYPES:
        assert (TG[name], RDF.type, OWL.Class) in ontology
    for name in model.PREDICATES:
        assert (TG[name], RDF.type, OWL.ObjectProperty) in ontology
    for name in model.FACT_PROPERTIES:
        assert (TG[name], RDF.type, OWL.DatatypeProperty) in ontology
    symmetric = {str(s)[len(NS):] for s in ontology.subjects(RDF.type, OWL.SymmetricProperty)}
    assert symmetric == set(model.SYMMETRIC_PREDICATES)


def test_alignment_to_established_vocabularies(ontology):
    schema, org, prov = "https://schema.org/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#"
    expected = {
        TG.Firm: URIRef(schema + "Corporation"), TG.Person: URIRef(schema + "Person"),
        TG.City: URIRef(schema + "City"), TG.Country: URIRef(schema + "Country"),
        TG.Event: URIRef(schema + "Event"), TG.University: URIRef(schema + "CollegeOrUniversity"),
        TG.Record: URIRef(prov + "Entity"), TG.Assertion: URIRef(prov + "Entity"),
    }
    for cls, parent in expected.items():
        assert (cls, RDFS.subClassOf, parent) in ontology, (cls, parent)
    assert (TG.subsidiaryOf, RDFS.subPropertyOf, URIRef(org + "subOrganizationOf")) in ontology
    # Shapes say "a place" / "an organisation" through these superclasses (see shapes.ttl).
    for name in model.PLACE_TYPES:
        assert (TG[name], RDFS.subClassOf, URIRef(schema + "Place")) in ontology
    for name in model.ORGANISATION_TYPES:
        assert (TG[name], RDFS.subClassOf, URIRef(org + "Organization")) in ontology


def test_shapes_cover_the_model(shapes):
    targets = set(shapes.objects(None, SH.targetClass))
    assert {TG[name] for name in model.ENTITY_TYPES} <= targets
    assert {TG.Record, TG.Assertion, TG.Fact} <= targets
    assert {TG[p] for p in model.PREDICATES} <= set(shapes.objects(None, SH.targetSubjectsOf))
    # The assertion's rdf:predicate list and the fact's tg:factProperty list are the model's.
    lists = [set(shapes.items(lst)) for lst in shapes.objects(None, SH["in"])]
    assert {TG[p] for p in model.PREDICATES} in lists
    assert {TG[p] for p in model.FACT_PROPERTIES} in lists
