"""Finding entities by name, and a firm's profile with evidence."""

import pytest

from tradegraph.errors import NotFoundError, TradegraphError
from tradegraph.lookup import find_entity, firm
from tradegraph.store.embedded import EmbeddedStore


@pytest.mark.parametrize("name", ["Hisense", "hisense", "HISENSE GROUP", "  hisense  group "])
def test_case_insensitive_and_alias_aware(tiny_store, name):
    assert find_entity(tiny_store, name, ("Firm",)).label == "Hisense"


def test_profile_groups_connections_with_evidence_and_sources(tiny_store):
    prof = firm(tiny_store, "Hisense")
    groups = prof.grouped()
    assert [c.other.label for c in groups["headquartered in"]] == ["Qingdao"]
    assert [c.other.label for c in groups["has office in"]] == ["Leeds"]
    assert [c.other.label for c in groups["visited by"]] == ["Leeds City Region"]
    assert groups["collaboration opportunity with"][0].topic == "smart transportation"
    for c in prof.connections:
        assert c.evidence and c.title == "Tiny record" and c.date == "2020-03-11"
    assert prof.facts[0]["value"] == 80000 and prof.facts[0]["qualifier"] == "over"
    assert prof.aliases == ["Hisense Group"]


def test_a_miss_suggests_close_names(tiny_store):
    with pytest.raises(NotFoundError) as info:
        firm(tiny_store, "Hisens")
    assert info.value.candidates == ["Hisense"]


def test_a_name_of_another_type_says_so(tiny_store):
    with pytest.raises(NotFoundError, match="Leeds is a City"):
        firm(tiny_store, "leeds")


def test_empty_store_says_how_to_ingest(tmp_path):
    with EmbeddedStore(tmp_path / "s") as store, pytest.raises(TradegraphError, match="ingest"):
        firm(store, "Anything")


def test_accents_do_not_matter_and_an_exact_spelling_wins(tmp_path):
    from tradegraph.model import Entity, Extraction, RecordRef
    from tradegraph.rdf.mapping import to_ntriples

    with EmbeddedStore(tmp_path / "s") as store:
        ext = Extraction(record=RecordRef(id="r"), entities=[
            Entity(id="firm/nestle", type="Firm", name="Nestlé"),
            Entity(id="firm/nestle-2", type="Firm", name="Nestle")])
        store.replace_graph(*to_ntriples(ext))
        assert find_entity(store, "Nestlé", ("Firm",)).iri.endswith("firm/nestle")
        assert find_entity(store, "Nestle", ("Firm",)).iri.endswith("firm/nestle-2")
        with pytest.raises(NotFoundError, match="ambiguous"):
            find_entity(store, "NESTLE", ("Firm",))
