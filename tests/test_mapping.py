"""An extraction maps to one deterministic named graph with provenance on every edge."""

from rdflib import RDF, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from conftest import tiny_extraction
from tradegraph.rdf.mapping import safe_source, to_graph
from tradegraph.rdf.vocab import ID, RECORD, TG


def test_graph_is_named_by_the_record_and_deterministic():
    a, b = to_graph(tiny_extraction()), to_graph(tiny_extraction())
    assert a.identifier == RECORD["tiny"]
    assert isomorphic(a, b)
    assert not any(isinstance(t, type(None)) for t in a)
    assert all(not str(term).startswith("_:") for triple in a for term in triple)


def test_entities_relations_facts_and_provenance():
    g = to_graph(tiny_extraction())
    hisense = ID["firm/hisense"]
    assert (hisense, RDF.type, TG.Firm) in g
    assert (hisense, SKOS.prefLabel, Literal("Hisense")) in g
    assert (hisense, SKOS.altLabel, Literal("Hisense Group")) in g
    assert (ID["city/leeds--gb"], OWL.sameAs, URIRef("https://sws.geonames.org/2644688/")) in g
    assert (hisense, TG.headquarteredIn, ID["city/qingdao--cn"]) in g
    # symmetric predicates are stored both ways for simple queries
    assert (hisense, TG.collaborationOpportunity, ID["region/leeds-city-region"]) in g
    assert (ID["region/leeds-city-region"], TG.collaborationOpportunity, hisense) in g
    assertions = list(g.subjects(RDF.type, TG.Assertion))
    assert len(assertions) == 5
    for node in assertions:
        assert (node, PROV.wasDerivedFrom, RECORD["tiny"]) in g
        assert g.value(node, TG.evidenceText) is not None
        assert str(g.value(node, DCTERMS.date)) == "2020-03-11"
    assert (hisense, TG.employees, Literal(80000)) in g


def test_unsafe_source_urls_stay_strings():
    assert isinstance(safe_source("https://example.org/a?b=1"), URIRef)
    for bad in ("javascript:alert(1)", "https://x.org/a b", 'https://x.org/"><script>'):
        assert isinstance(safe_source(bad), Literal)


def test_ntriples_keep_every_character_of_untrusted_text():
    """ingest writes to_ntriples' text straight into the store: quotes, backslashes, line
    breaks and control characters in a record must come back exactly, never break a load."""
    import dataclasses

    import pyoxigraph as ox

    from tradegraph.rdf.mapping import to_ntriples

    nasty = 'He said "hi" \\ then\nleft\r\tx\x00\x7f\x0b\x1c\x85\u2028\u2029 青岛 } . <b>'
    ex = tiny_extraction()
    ex = dataclasses.replace(ex, record=dataclasses.replace(ex.record, title=nasty))
    iri, nt = to_ntriples(ex, file_name=nasty)
    assert iri == str(RECORD["tiny"])
    quads = list(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
    assert len(quads) == nt.count("\n") == len(to_graph(ex, file_name=nasty))  # each triple once, one per line
    assert {q.object.value for q in quads if q.predicate.value == str(DCTERMS.title)} == {nasty}
    assert {q.object.value for q in quads if q.predicate.value == str(TG.fileName)} == {nasty}


def test_an_odd_id_is_escaped_so_the_record_still_loads():
    import dataclasses

    import pyoxigraph as ox

    from tradegraph.rdf.mapping import to_ntriples

    ex = tiny_extraction()
    odd = dataclasses.replace(ex.entities[0], id='firm/a b>"c')
    ex = dataclasses.replace(ex, entities=[odd, *ex.entities[1:]])
    _, nt = to_ntriples(ex)
    nodes = {q.subject.value for q in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)}
    assert str(ID["firm/a%20b%3E%22c"]) in nodes
