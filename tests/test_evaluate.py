"""Scoring against gold annotations, and the ``eval`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tradegraph.cli.eval import eval_command
from tradegraph.errors import BadInputError
from tradegraph.evaluate import Report, evaluate, match_entities, norm, score_record
from tradegraph.model import Entity, Evidence, Extraction, Fact, RecordRef, Relation

EV = Evidence("", 0, 0)
REPO = Path(__file__).resolve().parent.parent
SEED_GOLD = REPO / "graph" / "gold" / "leeds-city-region-qingdao-2020.gold.json"


def extraction() -> Extraction:
    return Extraction(
        record=RecordRef("r"),
        entities=[Entity("firm/hisense-group", "Hisense Group", "Firm"),
                  Entity("city/qingdao--cn", "Qingdao", "City"),
                  Entity("region/leeds", "Leeds", "Region"),
                  Entity("person/jo", "Jo", "Person")],
        relations=[Relation("firm/hisense-group", "headquarteredIn", "city/qingdao--cn", EV),
                   Relation("person/jo", "metWith", "firm/hisense-group", EV),
                   Relation("region/leeds", "visited", "city/qingdao--cn", EV)],
        facts=[Fact("firm/hisense-group", "employees", 80500, EV),
               Fact("city/qingdao--cn", "gdp", 5, EV, "CNY")])


GOLD = {"record": "r.md",
        "entities": [{"name": "Hisense", "type": "Firm", "aliases": ["Hisense Group"]},
                     {"name": "Qingdao", "type": "City", "aliases": []},
                     {"name": "Leeds", "type": "City", "aliases": []},
                     {"name": "Jo", "type": "Person", "aliases": []}],
        "relations": [{"subject": "Hisense", "predicate": "headquarteredIn", "object": "Qingdao"},
                      {"subject": "Hisense", "predicate": "metWith", "object": "Jo"},
                      {"subject": "Leeds", "predicate": "visited", "object": "Qingdao"}],
        "facts": [{"subject": "Hisense", "property": "employees", "value": 80000},
                  {"subject": "Qingdao", "property": "gdp", "value": 6}]}


def test_norm_folds_case_space_and_diacritics():
    assert norm("  Québec  City ") == norm("quebec city") == "quebec city"


def test_scores_entities_relations_facts():
    report = Report()
    score_record(GOLD, extraction(), report, "r")
    # entities: Hisense through its alias, Qingdao, Jo; Leeds has the wrong type
    assert (report.entities.tp, report.entities.fp, report.entities.fn) == (3, 1, 1)
    # relations: headquarteredIn; metWith is symmetric; visited has an unmatched subject
    assert (report.relations.tp, report.relations.fp, report.relations.fn) == (2, 1, 1)
    # facts: 80500 is within 1% of 80000... no, 0.6% -> match; gdp 5 vs 6 -> miss
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (1, 1, 1)
    assert report.by_type["City"].fn == 1 and report.by_predicate["metWith"].tp == 1
    assert ("r", "entity", "City Leeds") in report.misses
    assert ("r", "entity", "Region Leeds") in report.false_hits


def test_entity_matching_is_one_to_one():
    gold = [{"name": "Haier", "type": "Firm"}]
    pred = [{"name": "Haier", "type": "Firm", "aliases": []},
            {"name": "Haier Group", "type": "Firm", "aliases": ["Haier"]}]
    assert match_entities(gold, pred) == {0: 0}


def test_bad_gold_and_missing_records(tmp_path):
    bad = tmp_path / "x.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(BadInputError, match="not a readable gold"):
        evaluate([bad], tmp_path)
    ok = tmp_path / "y.gold.json"
    ok.write_text(json.dumps(GOLD), encoding="utf-8")
    with pytest.raises(BadInputError, match="not in"):
        evaluate([ok], tmp_path)
    with pytest.raises(BadInputError, match="no such records folder"):
        evaluate([ok], tmp_path / "nope")


def test_evaluate_a_record_folder(tmp_path):
    (tmp_path / "r.md").write_text("Hisense Group, a company that makes televisions, is headquartered in Qingdao.\n",
                                   encoding="utf-8")
    gold = tmp_path / "r.gold.json"
    gold.write_text(json.dumps({"record": "r.md",
                                "entities": [{"name": "Hisense Group", "type": "Firm"},
                                             {"name": "Qingdao", "type": "City"},
                                             {"name": "televisions", "type": "Sector"}],
                                "relations": [{"subject": "Hisense Group", "predicate": "headquarteredIn",
                                               "object": "Qingdao"},
                                              {"subject": "Hisense Group", "predicate": "activeIn",
                                               "object": "televisions"}],
                                "facts": []}), encoding="utf-8")
    report = evaluate([gold], tmp_path)
    assert report.entities.f1 == 1.0 and report.relations.f1 == 1.0
    assert report.to_dict()["records"] == 1


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="seed gold not written yet")
def test_eval_command_tables_thresholds_and_verbose():
    runner = CliRunner()
    result = runner.invoke(eval_command, [str(SEED_GOLD), "--verbose"])
    assert result.exit_code == 0, result.output
    assert "with curation" in result.output and "without curation" in result.output
    assert "Relations by predicate" in result.output and "Misses" in result.output
    failing = runner.invoke(eval_command, [str(SEED_GOLD), "--min-relation-f1", "1.01"])
    assert failing.exit_code == 1
    only = runner.invoke(eval_command, [str(SEED_GOLD), "--no-curation"])
    assert only.exit_code == 0 and "with curation" not in only.output
