"""Word lists that pip installs: how common an English word is (``wordfreq``), and given names
(``gender_guesser``).

A capitalised word with no cue around it is a name only if it is not an everyday English word
capitalised by position ("Purchases:", "Statements", "Target" at the head of a list item).
The frequency list is loaded once, on first use, so that lookups that never extract stay light.
"""

from __future__ import annotations

from functools import lru_cache

# Zipf frequency (log10 of uses per billion words) from which a word counts as everyday English:
# "purchases" 4.1, "economics" 4.4, "statements" 4.5; brands such as "Nissan" (3.7),
# "Huawei" (3.3) or "Vodafone" (3.1) stay below it.
COMMON_ZIPF = 4.0


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """wordfreq's Zipf frequency of ``word`` in English, 0.0 when unknown."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def is_common_word(word: str) -> bool:
    """Is ``word`` everyday English rather than a name?

    >>> is_common_word("Statements"), is_common_word("Hexigone")
    (True, False)
    """
    return zipf(word) >= COMMON_ZIPF


_OTHER_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")


@lru_cache(maxsize=4096)
def is_foreign_word(phrase: str) -> bool:
    """Is every word of ``phrase`` an ordinary word of one other European language, and none
    of them common in English ("Ernährungswirtschaft", "Maschinen", "Partenariats")?

    >>> is_foreign_word("Anlagenbau"), is_foreign_word("Changan Automobile")
    (True, False)
    """
    from wordfreq import zipf_frequency

    words = [w for w in phrase.replace("-", " ").split() if w.lower() not in ("und", "et", "y", "e", "de", "la", "der")]
    if not words or any(zipf(w) >= 3.0 for w in words):
        return False
    return any(all(zipf_frequency(w.lower(), lang) >= 2.0 for w in words) for lang in _OTHER_LANGUAGES)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names from ``gender_guesser``'s name dictionary (about 45,000, from many countries);
    "Jang+Hee" there is "Jang-Hee" here."""
    from importlib.resources import files

    names = set()
    text = (files("gender_guesser") / "data" / "nam_dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        parts = line.split()
        if len(parts) < 2:
            continue
        names.add(parts[1].replace("+", "-"))
    return frozenset(names)


def is_first_name(word: str) -> bool:
    """Is ``word`` a given name?

    >>> is_first_name("Victoria"), is_first_name("Spackman")
    (True, False)
    """
    return word in first_names()
