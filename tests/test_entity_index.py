"""The embedded store's entity index: always exactly what the record graphs say about
entities' types, names and places, and invisible to every query that does not ask for it."""

from __future__ import annotations

import pytest

from tradegraph.queries import bundled_queries, run_query
from tradegraph.store.embedded import JOURNAL_GRAPH, EmbeddedStore
from tradegraph.store.entity_index import INDEX_BUILT_GRAPH, is_indexed

ID = "https://w3id.org/tradegraph/id/"
TG = "https://w3id.org/tradegraph/ns#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
REC = "https://w3id.org/tradegraph/record/"


def t(s: str, p: str, o: str) -> str:
    obj = o if o.startswith('"') else f"<{o}>"
    return f"<{s}> <{p}> {obj} .\n"


def record(name: str, *triples: str) -> tuple[str, str]:
    iri = REC + name
    return iri, t(iri, RDF_TYPE, TG + "Record") + "".join(triples)


ACME, LEEDS, BETA = ID + "firm/acme", ID + "city/leeds", ID + "firm/beta"
A = record("a", t(ACME, RDF_TYPE, TG + "Firm"), t(ACME, LABEL, '"Acme"'),
           t(ACME, TG + "headquarteredIn", LEEDS), t(LEEDS, RDF_TYPE, TG + "City"),
           t(LEEDS, LABEL, '"Leeds"'), t(ACME, TG + "employees", '"80"'))
B = record("b", t(LEEDS, RDF_TYPE, TG + "City"), t(LEEDS, LABEL, '"Leeds"'),
           t(BETA, RDF_TYPE, TG + "Firm"), t(BETA, TG + "hasOfficeIn", LEEDS))


def index(store: EmbeddedStore) -> set[tuple[str, str, str]]:
    rows = store.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", over_entity_index=True).rows
    return {(s.value, p.value, o.value) for s, p, o in rows}


def expected_index(store: EmbeddedStore) -> set[tuple[str, str, str]]:
    """The invariant, computed the slow way: index material found in any record graph."""
    rows = store.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    return {(s.value, p.value, o.value) for s, p, o in rows if is_indexed(s.value, p.value, o.value)}


@pytest.fixture
def store(tmp_path):
    with EmbeddedStore(tmp_path / "s") as s:
        yield s


def test_a_bulk_load_indexes_each_entity_triple_once(store):
    store.replace_graphs([A, B])
    assert index(store) == expected_index(store)
    assert (LEEDS, RDF_TYPE, TG + "City") in index(store)
    assert not any(s.startswith(REC) for s, _, _ in index(store))  # records are not entities
    assert not any(p == TG + "employees" for _, p, _ in index(store))  # facts are not indexed


def test_reingest_and_drop_keep_what_another_record_still_says(store):
    store.replace_graphs([A, B])
    # A record re-ingested without Acme's headquarters nor Leeds: Leeds stays (B says it).
    store.replace_graphs([record("a", t(ACME, RDF_TYPE, TG + "Firm"))])
    assert index(store) == expected_index(store)
    assert (ACME, TG + "headquarteredIn", LEEDS) not in index(store)
    assert (LEEDS, LABEL, "Leeds") in index(store)
    store.drop_graph(B[0])
    assert index(store) == expected_index(store) == {(ACME, RDF_TYPE, TG + "Firm")}
    store.drop_graph(A[0])
    assert index(store) == set()


def test_the_sparql_paths_keep_the_index_too(store):
    # Blank nodes send a replacement through one SPARQL Update instead of the diff.
    blank = record("c", t(ACME, RDF_TYPE, TG + "Firm"), f"_:x <{TG}p> <{ACME}> .\n")
    store.replace_graphs([A, blank])
    store.replace_graphs([record("c", f"_:y <{TG}p> <{ACME}> .\n")])
    assert index(store) == expected_index(store)
    store.replace_graphs([record("a")])
    assert index(store) == expected_index(store) == set()


def test_the_index_is_invisible_to_record_queries_and_exports(store):
    store.replace_graphs([A, B])
    graphs = {r[0].value for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows}
    assert graphs == {A[0], B[0]}
    assert all(line.rstrip(" .").rsplit(" ", 1)[1].strip("<>") in graphs
               for line in store.dump_nquads().splitlines())
    # The union is the same set of triples with or without the index in it.
    union = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
    named = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }")
    assert union.rows == named.rows


def test_a_store_written_before_the_index_is_indexed_when_opened(tmp_path):
    path = tmp_path / "s"
    with EmbeddedStore(path) as store:
        store.replace_graphs([A, B])
        store.update(f"DROP SILENT DEFAULT ; DROP SILENT GRAPH <{INDEX_BUILT_GRAPH}>")  # as before
        assert index(store) == set()
    with EmbeddedStore(path) as store:
        assert index(store) == expected_index(store) != set()


def test_an_interrupted_load_is_taken_out_of_the_index_too(tmp_path):
    path = tmp_path / "s"
    with EmbeddedStore(path) as store:
        store.replace_graphs([A])
        # What a crash in the middle of a bulk load leaves: B listed, its index lines loaded.
        store.update(f"INSERT DATA {{ GRAPH <{JOURNAL_GRAPH}> {{ <{JOURNAL_GRAPH}> "
                     f"<urn:tradegraph:loading> <{B[0]}> }} }} ;"
                     f"INSERT DATA {{ <{BETA}> <{RDF_TYPE}> <{TG}Firm> }}")
    with EmbeddedStore(path) as store:
        assert index(store) == expected_index(store)
        assert (BETA, RDF_TYPE, TG + "Firm") not in index(store)


def test_queries_over_the_index_answer_as_over_the_union(tmp_path):
    """Every ``@over entity-index`` query, for every place and name in the example corpus."""
    from graph_fixtures import extractions

    from tradegraph.rdf.mapping import to_ntriples

    with EmbeddedStore(tmp_path / "s") as store:
        store.replace_graphs([to_ntriples(x, sha256="0" * 64, file_name="x.md") for x in extractions()])
        names = sorted({r[0].value for r in store.query(
            f"SELECT DISTINCT ?l WHERE {{ GRAPH ?g {{ ?e <{LABEL}> ?l }} }}").rows})
        over_index = [q for q in bundled_queries().values() if q.over_entity_index]
        assert {q.name for q in over_index} >= {"entity-counts", "firms-by-place"}
        answers = 0
        for query in over_index:
            for name in names if query.params else [None]:
                params = {p.name: name for p in query.params}
                fast = run_query(store, query, params)
                union = store.query(query.text if not params else _bound(query, params))
                assert sorted(fast.rows, key=repr) == sorted(_drop_params(union, query), key=repr), \
                    (query.name, name)
                answers += len(fast.rows)
        assert answers > 10


def _bound(query, params):
    from tradegraph.queries import query_bindings
    from tradegraph.store.base import bind_query

    return bind_query(query.text, query_bindings(query, params))


def _drop_params(result, query):
    keep = [i for i, v in enumerate(result.vars) if v not in {p.name for p in query.params}]
    return [tuple(row[i] for i in keep) for row in result.rows]
