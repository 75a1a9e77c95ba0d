"""Named queries: every bundled one is documented and runs; parameters are bound as terms."""

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
