"""Entity rules, each with a made-up sentence."""

from __future__ import annotations

import pytest

from tradegraph.extract import extract
from tradegraph.extract.sectors import find_sectors
from tradegraph.records import record_from_text


def sectors(text: str) -> list[str]:
    return [name for _, _, name in find_sectors(text)]


def entities(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract(record_from_text(text, "t")).entities}


def test_generic_industry_words_are_sectors_in_lower_case_only():
    assert {"energy", "education", "construction"} <= set(
        sectors("The visitors talked about energy, then education and finally construction."))
    assert "science" not in sectors("She works at the Riverside Science Park.")


def test_a_shared_head_is_distributed_over_bare_modifiers():
    assert sectors("The deal creates jobs in engineering, technical and advisory services.")[-2:] == [
        "technical services", "advisory services"]
    assert sectors("Both towns want closer economic, cultural and sporting exchanges.") == [
        "economic exchanges", "cultural exchanges", "sporting exchanges"]


def test_a_fixed_pair_is_not_distributed():
    assert "food and drink" in sectors("The firms work in food and drink, tourism and retail.")


def test_a_shared_modifier_is_distributed_over_bare_heads():
    names = sectors("They will exchange good practice on flood risk reduction and mitigation, and tourism.")
    assert "flood risk mitigation" in names


def test_a_noun_before_industry_keeps_the_head():
    assert "boat industry" in sectors("He met leaders of the boat industry in Cowes.")
    assert sectors("a strong base for the emerging energy storage industry") == ["energy storage"]


def test_a_verb_before_industry_or_exchanges_is_no_sector():
    assert not any(n.startswith(("strengthen", "increase")) for n in
                   sectors("The fund aims to strengthen industry links and to increase exchanges."))
