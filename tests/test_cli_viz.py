"""``tradegraph viz``: views, output file, exit codes."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from tradegraph.cli.viz import viz_command


def run(*args: str):
    return CliRunner().invoke(viz_command, list(args))


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="tg-data">(.*?)</script>', text, re.S).group(1))


def test_whole_graph(tiny_store_path, tmp_path):
    out = tmp_path / "g.html"
    result = run("--store", tiny_store_path, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "5 nodes" in result.output
    data = page_data(out)
    assert {n["label"] for n in data["nodes"]} == {"Hisense", "Leeds", "Qingdao", "Leeds City Region", "China"}
    assert {e["predicate"] for e in data["edges"]} >= {"headquarteredIn", "visited"}


def test_default_output_name(tiny_store_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("--store", tiny_store_path).exit_code == 0
    assert (tmp_path / "tradegraph.html").is_file()


def test_focus_depth_and_types(tiny_store_path, tmp_path):
    out = tmp_path / "f.html"
    result = run("--store", tiny_store_path, "-o", str(out), "--focus", "qingdao", "--depth", "1")
    assert result.exit_code == 0, result.output
    assert {n["label"] for n in page_data(out)["nodes"]} == {"Qingdao", "Hisense", "China"}
    result = run("--store", tiny_store_path, "-o", str(out), "--type", "city", "--type", "Firm")
    assert result.exit_code == 0, result.output
    assert {n["type"] for n in page_data(out)["nodes"]} == {"City", "Firm"}


def test_unknown_focus_names_candidates(tiny_store_path, tmp_path):
    result = run("--store", tiny_store_path, "-o", str(tmp_path / "x.html"), "--focus", "Hisens")
    assert result.exit_code == 2
    assert "Hisense" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.html").exists()


def test_unknown_type_is_bad_input(tiny_store_path, tmp_path):
    result = run("--store", tiny_store_path, "-o", str(tmp_path / "x.html"), "--type", "Spaceship")
    assert result.exit_code == 2 and "Spaceship" in result.output


def test_since_keeps_recent_relations(tiny_store_path, tmp_path):
    out = tmp_path / "s.html"
    assert run("--store", tiny_store_path, "-o", str(out), "--since", "2020").exit_code == 0
    assert len(page_data(out)["edges"]) == 5
    result = run("--store", tiny_store_path, "-o", str(out), "--since", "2021")
    assert result.exit_code == 0 and page_data(out)["edges"] == []


def test_opportunities(tiny_store_path, tmp_path):
    out = tmp_path / "o.html"
    result = run("--store", tiny_store_path, "-o", str(out), "--opportunities")
    assert result.exit_code == 0, result.output
    kinds = {e["kind"] for e in page_data(out)["edges"]}
    assert "stated" in kinds


@pytest.mark.slow
def test_example_corpus_views(example_store_path, tmp_path):
    out = tmp_path / "e.html"
    for args in ([], ["--focus", "Hisense", "--depth", "2"], ["--opportunities"]):
        result = run("--store", example_store_path, "-o", str(out), *args)
        assert result.exit_code == 0, result.output
        data = page_data(out)
        assert data["nodes"]
    assert {"stated", "inferred"} <= {e["kind"] for e in data["edges"]}


def test_missing_store_is_bad_input(tmp_path):
    result = run("--store", str(tmp_path / "nope"), "-o", str(tmp_path / "x.html"))
    assert result.exit_code == 2
