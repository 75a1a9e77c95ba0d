"""Cheap necessary conditions for expensive regular expressions.

Most cue patterns fail on most sentences, yet Python's ``re`` walks every position of the
text to find that out, trying each alternative of a long, case-insensitive alternation at
each one. A plain substring test (``"invest" in text``) costs a fraction of that. So each
pattern gets a ``Gate``: the words that any match of it must contain, read off the pattern
itself (never typed by hand, so a gate cannot fall out of step with the rule it guards). When
none of a gate's words occurs, the pattern cannot match and is not run; when one does, the
pattern runs as before. Gating only skips work, so results are unchanged.

Patterns scanned over a whole record get a ``Starts`` as well: the few letters any match
begins with, so that the pattern is tried only where those letters occur (one quick pass
over the text) instead of at every position; the matches are the same.

Texts are compared in ``fold(text)``: lower case, with the four characters that
``re.IGNORECASE`` matches to ASCII letters (İ ı ſ K) mapped to those letters.

>>> gate = needs(re.compile(r"\\b(?:head\\s+office|headquarter\\w*)\\s+in\\b", re.I))
>>> [sorted(words) for words in gate.words]
[['head'], ['in'], ['office', 'quarter']]
>>> gate(fold("The HEADQUARTERS is in Qingdao.")), gate(fold("It employs 80,000 people."))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

try:  # the regex parser behind ``re``; without it every gate lets everything through
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - a Python without these private modules
    _sre = _sre_parse = None

# re.IGNORECASE matches these to i, i, s and k (besides the ASCII upper-case letters).
_IGNORECASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_TWIN = re.compile("[\u0130\u0131\u017f\u212a]")
_MAX_VARIANTS = 64  # "[Tt]he" gives two words; a class of many characters gives up instead


def fold(text: str) -> str:
    """The form gates compare against: every character a case-insensitive pattern could
    match to an ASCII letter becomes that letter in lower case."""
    if not text.isascii() and _TWIN.search(text):  # translate is slow: only when needed
        text = text.translate(_IGNORECASE_TWINS)
    return text.lower()


@dataclass(frozen=True)
class Gate:
    """A conjunction of disjunctions: ``words[i]`` holds strings one of which every match
    contains. An empty gate (nothing could be read off the pattern) lets every text through."""

    words: tuple[frozenset[str], ...]
    # ``words`` as one Python expression (``"head" in t and ("office" in t or ...)``), made
    # once: a gate is asked of every sentence, and the loops over its words cost more than
    # the substring tests themselves. The answer is the same.
    test: Callable[[str], bool] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "test", _compile_gate(self.words))

    def __call__(self, folded: str) -> bool:
        return self.test(folded)


def _compile_gate(words: tuple[frozenset[str], ...]) -> Callable[[str], bool]:
    """A function testing ``folded`` against the gate's words (repr() of each word is a
    string literal, so the source holds nothing but literals and ``in``)."""
    if not words:
        return lambda folded: True
    clauses = [" or ".join(f"{w!r} in t" for w in sorted(alternatives)) for alternatives in words]
    return eval("lambda t: " + " and ".join(f"({c})" for c in clauses))  # noqa: S307 - literals only


def finditer(pattern: re.Pattern[str], text: str, folded: str) -> Iterator[re.Match[str]] | list[re.Match[str]]:
    """``pattern.finditer(text)`` (the same matches): nothing when ``folded`` (``fold(text)``)
    fails the pattern's gate, else the pattern's ``Starts`` scan where that is the faster."""
    entry = _PLANS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _new_plan(pattern)
    if not entry[1](folded):
        return iter(())
    scan = entry[2]
    return scan.finditer(text, folded) if scan is not None else pattern.finditer(text)


def search(pattern: re.Pattern[str], text: str, folded: str) -> re.Match[str] | None:
    """``pattern.search(text)`` by way of its gate and ``Starts`` scan, as ``finditer``."""
    entry = _PLANS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _new_plan(pattern)
    if not entry[1](folded):
        return None
    scan = entry[2]
    return scan.search(text, folded) if scan is not None else pattern.search(text)


# One plan per pattern, read off it on first use: the pattern, its gate's test and its
# ``Starts`` scan (None where re alone is as fast). ``finditer`` and ``search`` look the plan
# up themselves (they run for every pattern on every sentence: a call less each time). Keyed
# by id: hashing a compiled pattern hashes its whole program, every time. The pattern is
# kept in the entry, so the id stays its.
_PLANS: dict[int, tuple[re.Pattern[str], Callable[[str], bool], "Starts | None"]] = {}


def plan(pattern: re.Pattern[str]) -> tuple[Callable[[str], bool], Starts | None]:
    """The gate's test and the ``Starts`` scan (or None) of ``pattern``, for a caller that
    keeps them beside a fixed list of patterns: ``finditer`` is then
    ``(scan.finditer(text, folded) if scan else pattern.finditer(text)) if test(folded) else ()``."""
    entry = _PLANS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _new_plan(pattern)
    return entry[1], entry[2]


def _new_plan(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], Callable[[str], bool], Starts | None]:
    tree = _parse(pattern)
    scan = starts(pattern, tree=tree)
    # re finds a literal opening by itself (a marker's "⟨") but tries a case-insensitive
    # alternation of words at every position: there the scan for first letters pays
    useful = scan.prefixes is not None and bool(pattern.flags & re.IGNORECASE) and any(
        p[0].isalpha() for p in scan.prefixes)
    if len(_PLANS) > 4096:  # patterns made on the fly: keep the table bounded
        _PLANS.clear()
    entry = _PLANS[id(pattern)] = (pattern, needs(pattern, tree=tree).test, scan if useful else None)
    return entry


def _parse(pattern: re.Pattern[str]):
    """The parsed pattern, or None when the parser is missing or fails on it."""
    if _sre_parse is None:
        return None
    try:
        return _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unexpected construct: no gate and no scan
        return None


def needs(pattern: re.Pattern[str], most: int = 4, tree=None) -> Gate:
    """The ``most`` most selective word sets that every match of ``pattern`` contains."""
    tree = tree if tree is not None else _parse(pattern)
    if tree is None:
        return Gate(())
    try:
        conditions = _sequence(tree.data, bool(tree.state.flags & re.IGNORECASE))
    except Exception:  # noqa: BLE001 - an unexpected construct: no gate, never a wrong one
        return Gate(())
    best = sorted(set(conditions), key=_selectivity, reverse=True)[:most]
    # cheapest first: a one-word condition that fails spares testing a long list of words
    return Gate(tuple(sorted(best, key=lambda words: (len(words), -min(map(len, words))))))


class Starts:
    """``finditer`` of a pattern, tried only where a match can begin.

    ``prefixes`` are strings one of which begins every match (None when the pattern does not
    say): folded, or as written when the pattern is case-sensitive (``exact``). A pattern of
    first letters with lookaheads ("s(?=mar|...)|w(?=hit)") finds their places in the folded
    text (the text itself when exact) in one pass; the pattern itself is then matched at
    each, left to right, skipping places inside the previous match, as ``finditer`` does.
    """

    def __init__(self, pattern: re.Pattern[str], prefixes: frozenset[str] | None, exact: bool = False):
        self.pattern = pattern
        self.prefixes = prefixes
        self.exact = exact
        self._places = _places_pattern(prefixes) if prefixes else None

    def finditer(self, text: str, folded: str | None = None) -> list[re.Match[str]]:
        if self.exact:
            folded = text
        elif folded is None:
            folded = fold(text)
        if self._places is None or len(folded) != len(text):
            # without prefixes, or when lower-casing changed the length (offsets would differ)
            return list(self.pattern.finditer(text))
        out, end, match = [], 0, self.pattern.match
        for place in self._places.finditer(folded):
            start = place.start()
            if start >= end:
                m = match(text, start)
                if m is not None:
                    out.append(m)
                    end = m.end()
        return out

    def search(self, text: str, folded: str | None = None) -> re.Match[str] | None:
        """The first match (``pattern.search(text)``)."""
        if self.exact:
            folded = text
        elif folded is None:
            folded = fold(text)
        if self._places is None or len(folded) != len(text):
            return self.pattern.search(text)
        match = self.pattern.match
        for place in self._places.finditer(folded):
            m = match(text, place.start())
            if m is not None:
                return m
        return None


def starts(pattern: re.Pattern[str], letters: int = 4, tree=None) -> Starts:
    """A ``Starts`` for ``pattern``, its prefixes cut to ``letters`` characters."""
    tree = tree if tree is not None else _parse(pattern)
    if tree is None:
        return Starts(pattern, None)
    try:
        exact = not tree.state.flags & re.IGNORECASE
        found = _openings(tree.data, letters, exact)
        if found is None and exact:  # (?i:...) inside: folded prefixes still hold
            exact, found = False, _openings(tree.data, letters, False)
    except Exception:  # noqa: BLE001 - an unexpected construct: scan everywhere
        return Starts(pattern, None)
    if found is None:
        return Starts(pattern, None)
    every = found[0] | found[1]
    if not every or "" in every:
        return Starts(pattern, None)
    prefixes = frozenset(p for p in every if not any(q != p and p.startswith(q) for q in every))
    return Starts(pattern, prefixes, exact)


def _places_pattern(prefixes: frozenset[str]) -> re.Pattern[str]:
    # the first letter consumed, the rest looked ahead: matches never overlap, so finditer
    # reports every place; a pattern opening with literal letters lets re skip ahead fast
    rests: dict[str, list[str]] = {}
    for p in prefixes:
        rests.setdefault(p[0], []).append(p[1:])
    branches = []
    for first, tails in sorted(rests.items()):
        ahead = "|".join(re.escape(t) for t in sorted(tails))
        branches.append(re.escape(first) + ("" if "" in tails else f"(?={ahead})"))
    return re.compile("|".join(branches))


_MAX_OPENINGS = 256
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _openings(items, letters: int, exact: bool) -> tuple[set[str], set[str]] | None:
    """How a sequence of regex items can begin: (``whole``: strings that are the entire
    match of the sequence, ``partial``: strings a longer match begins with), or None when
    a match may begin with anything. Strings are cut to ``letters`` characters, folded
    unless ``exact`` (a case-sensitive pattern, read as written)."""
    whole, partial = {""}, set()
    for op, av in items:
        options = _item_openings(op, av, letters, exact)
        if options is None:
            partial |= whole  # what was read so far still begins every match
            return set(), partial
        item_whole, item_partial = options
        grown = set()
        for head in whole:
            for tail in item_whole:
                s = head + tail
                (partial.add(s[:letters]) if len(s) >= letters else grown.add(s))
            for tail in item_partial:
                partial.add((head + tail)[:letters])
        whole = grown
        if len(whole) + len(partial) > _MAX_OPENINGS:
            return None
        if not whole:
            break
    return whole, partial


def _item_openings(op, av, letters: int, exact: bool) -> tuple[set[str], set[str]] | None:
    if op in tuple(getattr(_sre, name) for name in _ZERO_WIDTH):
        return {""}, set()  # consumes nothing: the next item's letters follow on
    if op is _sre.LITERAL:
        ch = chr(av) if exact else _char(av)
        return None if ch is None else ({ch}, set())
    if op is _sre.IN:
        chars = _class_chars(av, exact)
        return None if chars is None else (chars, set())
    if op is _sre.SUBPATTERN:
        if exact and av[1] & re.IGNORECASE:
            return None  # a case-insensitive part: not to be read as written
        return _openings(av[3].data, letters, exact)
    if op is _sre.ATOMIC_GROUP:
        return _openings(av.data, letters, exact)
    if op is _sre.BRANCH:
        whole, partial = set(), set()
        for branch in av[1]:
            found = _openings(branch.data, letters, exact)
            if found is None:
                return None
            whole |= found[0]
            partial |= found[1]
        return whole, partial
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, sub = av
        found = _openings(sub.data, letters, exact)
        if found is None:
            return None
        if low == high == 1:
            return found
        skip = {""} if low == 0 else set()
        if high == 1:  # optional: the item, or nothing and the next item's letters
            return skip | found[0], found[1]
        return skip, found[0] | found[1]  # repeated: what follows one repetition is unknown
    return None


def _selectivity(words: frozenset[str]) -> tuple[int, int]:
    # longer words are rarer; fewer alternatives are fewer substring tests
    return min(len(w) for w in words), -len(words)


def _char(code: int) -> str | None:
    """The folded form of a literal character, or None when folding could not be trusted
    (a non-ASCII cased letter: its case-insensitive twins are not all its lower case)."""
    ch = chr(code)
    if ch.isascii():
        return ch.lower()
    if ch.lower() == ch == ch.upper() and ch.casefold() == ch:
        return ch  # uncased: matched as itself, case-insensitively or not
    return None


def _class_chars(items, exact: bool = False) -> set[str] | None:
    """The characters a small character class ([Tt], [FUGOM]) matches, folded unless
    ``exact``; else None."""
    out: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            ch = chr(av) if exact else _char(av)
        elif op is _sre.RANGE and av[1] - av[0] < 8:
            chars = [chr(c) if exact else _char(c) for c in range(av[0], av[1] + 1)]
            if None in chars:
                return None
            out.update(chars)
            continue
        else:
            return None  # categories (\w, \s), negation, wide ranges
        if ch is None:
            return None
        out.add(ch)
    return out


def _leading(items) -> tuple[set[str], bool] | None:
    """The strings a branch starts with (its leading literal letters), and whether that is
    the whole branch; None when it starts with anything else."""
    run = {""}
    for n, (op, av) in enumerate(items):
        chars = ({_char(av)} if op is _sre.LITERAL else _class_chars(av) if op is _sre.IN else None)
        if not chars or None in chars or len(run) * len(chars) > _MAX_VARIANTS:
            return (run, False) if all(run) else None
        run = {s + c for s in run for c in chars}
    return (run, True) if all(run) else None


def _sequence(items, ignorecase: bool) -> list[frozenset[str]]:
    """Necessary word sets of a sequence of regex items: its literal runs ('headquarter',
    '⟨f' / '⟨u' / ...), and the conditions of the groups every match passes through."""
    conditions: list[frozenset[str]] = []
    run = {""}

    def flush() -> None:
        nonlocal run
        if all(run):
            conditions.append(frozenset(run))
        run = {""}

    for op, av in items:
        if op is _sre.LITERAL:
            ch = _char(av)
            if ch is None:
                flush()
            else:
                run = {s + ch for s in run}
        elif op is _sre.IN:
            chars = _class_chars(av)
            if chars is None or len(run) * len(chars) > _MAX_VARIANTS:
                flush()
            else:
                run = {s + c for s in run for c in chars}
        elif op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            sub_case = (ignorecase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            flush()
            conditions.extend(_sequence(sub.data, sub_case))
        elif op is _sre.ATOMIC_GROUP:
            flush()
            conditions.extend(_sequence(av.data, ignorecase))
        elif op is _sre.BRANCH:
            # the parser moves a prefix the branches share in front of them ("head" of
            # "headquarters|head office"): join it back on to the branches' own first letters
            heads = [_leading(branch.data) for branch in av[1]]
            if run != {""} and all(heads) and len(run) * sum(len(h[0]) for h in heads) <= _MAX_VARIANTS:
                joined = {r + h for r in run for lead, _whole in heads for h in lead}
                if all(whole for _lead, whole in heads):
                    run = joined  # every branch is plain letters: the run goes on
                    continue
                conditions.append(frozenset(joined))
            flush()
            per_branch = []
            for branch in av[1]:
                found = _sequence(branch.data, ignorecase)
                if not found:
                    break  # a branch without a word: the alternation as a whole has none
                per_branch.append(max(found, key=_selectivity))
            else:
                conditions.append(frozenset().union(*per_branch))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            flush()
            if low >= 1:
                conditions.extend(_sequence(sub.data, ignorecase))
        elif op is _sre.ASSERT:  # (?=...), (?<=...): what they look for is in the text too
            flush()
            conditions.extend(_sequence(av[1].data, ignorecase))
        else:  # negative assertions, anchors, ., \w, back references: nothing to require
            flush()
    flush()
    return conditions
