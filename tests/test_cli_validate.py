"""``tradegraph validate``: exit 0 when the graph conforms, 1 when it violates, 2 without a store."""

from __future__ import annotations

import json

from click.testing import CliRunner
from rdflib import Graph

from test_validate import HISENSE, ZHOU, extraction, graph_of
from tradegraph.cli.validate import render_text, validate_command
from tradegraph.rdf.mapping import entity_iri
from tradegraph.rdf.vocab import TG
from tradegraph.store.embedded import EmbeddedStore
from tradegraph.validate import ValidationReport, Violation


def make_store(tmp_path, graph: Graph) -> str:
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        store.replace_graph(str(graph.identifier), graph.serialize(format="nt"))
    return str(path)


def broken_graph() -> Graph:
    g = graph_of(extraction())
    g.add((entity_iri(HISENSE.id), TG.headquarteredIn, entity_iri(ZHOU.id)))
    return g


def test_conforming_store_exits_0(tmp_path):
    result = CliRunner().invoke(validate_command, ["--store", make_store(tmp_path, graph_of(extraction()))])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Conforms:")
    assert "0 violation(s)" in result.output


def test_violating_store_exits_1_after_the_report(tmp_path):
    result = CliRunner().invoke(validate_command, ["--store", make_store(tmp_path, broken_graph())])
    assert result.exit_code == 1, result.output
    assert "Does not conform" in result.stdout
    assert "Violation (1) tg:headquarteredIn: tg:headquarteredIn: the object must be a place" in result.stdout
    assert "id:firm/hisense  value id:person/zhou-houjian" in result.stdout
    assert result.stderr.strip() == "Error: the graph violates its shapes: 1 violation"


def test_json_format(tmp_path):
    result = CliRunner().invoke(validate_command, ["--format", "json", "--store", make_store(tmp_path, broken_graph())])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["conforms"] is False and data["counts"]["Violation"] == 1
    (violation,) = data["violations"]
    assert violation["focus"] == str(entity_iri(HISENSE.id))
    assert violation["path"] == "tg:headquarteredIn" and violation["severity"] == "Violation"


def test_missing_store_exits_2(tmp_path):
    result = CliRunner().invoke(validate_command, ["--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "no store at" in result.stderr and "Traceback" not in result.output


def test_text_report_groups_and_caps():
    violations = [Violation(f"https://w3id.org/tradegraph/id/firm/f{i}", "skos:prefLabel", "needs a name")
                  for i in range(8)]
    violations.append(Violation("https://w3id.org/tradegraph/id/city/x", None, "must be a place"))
    text = render_text(ValidationReport(conforms=False, violations=violations, triples=10), per_group=3)
    assert "Violation (8) skos:prefLabel: needs a name" in text
    assert "    ... and 5 more" in text
    assert "Violation (1) -: must be a place" in text
    assert text.count("id:firm/") == 3
