"""``tradegraph stats``: counts per type and predicate."""

import json

from click.testing import CliRunner

from tradegraph.cli.main import cli


def test_stats_json_counts(tiny_store_path):
    result = CliRunner().invoke(cli, ["stats", "--format", "json", "--store", tiny_store_path])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["records"] == 1 and data["facts"] == 1
    assert data["entities_by_type"] == {"City": 2, "Country": 1, "Firm": 1, "Region": 1}
    assert data["relations_by_predicate"]["headquarteredIn"] == 1
    assert data["triples"] > 50


def test_stats_text(tiny_store_path):
    result = CliRunner().invoke(cli, ["stats", "--store", tiny_store_path])
    assert result.exit_code == 0, result.output
    assert "Entities by type" in result.output and "headquarteredIn" in result.output
