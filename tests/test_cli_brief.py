"""``tradegraph brief NAME``: a Markdown briefing whose claims cite a numbered source list."""

import re

from click.testing import CliRunner
from graph_fixtures import empty_store_path, graph_store_path  # noqa: F401

from tradegraph.cli.brief import brief_command


def run(*args):
    return CliRunner().invoke(brief_command, list(args))


def test_firm_briefing_sections_and_citations(graph_store_path):
    result = run("hisense", "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    md = result.output
    assert md.startswith("# Hisense\n")
    for heading in ("## Who or what", "## Headquarters and offices", "## Leaders and roles", "## Facts",
                    "## Contacts and delegations", "## Group", "## Opportunities stated in the records",
                    "## Suggested leads (inferred)", "## Sources"):
        assert heading in md
    assert "**Hisense** is a firm headquartered in Qingdao [1]. Active in smart transportation and white goods [1][2]." in md
    assert "the latest contact on record is from 2020-03-11, with Qingdao Investment Forum and Leeds City Region." in md
    assert "## Group\n\n- parent of **Hisense UK** (Firm) [1]\n" in md
    # the stated opportunity is listed once, with the opportunities; sectors only in the summary
    assert md.count("smart transportation:") == 1 and "## Partners" not in md and "## Other connections" not in md
    assert "- **Zhou Houjian** (Person) — Chairman [1]" in md
    assert "employees: over 80,000" in md
    assert "2018-11-20, 2020-03-11 — visited by **Leeds City Region** (Region)" in md
    assert "With **Leeds City Region** (Region) on smart transportation" in md
    assert "**University of Leeds** (University), score" in md
    sources = md.split("## Sources")[1]
    listed = {int(n) for n in re.findall(r"^(\d+)\. ", sources, re.M)}
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", md.split("## Sources")[0])}
    assert cited == listed == {1, 2, 3}
    assert "1. Leeds City Region mission to Qingdao — 2020-03-11" in sources


def test_place_briefing(graph_store_path):
    result = run("Leeds City Region", "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    assert "## Based here" in result.output and "**Leeds** (City)" in result.output
    assert "**Tsingtao Brewery** (Firm), score" in result.output


def test_output_file_and_missing_folder(graph_store_path, tmp_path):
    target = tmp_path / "hisense.md"
    result = run("Hisense", "-o", str(target), "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").startswith("# Hisense")
    result = run("Hisense", "-o", str(tmp_path / "no" / "such" / "b.md"), "--store", graph_store_path)
    assert result.exit_code == 1 and "does not exist" in result.output


def test_unknown_name_and_empty_store(graph_store_path, empty_store_path):
    result = run("Haeir", "--store", graph_store_path)
    assert result.exit_code == 2 and "did you mean: Haier" in result.output
    result = run("Hisense", "--store", empty_store_path)
    assert result.exit_code == 2 and "tradegraph ingest" in result.output
