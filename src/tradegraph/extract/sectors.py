"""Sector mentions: a generic vocabulary of industries and topics, plus lower-case phrases
in sector contexts ("working in X, Y and Z", "a maker of X", "the X sector").

Sector names are lower case ("smart cities", "white goods"); the vocabulary is generic
(never names of firms or people).
"""

from __future__ import annotations

import re

from . import vocab


def find_sectors(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical sector name) for each sector term in the text: the generic
    vocabulary, plus lower-case phrases in sector contexts ("working in X, Y and Z",
    "the X sector", "a maker of X")."""
    found = []
    for m in vocab.SECTOR_RE.finditer(text):
        name = vocab.SECTOR_NAMES[int(m.lastgroup[1:])]
        found.append((m.start(), m.end(), name))
    taken = [(a, b) for a, b, _ in found]
    for start, end in _sector_phrases(text):
        if any(a < end and start < b for a, b in taken):
            continue
        phrase = text[start:end]
        found.append((start, end, " ".join(phrase.lower().split())))
        taken.append((start, end))
    found.sort()
    return found


_SECTOR_CUE = re.compile(
    r"\b(?:working|work|works|active|operat(?:es|ing)|speciali[sz](?:es|ing|ed)|expertise|experience|jobs|"
    r"cooperation|collaboration|partnerships?|opportunities|sectors?|industries|areas|fields|"
    r"ranging|focus(?:ed|ing)?)\s+(?:in|on|from|such\s+as|including|like)\s+(?:the\s+)?:?\s*"
    r"|\b(?:maker|makers|manufacturer|manufacturers|producer|producers|supplier|suppliers|provider|providers|"
    r"developer|developers|designer|designers)\s+of\s+", re.I)
_SECTOR_WORD = r"[a-z][a-z-]*"
_SECTOR_ITEM = re.compile(rf"(?:{_SECTOR_WORD}\s+){{0,3}}{_SECTOR_WORD}")
_SECTOR_STOP = frozenset(
    """the a an this that these those its their our his her and or but with for to of in on at by from
    as is are was were be been will would can could may more most other others many several some
    all both each every such new areas area fields field sectors sector industries industry
    companies firms businesses people things ways range number part parts including like also
    which who what where when how well key major leading various different its own example
    agreement agreements partners partner region regions week weeks one two three four five
    opportunity opportunities market markets investment investments trade between since there
    them together again first second""".split())
_SECTOR_SUFFIX = re.compile(r"\s+(?P<head>sectors?|industry|industries)\b")
_BEFORE_SECTOR = re.compile(r"((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+(?:sector|sectors|industry|industries)\b")


def _sector_phrases(text: str) -> list[tuple[int, int]]:
    out = []
    for cue in _SECTOR_CUE.finditer(text):
        pos = cue.end()
        for _ in range(8):  # a list of up to eight items
            m = _SECTOR_ITEM.match(text, pos)
            if not m:
                break
            item = m.group()
            words = item.split()
            # trim function words at either end
            while words and words[0] in _SECTOR_STOP:
                words.pop(0)
            while words and words[-1] in _SECTOR_STOP:
                words.pop()
            if words and not any(w in _SECTOR_STOP or w.endswith(("ed", "ly")) for w in words):
                a = text.index(words[0], m.start())
                b = a + len(" ".join(words)) if text[a:a + len(" ".join(words))] == " ".join(words) else None
                if b is not None and len(words) <= 3:
                    out.append((a, b))
            nxt = re.match(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)", text[m.end():m.end() + 8])
            if not nxt or len(words) > 3:
                break
            pos = m.end() + nxt.end()
    for m in _BEFORE_SECTOR.finditer(text):
        words = m.group(1).split()
        while words and words[0] in _SECTOR_STOP:
            words.pop(0)
        if words and not any(w in _SECTOR_STOP for w in words):
            phrase = " ".join(words)
            a = m.start(1) + m.group(1).rfind(phrase)
            if text[a:a + len(phrase)] == phrase:
                out.append((a, a + len(phrase)))
    return out
