"""``tradegraph firm``: text and JSON, evidence and sources, close matches on a miss."""

import json

from click.testing import CliRunner

from tradegraph.cli.main import cli


def test_text_lists_relations_with_evidence_and_numbered_sources(tiny_store_path):
    result = CliRunner().invoke(cli, ["firm", "hisense", "--store", tiny_store_path])
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Hisense  (Firm)")
    for expected in ("Headquartered in", "Qingdao (City) [1]", "Has office in", "Visited by",
                     "topic: smart transportation", "“Hisense is headquartered in Qingdao.”",
                     "[1] Tiny record — 2020-03-11 — https://example.org/tiny",
                     "employees: over 80,000"):
        assert expected in out


def test_json_shape(tiny_store_path):
    result = CliRunner().invoke(cli, ["firm", "Hisense Group", "--format", "json", "--store", tiny_store_path])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["entity"]["name"] == "Hisense"
    hq = data["connections"]["headquartered in"][0]
    assert hq["entity"]["name"] == "Qingdao"
    assert hq["record"]["title"] == "Tiny record"
    assert hq["evidence"] == "Hisense is headquartered in Qingdao."


def test_unknown_firm_exit_2_with_suggestions(tiny_store_path):
    result = CliRunner().invoke(cli, ["firm", "Hisnse", "--store", tiny_store_path])
    assert result.exit_code == 2
    assert "did you mean: Hisense?" in result.output
    assert "Traceback" not in result.output
