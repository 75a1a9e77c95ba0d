"""The example corpus, end to end: what the issue's "done" promises a user sees."""

import pytest

from tradegraph.lookup import firm
from tradegraph.queries import bundled_queries, run_query

PARAMS = {"name": "Hisense", "place": "China", "asOf": "2030-01-01"}
SENTENCELESS = {"mission-party", "mission-destination", "title-context"}  # extract/pipeline.py


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


def test_opportunities_on_the_example_corpus_put_the_seed_opportunity_first_and_explain_leads(example_store):
    from tradegraph.network.api import opportunities_report

    found = opportunities_report(example_store, limit=None)["opportunities"]
    stated = [o for o in found if o["kind"] == "stated"]
    inferred = [o for o in found if o["kind"] == "inferred"]
    assert [o["kind"] for o in found] == ["stated"] * len(stated) + ["inferred"] * len(inferred)
    seed = next(i for i, o in enumerate(found)
                if {p["label"] for p in o["parties"]} == {"Hisense", "Leeds City Region Mass Transit"})
    assert seed < 5  # among the first
    assert "Mass Transit" in found[seed]["evidence"][0]["text"] and found[seed]["date"] == "2020-03-11"
    assert inferred
    quoted = 0
    for o in inferred:
        assert o["path"] and o["why"]
        for hop in o["path"]:
            ev = hop["evidence"][0]
            assert hop["records"] and ev["record"] in hop["records"] and ev["title"]
            # a sentence, unless the extractor found the relation from the record as a whole
            assert ev["text"] or ev["method"] in SENTENCELESS, (o["why"], hop)
            quoted += bool(ev["text"])
    assert quoted > 0.9 * sum(len(o["path"]) for o in inferred)


def test_path_from_hisense_to_leeds_city_region_is_explained(example_store):
    from tradegraph.network.api import path_report

    report = path_report(example_store, "Hisense", "Leeds City Region")
    assert report["paths"] and report["paths"][0]["length"] == 1
    for path in report["paths"]:
        for hop in path["hops"]:
            assert hop["evidence"] and hop["evidence"][0]["record"] in report["records"]


def test_hisense_briefing_on_the_example_corpus(example_store):
    from tradegraph.brief import briefing

    md = briefing(example_store, "Hisense")
    assert "**Hisense** is a firm headquartered in Qingdao" in md
    assert "met with and visited by **Leeds City Region** (Region)" in md
    assert "With **Leeds City Region Mass Transit** (Initiative) on smart transportation" in md
    assert "- employees: over 80,000" in md and "## Sources" in md
