"""Property tests: extraction never raises, and every offset slices back to what it claims."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradegraph.extract import extract
from tradegraph.records import record_from_text

WORDS = st.sampled_from([
    "Hisense", "Haier Group", "Leeds", "Qingdao", "China", "UK", "Ltd", "University", "of",
    "the", "delegation", "visited", "met", "CEO", "Zhang Ruimin", ",", ".", "(LCR)", "£1.5m",
    "over", "80,000", "people", "in", "2019", "headquartered", "Mr", "Dr.", "’s", "-based",
    "smart cities", "and", "Forum", "Council", "said", "\n\n", "Derry", "New Hampshire", "30%",
])


def check(text: str) -> None:
    ex = extract(record_from_text(text))
    for e in ex.entities:
        surfaces = [e.name, *e.aliases]
        for m in e.mentions:
            assert text[m.start:m.end] in surfaces, (text[m.start:m.end], surfaces)
    ids = {e.id for e in ex.entities}
    for item in [*ex.relations, *ex.facts]:
        ev = item.evidence
        assert text[ev.start:ev.end] == ev.text
    for r in ex.relations:
        assert r.subject in ids and r.object in ids
    for f in ex.facts:
        assert f.subject in ids


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_raises(text):
    check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=60).map(" ".join))
def test_genre_like_text_offsets_slice_back(text):
    check(text)
