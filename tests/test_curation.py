"""Curation: human corrections re-applied on every build; malformed files are clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tradegraph.errors import BadInputError
from tradegraph.extract import apply_curation, extract, load_curation
from tradegraph.extract.curation import Curation
from tradegraph.records import record_from_text

TEXT = ("Haier Group makes home appliances. Zhang Ruimin, CEO of Haier Group, was praised by Forbes, and Forbes listed it. "
        "After buying Candy, Haier Group grew.")
REPO = Path(__file__).resolve().parent.parent


def ex():
    return extract(record_from_text(TEXT, "r1"))


def by_name(extraction, name):
    return next((e for e in extraction.entities if e.name == name), None)


def test_merge_aliases_types_and_relations():
    cur = Curation.from_data({
        "merge": [{"type": "Firm", "names": ["Haier", "Haier Group"]}],
        "aliases": [{"name": "Haier", "add": ["Haier Industries"]}],
        "types": [{"name": "Forbes", "type": "MediaOutlet"}],
        "drop_relations": [{"subject": "Haier", "predicate": "activeIn", "object": "home appliances"}],
        "add_relations": [{"subject": "Zhang Ruimin", "predicate": "affiliatedWith", "object": "Forbes",
                           "role": "columnist"}],
    })
    out = apply_curation(ex(), cur)
    haier = by_name(out, "Haier")
    assert haier is not None and {"Haier Group", "Haier Industries"} <= set(haier.aliases)
    assert by_name(out, "Forbes").type == "MediaOutlet"
    assert by_name(out, "Forbes").id == "mediaoutlet/forbes"
    preds = {(r.subject, r.predicate, r.object) for r in out.relations}
    assert (haier.id, "activeIn", "sector/home-appliances") not in preds
    assert (haier.id, "acquired", "firm/candy") in preds  # references follow the merge
    added = [r for r in out.relations if r.attributes.get("method") == "curation"]
    assert added and added[0].attributes["role"] == "columnist"


def test_original_is_untouched_and_record_scope():
    original = ex()
    cur = Curation.from_data({"drop_entities": [{"name": "Candy", "record": "other"}]})
    assert apply_curation(original, cur).to_dict() == original.to_dict()
    cur = Curation.from_data({"drop_entities": [{"name": "Candy", "record": "r1"}]})
    out = apply_curation(original, cur)
    assert by_name(out, "Candy") is None and by_name(original, "Candy") is not None
    assert not any("candy" in r.object for r in out.relations)


def test_extract_applies_curation():
    cur = Curation.from_data({"types": [{"name": "Forbes", "type": "MediaOutlet"}]})
    out = extract(record_from_text(TEXT, "r1"), curation=cur)
    assert by_name(out, "Forbes").type == "MediaOutlet"


@pytest.mark.parametrize("content, message", [
    ("merge: [\n", "malformed YAML"),
    ("- just a list\n", "mapping of sections"),
    ("rename: []\n", "unknown curation section"),
    ("merge: [{names: [OnlyOne]}]\n", "at least two"),
    ("types: [{name: X, type: Spaceship}]\n", "unknown type"),
    ("drop_relations: [{subject: A, predicate: likes, object: B}]\n", "unknown predicate"),
    ("aliases: [{name: A}]\n", "needs 'add'"),
])
def test_malformed_curation_is_a_one_line_error(tmp_path, content, message):
    (tmp_path / "curation.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(BadInputError, match=message) as info:
        load_curation(tmp_path)
    assert "\n" not in str(info.value)


def test_missing_file_means_no_curation(tmp_path):
    assert load_curation(tmp_path) is None


def test_example_corpus_curation_loads():
    cur = load_curation(REPO / "graph" / "records")
    assert cur is not None and (cur.types or cur.merge or cur.aliases or cur.add_relations)
