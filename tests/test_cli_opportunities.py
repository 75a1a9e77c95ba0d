"""``tradegraph opportunities``: table and JSON, filters, unknown names, empty store."""

import json

from click.testing import CliRunner
from graph_fixtures import HISENSE, LCR, empty_store_path, graph_store_path  # noqa: F401

from tradegraph.cli.opportunities import opportunities_command


def run(*args):
    return CliRunner().invoke(opportunities_command, list(args))


def test_json_shape(graph_store_path):
    result = run("--format", "json", "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["for"] is None and data["region"] is None
    first = data["opportunities"][0]
    assert first["kind"] == "stated" and first["rank"] == 1
    assert {p["label"] for p in first["parties"]} == {"Hisense", "Leeds City Region"}
    assert first["topics"] == ["smart transportation"]
    assert first["evidence"][0]["record"] in data["records"]
    assert {o["kind"] for o in data["opportunities"]} == {"stated", "inferred"}
    inferred = data["opportunities"][1]
    assert inferred["path"] and inferred["why"] and "components" in inferred


def test_for_region_and_limit(graph_store_path):
    result = run("--for", "lcr", "--limit", "2", "--format", "json", "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["for"]["id"] == LCR and len(data["opportunities"]) == 2
    assert all(LCR in {p["id"] for p in o["parties"]} for o in data["opportunities"])
    result = run("--for", "Hisense", "--region", "Leeds City Region", "--format", "json",
                 "--store", graph_store_path)
    labels = {o["parties"][1]["label"] for o in json.loads(result.output)["opportunities"]}
    assert labels >= {"University of Leeds", "Connecting Leeds"} and "Haier" not in labels


def test_table(graph_store_path):
    result = run("--store", graph_store_path, "--limit", "3")
    assert result.exit_code == 0, result.output
    assert "stated" in result.output and "inferred" in result.output
    assert "[1] Leeds City Region mission to Qingdao — 2020-03-11" in result.output


def test_unknown_name_lists_candidates(graph_store_path):
    result = run("--for", "Hisens", "--store", graph_store_path)
    assert result.exit_code == 2
    assert "did you mean: Hisense" in result.output and "Traceback" not in result.output
    result = run("--region", "Hisense", "--store", graph_store_path)
    assert result.exit_code == 2


def test_empty_store_says_how_to_ingest(empty_store_path):
    result = run("--store", empty_store_path)
    assert result.exit_code == 2
    assert "tradegraph ingest" in result.output


def test_missing_store(tmp_path):
    result = run("--store", str(tmp_path / "nope"))
    assert result.exit_code == 2 and "tradegraph ingest" in result.output
