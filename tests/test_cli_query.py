"""``tradegraph query`` through the CLI: names, files, text, formats, parameters, errors."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from tradegraph.cli.main import cli


def run(*args):
    return CliRunner().invoke(cli, list(args))


def test_list_describes_every_bundled_query():
    result = run("query", "--list")
    assert result.exit_code == 0, result.output
    assert "firm-connections" in result.output and "--param name=" in result.output


def test_bundled_query_with_param_as_json(tiny_store_path):
    result = run("query", "firm-connections", "--param", "name=hisense", "--format", "json",
                 "--store", tiny_store_path)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {r["other"] for r in rows} == {"Qingdao", "Leeds", "Leeds City Region"}


def test_sparql_text_as_csv(tiny_store_path):
    result = run("query", "SELECT ?l WHERE { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } ORDER BY ?l",
                 "--format", "csv", "--store", tiny_store_path)
    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.output)))[:2] == [["l"], ["China"]]


def test_table_output_counts_rows(tiny_store_path):
    result = run("query", "entity-counts", "--store", tiny_store_path)
    assert result.exit_code == 0, result.output
    assert "4 rows" in result.output


@pytest.mark.parametrize("args, message", [
    (["query", "no-such-query"], "unknown query 'no-such-query'"),
    (["query", "SELECT ?s WHERE {"], "malformed SPARQL"),
    (["query", "firm-connections", "--param", "nope=1"], "unknown parameter 'nope'"),
    (["query", "firm-connections", "--param", "broken"], "expected NAME=VALUE"),
    (["query", "DROP ALL"], "read-only unless --update"),
])
def test_bad_input_is_one_line_and_exit_2(tiny_store_path, args, message):
    result = CliRunner().invoke(cli, args + ["--store", tiny_store_path])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_store_says_how_to_build_one(tmp_path):
    result = run("query", "meetings", "--store", str(tmp_path / "nowhere"))
    assert result.exit_code == 2
    assert "tradegraph ingest" in result.output


def test_pages_with_limit_and_offset(example_store_path):
    whole = run("query", "delegations", "--limit", "0", "--format", "json", "--store", example_store_path)
    assert whole.exit_code == 0, whole.output
    rows = json.loads(whole.output)
    assert len(rows) > 6
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames \
        else CliRunner()
    page = runner.invoke(cli, ["query", "delegations", "--limit", "3", "--offset", "3", "--format", "json",
                               "--store", example_store_path])
    assert page.exit_code == 0, page.output
    assert json.loads(page.stdout) == rows[3:6]
    assert "--offset 6 for the next page" in page.stderr
    last = runner.invoke(cli, ["query", "delegations", "--offset", str(len(rows) - 1), "--format", "json",
                               "--store", example_store_path])
    assert json.loads(last.stdout) == rows[-1:] and "more rows" not in last.stderr
