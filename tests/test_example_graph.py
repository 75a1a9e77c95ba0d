"""The example corpus, end to end: what the issue's "done" promises a user sees."""

import pytest

from tradegraph.lookup import firm
from tradegraph.queries import bundled_queries, run_query

PARAMS = {"name": "Hisense", "place": "China", "asOf": "2030-01-01"}


@pytest.mark.parametrize("name", sorted(bundled_queries()))
def test_every_bundled_query_returns_rows(example_store, name):
    q = bundled_queries()[name]
    result = run_query(example_store, q, {p.name: PARAMS[p.name] for p in q.params})
    assert result.rows, f"{name} returned no rows on the example graph"


def test_hisense_lookup_answers_the_questions_a_trade_officer_asks(example_store):
    prof = firm(example_store, "hisense")
    groups = prof.grouped()

    def others(relation):
        return {c.other.label for c in groups.get(relation, [])}

    assert "Qingdao" in others("headquartered in")
    assert "Leeds" in others("has office in")
    assert "Leeds City Region" in others("visited by")
    # the seed record's opportunity: Hisense and the Leeds City Region Mass Transit project
    assert any("Leeds City Region" in other for other in others("collaboration opportunity with"))
    for items in groups.values():
        for c in items:
            assert c.evidence and c.title and c.date


def test_example_graph_conforms_to_its_shapes(example_store):
    validate = pytest.importorskip("tradegraph.validate")
    report = validate.validate(example_store)
    assert report.conforms, report.text[:2000]
