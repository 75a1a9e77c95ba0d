"""Gates (extract/cues.py) are necessary conditions: a text a pattern matches always passes
the pattern's gate; and a ``Starts`` scan finds exactly the pattern's own matches. Checked for
every regex of the extraction modules, on the example corpus's texts and sentences (plain and
marked), on perturbed copies of them and on arbitrary text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tradegraph.extract import (anaphora, cues, entities, events, facts, mentions, mission_frame, other_missions,
                                pipeline, relations, sectors, text, topics, vocab)
from tradegraph.extract.cues import Gate, fold, needs, starts
from tradegraph.records import read_record

RECORDS = Path(__file__).resolve().parent.parent / "graph" / "records"
MODULES = (anaphora, entities, events, facts, mentions, mission_frame, other_missions, pipeline, relations, sectors,
           text, topics, vocab)


def _patterns() -> list[re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}

    def visit(x, depth=0):
        if isinstance(x, re.Pattern):
            found.setdefault(x.pattern + str(x.flags), x)
        elif isinstance(x, (list, tuple)) and depth < 3:
            for y in x:
                visit(y, depth + 1)
        elif isinstance(x, dict) and depth < 3:
            for y in x.values():
                visit(y, depth + 1)

    for mod in MODULES:
        for value in vars(mod).values():
            visit(value)
    return list(found.values())


PATTERNS = _patterns()
SCANS = [scan for scan in map(starts, PATTERNS) if scan.prefixes]


def _perturb(rng: random.Random, s: str) -> str:
    twins = {"i": "ı", "I": "İ", "s": "ſ", "S": "ſ", "k": "K", "K": "K"}
    return "".join(twins[c] if c in twins and rng.random() < 0.2 else
                   c.swapcase() if rng.random() < 0.05 else c for c in s)


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    from tradegraph.extract import extract

    marked: list[str] = []
    original = relations.mark_sentence

    def spy(*args, **kwargs):
        mk = original(*args, **kwargs)
        marked.append(mk.text)
        return mk

    plain = []
    pipeline.mark_sentence = spy
    try:
        for path in sorted(RECORDS.iterdir()):
            if path.suffix in (".md", ".txt", ".html"):
                record = read_record(path)
                plain.append(record.text)
                extract(record)
    finally:
        pipeline.mark_sentence = original
    sentences = [s.text for t in plain for s in text.split_sentences(t)]
    rng = random.Random(5)
    return plain + sentences + marked + [_perturb(rng, s) for s in sentences + marked]


def test_patterns_were_found():
    assert len(PATTERNS) > 100


def test_every_match_passes_its_gate(corpus_texts):
    failures = []
    for rx in PATTERNS:
        gate = needs(rx)
        if not gate.words:
            continue
        for t in corpus_texts:
            if rx.search(t) and not gate(fold(t)):
                failures.append((rx.pattern[:80], t[:80]))
                break
    assert not failures, failures[:5]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["In", "ıN", "İn", "SıGNED", "ſigned", "Kelvin", "HQ", "hq", "based",
                                 "⟨F1⟩", "⟨C2⟩", "⟨P0⟩", "headquarters", "Head office", "£5m",
                                 "people", "sector", "the", ",", " ", "-", "’s"]) | st.text(max_size=30),
                max_size=20).map(" ".join))
def test_arbitrary_text_never_matches_behind_a_closed_gate(t):
    folded = fold(t)
    for rx in PATTERNS:
        if rx.search(t):
            assert needs(rx)(folded), rx.pattern[:80]


def _spans(matches):
    return [(m.span(), m.lastgroup, m.groups()) for m in matches]


def test_starts_finds_the_same_matches(corpus_texts):
    assert len(SCANS) > 100
    for scan in SCANS:
        for t in corpus_texts:
            assert _spans(scan.finditer(t)) == _spans(scan.pattern.finditer(t)), (scan.pattern.pattern[:80], t[:80])
            assert _spans(filter(None, [scan.search(t)])) == _spans(filter(None, [scan.pattern.search(t)]))


def test_cue_finditer_and_search_are_the_patterns_own(corpus_texts):
    for rx in PATTERNS:
        for t in corpus_texts[::3]:
            folded = fold(t)
            assert _spans(cues.finditer(rx, t, folded)) == _spans(rx.finditer(t)), (rx.pattern[:80], t[:80])
            assert _spans(filter(None, [cues.search(rx, t, folded)])) == _spans(filter(None, [rx.search(t)]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["smart", "SMART", "ſmart", "cities", "İn", "ın", "Kelvin", "life sciences",
                                 "⟨F1⟩", "⟨C2⟩", "CEO", "Chief Executive", "working in", "the", ",", " ",
                                 "-", "’s", "\n\n"]) | st.text(max_size=20), max_size=20).map("".join))
def test_starts_on_arbitrary_text(t):
    for scan in SCANS:
        assert _spans(scan.finditer(t)) == _spans(scan.pattern.finditer(t)), scan.pattern.pattern[:80]


def test_gates_read_words_off_the_pattern():
    assert frozenset({"headquarters", "headquartered"}) in needs(re.compile(r"\bheadquarter(?:s|ed)\b", re.I)).words
    assert frozenset({"headquarters", "head", "hq"}) in needs(re.compile(r"(?:headquarters|head\s+office|hq)", re.I)).words
    assert frozenset({"⟨f", "⟨u"}) in needs(re.compile(r"⟨[FU]\d+⟩")).words
    # the cheapest condition first: one word before a list of words
    assert needs(re.compile(r"(?:offices?|branch)\s+in\b", re.I)).words[0] == frozenset({"in"})
    assert needs(re.compile(r"\d+")) == Gate(())
    assert needs(re.compile(r"a|\d")) == Gate(())  # one branch without a word: no gate


def test_ignorecase_twins_fold_to_ascii():
    assert re.search("signed", "ſıgned", re.I) and "signed" in fold("ſıgned")
    assert re.search("kin", "Kİn", re.I) and "kin" in fold("Kİn")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "the", "and", "of", "in", "solar", "wind", " ", ",", ", ", ",\u00a0",
                                 "-", "Q", "é", "\n"]), max_size=40).map("".join))
def test_list_starts_is_the_list_start_pattern(t):
    # sectors._list_starts searches _LIST_START only before commas: the same matches
    assert [m.span() for m in sectors._list_starts(t)] == [m.span() for m in sectors._LIST_START.finditer(t)]


def test_list_starts_reads_the_list_start_pattern_as_it_is():
    # a change to _LIST_START's shape would turn the shortcut off; this says it is on
    assert sectors._LIST_START_READ


def test_list_starts_on_the_corpus(corpus_texts):
    for t in corpus_texts:
        assert [m.span() for m in sectors._list_starts(t)] == [m.span() for m in sectors._LIST_START.finditer(t)]


def test_no_literal_dict_repeats_a_key():
    """A repeated key in a vocabulary dict silently drops the first entry ("steel" once lost
    "steel industry" that way)."""
    import ast
    import collections
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "src" / "tradegraph"
    repeats = []
    for f in root.rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                repeats += [(f.name, node.lineno, k) for k, n in collections.Counter(keys).items() if n > 1]
    assert not repeats
