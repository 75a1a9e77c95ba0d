"""Named queries: every bundled one is documented and runs; parameters are bound as terms."""

import json

import pytest

from tradegraph.errors import QueryError
from tradegraph.queries import bundled_queries, is_update, parse_params, resolve_query, run_query

SAMPLE_VALUES = {"name": "Hisense", "place": "China", "asOf": "2030-01-01"}


def test_at_least_eight_documented_queries():
    queries = bundled_queries()
    assert len(queries) >= 8
    for q in queries.values():
        assert q.description, q.name
        for p in q.params:
            assert p.description and p.name in SAMPLE_VALUES, (q.name, p)


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_every_bundled_query_runs_on_the_tiny_graph(tiny_store, name):
    q = bundled_queries()[name]
    result = run_query(tiny_store, q, {p.name: SAMPLE_VALUES[p.name] for p in q.params})
    assert result.kind == "SELECT"
    assert all(p.name not in result.vars for p in q.params)


def test_firm_connections_is_case_and_alias_insensitive(tiny_store):
    q = bundled_queries()["firm-connections"]
    rows = run_query(tiny_store, q, {"name": "HISENSE group"}).dicts()
    assert {r["relation"].value for r in rows} >= {"headquarteredIn", "hasOfficeIn", "visited"}


@pytest.mark.parametrize("hostile", [
    'Hisense") } DROP ALL #', "x' UNION { ?s ?p ?o }", "}\nSELECT * WHERE {", "<http://evil>",
    "DELETE WHERE { ?s ?p ?o }", "\\\" }",
])
def test_hostile_parameters_cannot_change_the_query(tiny_store, hostile):
    before = tiny_store.dump_nquads()
    rows = run_query(tiny_store, bundled_queries()["firm-connections"], {"name": hostile}).rows
    assert rows == []
    assert tiny_store.dump_nquads() == before


def test_unknown_and_missing_parameters(tiny_store):
    q = bundled_queries()["firm-connections"]
    with pytest.raises(QueryError, match="unknown parameter 'firm'"):
        run_query(tiny_store, q, {"firm": "x"})
    with pytest.raises(QueryError, match="needs --param name"):
        run_query(tiny_store, q, {})
    with pytest.raises(QueryError, match="not a date"):
        run_query(tiny_store, bundled_queries()["partners-as-of"], {"asOf": "last year"})


def test_resolution_of_names_files_and_text(tmp_path):
    assert resolve_query("meetings").name == "meetings"
    path = tmp_path / "mine.rq"
    path.write_text("# Mine.\nSELECT * WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    assert resolve_query(str(path)).description == "Mine."
    assert resolve_query("SELECT ?s WHERE { ?s ?p ?o }").name == "query"
    with pytest.raises(QueryError, match="did you mean: meetings"):
        resolve_query("meeting")


def test_updates_are_refused_unless_allowed(tiny_store):
    drop = resolve_query("DROP ALL")
    assert is_update(drop.text)
    with pytest.raises(QueryError, match="--update"):
        run_query(tiny_store, drop)
    assert tiny_store.dump_nquads()
    run_query(tiny_store, drop, allow_update=True)
    assert tiny_store.dump_nquads() == ""


def test_malformed_sparql_is_a_query_error(tiny_store):
    with pytest.raises(QueryError, match="malformed SPARQL"):
        run_query(tiny_store, resolve_query("SELECT ?s WHERE { ?s ?p "))


def test_param_syntax():
    assert parse_params(["a=b=c", "x="]) == {"a": "b=c", "x": ""}
    with pytest.raises(QueryError):
        parse_params(["no-equals"])


def test_name_parameters_match_through_the_folded_key(tiny_store):
    """``$name_key`` is the folded value written in place: accents and case do not matter,
    and a name that only looks like a key (quotes, braces) still cannot reach the query."""
    q = bundled_queries()["records-mentioning"]
    assert {r["entity"].value for r in run_query(tiny_store, q, {"name": "  hísense   GROUP"}).dicts()} == {"Hisense"}
    before = tiny_store.dump_nquads()
    assert run_query(tiny_store, q, {"name": 'hisense" } } DROP ALL { { "'}).rows == []
    assert tiny_store.dump_nquads() == before


def test_a_query_of_ones_own_can_use_the_key():
    from tradegraph.queries import parse_query
    from tradegraph.store.base import bind_query
    from tradegraph.store.terms import Term

    text = bind_query("SELECT ?n WHERE { ?e <urn:k> $n_key . ?e <urn:l> ?n_key }",
                      {"n": Term.literal("Ä"), "n_key": Term.literal('a" . ?x ?y ?z')})
    # The $ form is replaced by the escaped literal; the ? form stays a variable.
    assert '<urn:k> "a\\" . ?x ?y ?z" .' in text and "<urn:l> ?n_key" in text
    assert parse_query("# d\n# @param n literal x\nSELECT ?n WHERE { ?e <urn:k> $n_key }").params[0].name == "n"


def test_entity_counts_lists_every_entity_type_of_the_data_model():
    import re

    from tradegraph.model import ENTITY_TYPES

    text = bundled_queries()["entity-counts"].text
    listed = re.search(r"VALUES \?t \{([^}]*)\}", text).group(1).split()
    assert sorted(t.removeprefix("tg:") for t in listed) == sorted(ENTITY_TYPES)


PAGED = sorted(name for name, q in bundled_queries().items() if q.paged_by_record)


def test_the_listing_queries_are_paged_by_record():
    assert {"delegations", "meetings", "collaboration-opportunities", "firm-facts",
            "people-roles", "partners-as-of", "events"} <= set(PAGED)
    for name in PAGED:
        text = bundled_queries()[name].text
        assert "GRAPH $r {" in text and "STR($r)" in text, name


def _pages(store, q, values, size):
    rows, offset = [], 0
    while True:
        page = run_query(store, q, values, limit=size, offset=offset)
        rows += page.rows
        assert len(page.rows) <= size
        if not page.more:
            return page.vars, rows
        assert len(page.rows) == size
        offset += size


def _assert_pages_match_whole(store):
    for name in PAGED:
        q = bundled_queries()[name]
        values = {p.name: SAMPLE_VALUES[p.name] for p in q.params}
        whole = run_query(store, q, values)
        for size in (1, 7):
            names, rows = _pages(store, q, values, size)
            assert names == whole.vars, name
            assert _comparable(names, rows) == _comparable(names, whole.rows), (name, size)


def _comparable(names, rows):
    """Rows as plain values; GROUP_CONCAT's order within a cell is the engine's choice."""
    concat = names.index("participants") if "participants" in names else None
    return [tuple(sorted(v.split("; ")) if i == concat and v else v
                  for i, v in enumerate(None if t is None else t.value for t in row)) for row in rows]


def test_pages_give_the_whole_listing_in_its_order(example_store):
    assert sum(len(run_query(example_store, bundled_queries()[n], {"asOf": "2030-01-01"}
                             if n == "partners-as-of" else {}).rows) for n in PAGED) > 100
    _assert_pages_match_whole(example_store)


def test_pages_of_undated_records_and_of_a_store_from_before_dct_issued(example_store):
    # Two records lose their date altogether; then every record loses dct:issued, as in
    # a store written before it: both go through the per-record fallback, in the same order.
    example_store.update("""PREFIX dct: <http://purl.org/dc/terms/>
        DELETE { GRAPH ?r { ?r dct:issued ?d . ?x dct:date ?d } }
        WHERE { { SELECT ?r ?d WHERE { GRAPH ?r { ?r dct:issued ?d } } ORDER BY STR(?r) LIMIT 2 }
                GRAPH ?r { ?r dct:issued ?d . ?x dct:date ?d } }""")
    _assert_pages_match_whole(example_store)
    example_store.update("""PREFIX dct: <http://purl.org/dc/terms/>
        DELETE WHERE { GRAPH ?r { ?r dct:issued ?d } }""")
    _assert_pages_match_whole(example_store)


def test_a_paged_query_for_one_record(example_store):
    q = bundled_queries()["delegations"]
    whole = run_query(example_store, q).dicts()
    title = whole[0]["record"].value
    iri = example_store.query(
        'PREFIX dct: <http://purl.org/dc/terms/> SELECT ?r WHERE { GRAPH ?r { ?r dct:title ?t } '
        f'FILTER(STR(?t) = {json.dumps(title)}) }}').rows[0][0].value
    one = run_query(example_store, q, {"record": iri}).dicts()
    assert one and one == [row for row in whole if row["record"].value == title]
    with pytest.raises(QueryError, match="not a valid IRI"):
        run_query(example_store, q, {"record": "not an iri"})


def test_a_page_of_any_select_query(tiny_store):
    q = resolve_query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s")
    whole = run_query(tiny_store, q).rows
    page = run_query(tiny_store, q, limit=3, offset=2)
    assert page.rows == whole[2:5] and page.more == (len(whole) > 5)
    own = resolve_query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 4")
    assert run_query(tiny_store, own, limit=3).rows == whole[:3]
    assert run_query(tiny_store, own, limit=3, offset=3).rows == whole[3:4]
