"""Shared fixtures: a tiny hand-built graph, and the example corpus ingested once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tradegraph.model import Entity, Evidence, Extraction, Fact, RecordRef, Relation, Span
from tradegraph.rdf.mapping import to_graph
from tradegraph.store.embedded import EmbeddedStore

REPO = Path(__file__).resolve().parent.parent
RECORDS = REPO / "graph" / "records"


def tiny_extraction() -> Extraction:
    text = ("Leeds is home to the UK headquarters of Hisense. Hisense is headquartered in Qingdao. "
            "A Leeds City Region delegation visited Hisense and discussed smart transportation.")

    def ev(sentence: str) -> Evidence:
        start = text.index(sentence)
        return Evidence(sentence, start, start + len(sentence))

    s1, s2, s3 = ("Leeds is home to the UK headquarters of Hisense.",
                  "Hisense is headquartered in Qingdao.",
                  "A Leeds City Region delegation visited Hisense and discussed smart transportation.")
    return Extraction(
        record=RecordRef(id="tiny", title="Tiny record", date="2020-03-11",
                         source="https://example.org/tiny"),
        entities=[
            Entity("firm/hisense", "Hisense", "Firm", ["Hisense Group"], [Span(40, 47)]),
            Entity("city/leeds--gb", "Leeds", "City", [], [Span(0, 5)], {"geonames": "2644688"}),
            Entity("city/qingdao--cn", "Qingdao", "City", [], [], {"geonames": "1797929"}),
            Entity("region/leeds-city-region", "Leeds City Region", "Region"),
            Entity("country/china", "China", "Country", [], [], {"iso3166": "CN"}),
        ],
        relations=[
            Relation("firm/hisense", "hasOfficeIn", "city/leeds--gb", ev(s1), 0.8),
            Relation("firm/hisense", "headquarteredIn", "city/qingdao--cn", ev(s2), 0.9),
            Relation("region/leeds-city-region", "visited", "firm/hisense", ev(s3), 0.8),
            Relation("region/leeds-city-region", "collaborationOpportunity", "firm/hisense", ev(s3),
                     0.7, {"topic": "smart transportation"}),
            Relation("city/qingdao--cn", "locatedIn", "country/china", ev(s2), 0.6),
        ],
        facts=[Fact("firm/hisense", "employees", 80000, ev(s2), None, "over", None)],
    )


def load(store: EmbeddedStore, extraction: Extraction) -> None:
    g = to_graph(extraction, sha256="0" * 64, file_name="tiny.txt")
    store.replace_graph(str(g.identifier), g.serialize(format="nt"))


@pytest.fixture
def tiny_store(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    load(store, tiny_extraction())
    yield store
    store.close()


@pytest.fixture
def tiny_store_path(tmp_path) -> str:
    path = tmp_path / "store"
    with EmbeddedStore(path) as store:
        load(store, tiny_extraction())
    return str(path)


@pytest.fixture(scope="session")
def example_store_path(tmp_path_factory) -> str:
    """The example corpus, ingested once; tests open it themselves (one process holds the lock)."""
    from tradegraph.ingest import ingest

    path = tmp_path_factory.mktemp("example") / "store"
    with EmbeddedStore(path) as store:
        summary = ingest([RECORDS], store)
    assert summary.records >= 12, summary.failures
    return str(path)


@pytest.fixture
def example_store(example_store_path):
    store = EmbeddedStore(example_store_path)
    yield store
    store.close()


def skip_unless_required(reason: str, require_var: str) -> None:
    """Skip with ``reason``; but where CI sets ``require_var=1`` (e.g. TRADEGRAPH_REQUIRE_BROWSER),
    a missing browser or server is a failure, not a skip."""
    if os.environ.get(require_var) == "1":
        pytest.fail(f"{require_var}=1 but {reason}")
    pytest.skip(reason)
