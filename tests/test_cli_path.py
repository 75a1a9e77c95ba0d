"""``tradegraph path A B``: text and JSON, --max-hops, unknown and identical names."""

import json

from click.testing import CliRunner
from graph_fixtures import empty_store_path, graph_store_path  # noqa: F401

from tradegraph.cli.path import path_command


def run(*args):
    return CliRunner().invoke(path_command, list(args))


def test_text_explains_each_hop_with_sources(graph_store_path):
    result = run("Qingdao", "LCR", "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    out = result.output
    assert out.startswith("Qingdao → Leeds City Region: 2 hops")
    assert "Qingdao —headquarters of→ Hisense —visited by→ Leeds City Region" in out
    assert "Leeds City Region visited Hisense (2 records, 2018-11-20 – 2020-03-11" in out
    assert "“In Qingdao the Leeds City Region team visited Hisense.” [" in out
    assert "Sources" in out and "Leeds City Region mission to Qingdao — 2020-03-11" in out


def test_json_shape(graph_store_path):
    result = run("hisense group", "Sheffield City Region", "--format", "json", "--store", graph_store_path)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source"]["label"] == "Hisense" and data["max_hops"] == 4
    [path] = data["paths"][:1]
    hop = path["hops"][0]
    assert path["length"] == 1
    assert (hop["predicate"], hop["direction"]) == ("visited", "backward")
    assert hop["evidence"][0]["record"] in data["records"]


def test_no_connection_says_so_exit_1(graph_store_path):
    result = run("Haier", "Sheffield", "--max-hops", "1", "--store", graph_store_path)
    assert result.exit_code == 1, result.output
    assert "No connection between Haier and Sheffield within 1 hop." in result.output
    result = run("Haier", "Sheffield", "--max-hops", "1", "--format", "json", "--store", graph_store_path)
    assert result.exit_code == 1 and json.loads(result.output)["paths"] == []
    assert run("Haier", "Sheffield", "--max-hops", "4", "--store", graph_store_path).exit_code == 0


def test_bad_input_exit_2(graph_store_path):
    result = run("Hiesnse", "Leeds", "--store", graph_store_path)
    assert result.exit_code == 2 and "did you mean: Hisense" in result.output
    result = run("Hisense", "Hisense Group", "--store", graph_store_path)
    assert result.exit_code == 2 and "same entity" in result.output
    result = run("Hisense", "Leeds", "--max-hops", "0", "--store", graph_store_path)
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_empty_store(empty_store_path):
    result = run("A", "B", "--store", empty_store_path)
    assert result.exit_code == 2 and "tradegraph ingest" in result.output


def test_ambiguous_name_lists_the_candidates_exit_2(graph_store_path):
    from tradegraph.cli.opportunities import opportunities_command
    from tradegraph.model import Entity, Extraction, RecordRef
    from tradegraph.rdf.mapping import to_graph
    from tradegraph.store.embedded import EmbeddedStore

    extra = Extraction(RecordRef("uol-note", "A note on the university", "2021-01-01"),
                       [Entity("university/university-of-leeds", "University of Leeds", "University", ["Leeds"])],
                       [], [])
    with EmbeddedStore(graph_store_path, create=False) as store:
        g = to_graph(extra)
        store.replace_graph(str(g.identifier), g.serialize(format="nt"))
    for result in (run("Leeds", "Hisense", "--store", graph_store_path),
                   CliRunner().invoke(opportunities_command, ["--for", "Leeds", "--store", graph_store_path])):
        assert result.exit_code == 2, result.output
        assert "'Leeds' is ambiguous; did you mean: Leeds (City), University of Leeds (University)?" \
            in result.output and "Traceback" not in result.output
