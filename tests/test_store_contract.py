"""The store contract, run over every backend (like rdflib's store-parametrised graph tests).

Backends: the embedded Oxigraph store (always), and Virtuoso at ``$TRADEGRAPH_VIRTUOSO_URL``
(default ``http://127.0.0.1:8890/sparql-auth``, else ``/sparql``) when one answers. Without a
server the Virtuoso cases skip with the reason; with ``TRADEGRAPH_REQUIRE_VIRTUOSO=1`` (CI,
after ``.ci/virtuoso.sh start``) they fail instead.

The Virtuoso server must be a throw-away one: each test clears every tradegraph record
graph and test graph on it.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from collections import defaultdict

import pytest

from conftest import skip_unless_required
from tradegraph.errors import QueryError, TradegraphError
from tradegraph.queries import bundled_queries, run_query
from tradegraph.store.base import Store
from tradegraph.store.embedded import EmbeddedStore
from tradegraph.store.terms import XSD, Term

TEST_NS = "urn:tradegraph-test:"
RECORD_NS = "https://w3id.org/tradegraph/record/"
TG = "https://w3id.org/tradegraph/ns#"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
PREFIXES = f"PREFIX tg: <{TG}>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
PARAM_VALUES = {"literal": "Hisense", "iri": "https://w3id.org/tradegraph/id/firm/hisense",
                "integer": "5", "date": "2030-01-01"}
NAMED_PARAMS = {"name": "Hisense", "place": "China", "asOf": "2030-01-01"}

HOSTILE = [
    'Acme" } ; DROP ALL ; #',
    "Acme' } } INSERT DATA { <urn:x> <urn:y> <urn:z> }",
    "line one\nline two\r\n# not a comment",
    "<urn:evil> > < >",
    "} UNION { ?s ?p ?o } FILTER(true) {",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 1 VALUES",
    '"""triple quoted""" \\ backslash \\" \\u0041',
    "Zürich – 青岛 ✓",
]


# --------------------------------------------------------------------------- backends

def _virtuoso_urls() -> list[str]:
    url = os.environ.get("TRADEGRAPH_VIRTUOSO_URL")
    if url:
        return [url]
    return ["http://127.0.0.1:8890/sparql-auth", "http://127.0.0.1:8890/sparql"]


def _reachable(url: str) -> str | None:
    """None when the endpoint answers (even with 401: it is there), else the reason."""
    try:
        with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=3):
            return None
    except urllib.error.HTTPError as exc:
        return None if exc.code in (401, 403) else f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError) as exc:
        return str(getattr(exc, "reason", exc))


def _virtuoso_url() -> str:
    reasons = []
    for url in _virtuoso_urls():
        problem = _reachable(url)
        if problem is None:
            return url
        reasons.append(f"{url}: {problem}")
    message = ("no Virtuoso reachable (" + "; ".join(reasons) + "); "
               "start one with: eval \"$(.ci/virtuoso.sh start)\"")
    skip_unless_required(message, "TRADEGRAPH_REQUIRE_VIRTUOSO")


def _clear(store: Store) -> None:
    graphs = [g for g in store.graphs() if g.startswith((RECORD_NS, TEST_NS))]
    for i in range(0, len(graphs), 200):
        store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs[i:i + 200]))


@pytest.fixture(params=["embedded", "virtuoso"])
def backend(request, tmp_path):
    if request.param == "embedded":
        store = EmbeddedStore(tmp_path / "store")
        yield store
        store.close()
        return
    from tradegraph.store.remote import RemoteStore

    url = _virtuoso_url()
    store = RemoteStore(url, retries=1)
    _clear(store)
    yield store
    _clear(store)


@pytest.fixture(scope="session")
def example_graphs() -> list[tuple[str, str]]:
    """A small realistic mission graph (tests/graph_fixtures.py) as (graph IRI, N-Triples)."""
    from graph_fixtures import extractions

    from tradegraph.rdf.mapping import to_graph

    out = []
    for extraction in extractions():
        graph = to_graph(extraction, sha256="0" * 64, file_name=f"{extraction.record.id}.md")
        out.append((str(graph.identifier), graph.serialize(format="nt")))
    return sorted(out)


@pytest.fixture
def loaded(backend, example_graphs):
    backend.replace_graphs(example_graphs)
    return backend


def nt(*triples: tuple[str, str, str]) -> str:
    return "\n".join(f"{s} {p} {o} ." for s, p, o in triples)


def g(name: str) -> str:
    return f"{TEST_NS}graph/{name}"


def iri(name: str) -> str:
    return f"<{TEST_NS}{name}>"


def values(result, var: str) -> list:
    i = result.vars.index(var)
    return sorted(row[i].value for row in result.rows if row[i] is not None)


# --------------------------------------------------------------------------- writes

def test_replace_graph_stores_the_triples_in_that_named_graph(backend):
    backend.replace_graph(g("a"), nt((iri("x"), iri("p"), '"one"'), (iri("x"), iri("q"), iri("y"))))
    result = backend.query(f"SELECT ?g ?o WHERE {{ GRAPH ?g {{ {iri('x')} ?p ?o }} }}")
    assert sorted((r[0].value, r[1].value) for r in result.rows) == [
        (g("a"), "one"), (g("a"), f"{TEST_NS}y")]


def test_replacing_a_graph_again_replaces_it_and_leaves_others_alone(backend):
    backend.replace_graph(g("a"), nt((iri("x"), iri("p"), '"old"'), (iri("x"), iri("gone"), '"1"')))
    backend.replace_graph(g("b"), nt((iri("z"), iri("p"), '"other"')))
    backend.replace_graph(g("a"), nt((iri("x"), iri("p"), '"new"')))
    backend.replace_graph(g("a"), nt((iri("x"), iri("p"), '"new"')))  # idempotent
    result = backend.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g('a')}> {{ ?s ?p ?o }} }}")
    assert [(r[1].value, r[2].value) for r in result.rows] == [(f"{TEST_NS}p", "new")]
    assert values(backend.query(f"SELECT ?o WHERE {{ GRAPH <{g('b')}> {{ ?s ?p ?o }} }}"), "o") == ["other"]


def test_replace_graphs_batches_and_each_graph_is_complete(backend):
    batch = [(g(f"r{i}"), nt(*[(iri(f"e{i}"), iri("n"), f'"{j}"^^<{XSD}integer>') for j in range(20)]))
             for i in range(30)]
    backend.replace_graphs(batch)
    backend.replace_graphs(batch[:5])
    result = backend.query(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s {iri('n')} ?o }} }} GROUP BY ?g")
    counts = {r[0].value: r[1].python() for r in result.rows}
    assert counts == {g(f"r{i}"): 20 for i in range(30)}


def test_drop_graph(backend):
    backend.replace_graph(g("a"), nt((iri("x"), iri("p"), '"one"')))
    backend.drop_graph(g("a"))
    backend.drop_graph(g("never-there"))
    assert not backend.query(f"ASK {{ GRAPH ?g {{ {iri('x')} ?p ?o }} }}").boolean


def test_literals_round_trip(backend):
    texts = ["plain", 'quote " and \\ backslash', "multi\nline\ttab", "Zürich 青岛 ✓ 𝄞", ""]
    backend.replace_graph(g("lit"), nt(
        *[(iri("x"), iri("text"), Term.literal(t).n3()) for t in texts],
        (iri("x"), iri("lang"), '"hello"@en'),
        (iri("x"), iri("int"), f'"80000"^^<{XSD}integer>'),
        (iri("x"), iri("date"), f'"2020-03-11"^^<{XSD}date>'),
        (iri("x"), iri("year"), f'"2019"^^<{XSD}gYear>')))
    rows = backend.query(f"SELECT ?p ?o WHERE {{ {iri('x')} ?p ?o }}").rows
    got = {(r[0].value.removeprefix(TEST_NS), r[1]) for r in rows}
    assert {o.value for p, o in got if p == "text"} == set(texts)
    assert all(o.datatype == XSD + "string" for p, o in got if p == "text")
    assert ("lang", Term("hello", "literal", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString", "en")) in got
    assert ("int", Term("80000", "literal", XSD + "integer")) in got
    assert ("date", Term("2020-03-11", "literal", XSD + "date")) in got
    assert ("year", Term("2019", "literal", XSD + "gYear")) in got


def test_dump_nquads_holds_every_record_quad(backend):
    backend.replace_graph(g("a"), nt((iri("x"), iri("p"), '"one \\"1\\""')))
    backend.replace_graph(g("b"), nt((iri("y"), iri("p"), iri("x"))))
    lines = {line for line in backend.dump_nquads().splitlines() if TEST_NS in line}
    assert lines == {f'{iri("x")} {iri("p")} "one \\"1\\"" <{g("a")}> .',
                     f'{iri("y")} {iri("p")} {iri("x")} <{g("b")}> .'}


# --------------------------------------------------------------------------- reads

def test_default_graph_is_the_union_of_the_record_graphs(backend):
    backend.replace_graph(g("a"), nt((iri("hisense"), iri("hq"), iri("qingdao"))))
    backend.replace_graph(g("b"), nt((iri("qingdao"), iri("in"), iri("china"))))
    # A join across two graphs, with no GRAPH and no FROM.
    result = backend.query(f"SELECT ?c WHERE {{ {iri('hisense')} {iri('hq')} ?city . ?city {iri('in')} ?c }}")
    assert values(result, "c") == [f"{TEST_NS}china"]


def test_named_graphs_carry_provenance(loaded, example_graphs):
    result = loaded.query(PREFIXES + """
        SELECT DISTINCT ?record WHERE { GRAPH ?record { ?record a tg:Record } }""")
    assert values(result, "record") == sorted(graph for graph, _ in example_graphs)
    # Which record says Hisense is headquartered in Qingdao?
    result = loaded.query(PREFIXES + """
        SELECT DISTINCT ?record WHERE {
          GRAPH ?record { ?f skos:prefLabel "Hisense" ; tg:headquarteredIn ?c . ?c skos:prefLabel "Qingdao" }
        }""")
    assert result.rows and all(r[0].value.startswith(RECORD_NS) for r in result.rows)


def test_ask_and_construct(backend):
    backend.replace_graph(g("a"), nt((iri("x"), iri("p"), '"one"')))
    assert backend.query(f"ASK {{ {iri('x')} {iri('p')} ?o }}").boolean is True
    assert backend.query(f"ASK {{ {iri('x')} {iri('nope')} ?o }}").boolean is False
    result = backend.query(f"CONSTRUCT {{ ?s {iri('q')} ?o }} WHERE {{ ?s {iri('p')} ?o }}")
    assert result.kind == "CONSTRUCT"
    assert [(s.value, p.value, o.value) for s, p, o in result.triples] == [
        (f"{TEST_NS}x", f"{TEST_NS}q", "one")]


def test_malformed_sparql_is_bad_input(backend):
    with pytest.raises(TradegraphError) as info:
        backend.query("SELEC * WHERE { ?s ?p ?o }")
    assert info.value.exit_code == 2
    assert "\n" not in str(info.value)


# --------------------------------------------------------------------------- bindings

@pytest.mark.parametrize("hostile", HOSTILE)
def test_bound_values_are_terms_never_query_text(backend, hostile):
    backend.replace_graph(g("a"), nt((iri("evil"), iri("name"), Term.literal(hostile).n3()),
                                     (iri("good"), iri("name"), '"Acme"')))
    query = (f"# a comment with {{ braces }} and \"quotes\"\n"
             f"SELECT ?name ?s WHERE {{ ?s {iri('name')} ?name . FILTER(STRLEN(?name) >= 0) }}")
    result = backend.query(query, {"name": Term.literal(hostile)})
    assert [(r[0].value, r[1].value) for r in result.rows] == [(hostile, f"{TEST_NS}evil")]
    # A value that matches nothing finds nothing (and breaks nothing).
    assert backend.query(query, {"name": Term.literal(hostile + "x")}).rows == []
    assert len(backend.query(f"SELECT * WHERE {{ ?s {iri('name')} ?o }}").rows) == 2


def test_bindings_are_visible_to_filters_and_unions_in_the_outer_group(backend):
    backend.replace_graph(g("a"), nt((iri("f"), iri("label"), '"Hisense"'),
                                     (iri("f"), iri("alias"), '"Hisense Group"'),
                                     (iri("other"), iri("label"), '"Haier"')))
    query = f"""SELECT DISTINCT ?name ?e WHERE {{
        {{ ?e {iri('label')} ?l }} UNION {{ ?e {iri('alias')} ?l }}
        FILTER(LCASE(STR(?l)) = LCASE(STR(?name)))
    }}"""
    assert values(backend.query(query, {"name": Term.literal("hisense group")}), "e") == [f"{TEST_NS}f"]
    bound_iri = backend.query(f"SELECT ?e ?l WHERE {{ ?e {iri('label')} ?l }}",
                              {"e": Term.iri(f"{TEST_NS}other")})
    assert values(bound_iri, "l") == ["Haier"]
    typed = backend.query(f"SELECT ?n ?s WHERE {{ ?s {iri('label')} ?l . BIND(5 AS ?five) FILTER(?n = ?five) }}",
                          {"n": Term.literal(5)})
    assert len(typed.rows) == 2


def test_hostile_iri_is_refused(backend):
    with pytest.raises((QueryError, ValueError)):
        backend.query("SELECT ?e WHERE { ?e ?p ?o }", {"e": Term.iri("urn:x> } DROP ALL {")})


# --------------------------------------------------------------------------- bundled queries

@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_every_bundled_query_runs(loaded, name):
    query = bundled_queries()[name]
    params = {p.name: NAMED_PARAMS.get(p.name, PARAM_VALUES[p.type]) for p in query.params}
    result = run_query(loaded, query, params)
    assert result.kind in ("SELECT", "ASK", "CONSTRUCT")


def _answers(store: Store) -> dict:
    from tradegraph.lookup import firm

    out = {"firm": firm(store, "Hisense").to_dict()}
    for name, query in sorted(bundled_queries().items()):
        params = {p.name: NAMED_PARAMS.get(p.name, PARAM_VALUES[p.type]) for p in query.params}
        result = run_query(store, query, params)
        out[name] = sorted(tuple(_canon(t) for t in row) for row in result.rows)
        if query.paged_by_record:  # the first page: the newest records' rows, on any backend
            page = run_query(store, query, params, limit=5)
            out[f"{name} page"] = sorted(tuple(_canon(t) for t in row) for row in page.rows), page.more
    return out


def _canon(term: Term | None):
    if term is None:
        return None
    value = term.python()
    if isinstance(value, str) and "; " in value:  # GROUP_CONCAT: order undefined by SPARQL
        value = "; ".join(sorted(value.split("; ")))
    if isinstance(value, float):
        value = round(value, 6)
    return (term.kind, value, term.language)


def test_every_backend_gives_the_same_answers(example_graphs, tmp_path):
    from tradegraph.store.remote import RemoteStore

    example_store = EmbeddedStore(tmp_path / "store")
    example_store.replace_graphs(example_graphs)

    remote = RemoteStore(_virtuoso_url(), retries=1)
    _clear(remote)
    try:
        remote.replace_graphs(example_graphs)
        expected, got = _answers(example_store), _answers(remote)
        assert got["firm"] == expected["firm"]
        for name in expected:
            assert got[name] == expected[name], name
    finally:
        _clear(remote)
        example_store.close()
