"""``tradegraph extract``: the design's JSON contract, Turtle, and bad files."""

import json
from pathlib import Path

from click.testing import CliRunner
from rdflib import Graph

from tradegraph.cli.main import cli

SEED = Path(__file__).resolve().parent.parent / "graph" / "records" / "leeds-city-region-qingdao-2020.md"


def test_json_matches_the_contract():
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == ["record", "entities", "relations", "facts"]
    assert set(data["record"]) == {"id", "title", "date", "source"}
    assert data["record"]["date"] == "2020-03-11"
    ids = set()
    for e in data["entities"]:
        assert list(e) == ["id", "name", "type", "aliases", "mentions", "identifiers"]
        assert all(set(m) == {"start", "end"} for m in e["mentions"])
        ids.add(e["id"])
    for r in data["relations"]:
        assert list(r) == ["subject", "predicate", "object", "evidence", "confidence", "attributes"]
        assert r["subject"] in ids and r["object"] in ids
        assert set(r["evidence"]) == {"text", "start", "end"}
    for f in data["facts"]:
        assert list(f) == ["subject", "property", "value", "unit", "qualifier", "date", "evidence"]
        assert f["subject"] in ids


def test_turtle_is_the_records_named_graph():
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--format", "turtle"])
    assert result.exit_code == 0, result.output
    g = Graph().parse(data=result.output, format="turtle")
    assert len(g) > 50


def test_bad_file_one_line_exit_2(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    result = CliRunner().invoke(cli, ["extract", str(bad)])
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error:") and "binary" in result.output
    assert len(result.output.strip().splitlines()) == 1
