"""Sentences and paragraphs with character offsets into the record text.

A small regex splitter rather than spaCy: it is many times faster, needs no model, and the
rest of the pipeline works on character offsets, not on spaCy tokens.

>>> [s.text for s in split_sentences("Mr Li met Hisense Ltd. in Qingdao. It went well.")]
['Mr Li met Hisense Ltd. in Qingdao.', 'It went well.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .cues import fold

# Abbreviations after which a full stop does not end a sentence.
_NO_BREAK = frozenset(
    "mr mrs ms dr prof st no nos vs etc e.g i.e approx dept gov govt rt hon cllr sr jr fig sen rep lt amb "
    "jan feb mar apr jun jul aug sep sept oct nov dec inc corp co".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]*[A-Z0-9\u00C0-\u00DE])|\n\s*\n|\n(?=\s*[#*\-•])")
_PARA = re.compile(r"\n[ \t]*\n+")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int

    @cached_property
    def folded(self) -> str:
        """The text as gates read it (``cues.fold``)."""
        return fold(self.text)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line separated block, trailing space excluded."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets: ``text[s.start:s.end] == s.text`` and no surrounding space."""
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(paragraphs(text)):
        block = text[p_start:p_end]
        cuts = [0]
        for line in re.finditer(r"\n", block):  # a line break inside a block ends a heading/bullet
            before = block[cuts[-1]:line.start()].strip()
            if before and not before.endswith((",", ";", ":")) and (
                    line.start() - cuts[-1] < 200 or before[-1] in ".!?"):
                cuts.append(line.end())
        for m in _BOUNDARY.finditer(block):
            if m.group().startswith("\n"):
                continue
            head = block[max(0, m.start() - 12):m.start() + 1]
            w = _WORD_BEFORE.search(head)
            word = (w.group(1) if w else "").lower().rstrip(".")
            if block[m.start()] == "." and (
                    word in _NO_BREAK or (len(word) == 1 and word.isalpha())
                    or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)):  # initials: "M.B. Patil", "D.C."
                continue
            cuts.append(m.end())
        cuts = sorted(set(cuts)) + [len(block)]
        for a, b in zip(cuts, cuts[1:]):
            chunk = block[a:b]
            stripped = chunk.strip()
            if not stripped:
                continue
            lead = len(chunk) - len(chunk.lstrip())
            start = p_start + a + lead
            sentences.append(Sentence(start, start + len(stripped), stripped, p_index,
                                      len(sentences)))
    return sentences


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence containing ``offset`` (binary search)."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s = sentences[mid]
        if offset < s.start:
            hi = mid - 1
        elif offset >= s.end:
            lo = mid + 1
        else:
            return s
    return None
