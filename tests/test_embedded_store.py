"""The embedded store's bulk loading: journaled, so a crash or a bad batch leaves no partial graph."""

from __future__ import annotations

import pytest

from tradegraph.errors import QueryError
from tradegraph.store.embedded import JOURNAL_GRAPH, EmbeddedStore

G1 = "https://w3id.org/tradegraph/record/one"
G2 = "https://w3id.org/tradegraph/record/two"
TRIPLE = '<urn:x:a> <urn:x:p> "{}" .\n'


def graphs(store: EmbeddedStore) -> set[str]:
    rows = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    return {row[0].value for row in rows}


def test_new_graphs_are_bulk_loaded_and_the_journal_is_cleared(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.replace_graphs([(G1, TRIPLE.format(1)), (G2, TRIPLE.format(2))])
        assert graphs(store) == {G1, G2}
        store.replace_graphs([(G1, TRIPLE.format(3))])  # already there: replaced, not added
        rows = store.query(f"SELECT ?o WHERE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}").rows
        assert [r[0].value for r in rows] == ["3"]


def test_a_load_interrupted_by_a_crash_is_undone_on_next_open(tmp_path):
    path = tmp_path / "s"
    with EmbeddedStore(path) as store:
        store.replace_graphs([(G1, TRIPLE.format(1))])
        # What a crash in the middle of a bulk load leaves: G2 listed, part of it written.
        store.update(f"INSERT DATA {{ GRAPH <{JOURNAL_GRAPH}> {{ <{JOURNAL_GRAPH}> "
                     f"<urn:tradegraph:loading> <{G2}> }} }} ;"
                     f"INSERT DATA {{ GRAPH <{G2}> {{ <urn:x:half> <urn:x:p> 1 }} }}")
    with EmbeddedStore(path) as store:
        assert graphs(store) == {G1}


def test_a_bad_line_fails_the_batch_without_leaving_any_of_it(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store:
        store.replace_graphs([(G1, TRIPLE.format(1))])
        with pytest.raises(QueryError, match="malformed"):
            store.replace_graphs([(G2, TRIPLE.format(2)),
                                  ("https://w3id.org/tradegraph/record/three", "<urn:x:a> <urn:x:p> bad .\n")])
        assert graphs(store) == {G1}
