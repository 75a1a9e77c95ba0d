"""Word lists that pip installs: how common an English word is (``wordfreq``).

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
    """>>> is_common_word("Statements"), is_common_word("Hexigone")
    (True, False)
    """
    return zipf(word) >= COMMON_ZIPF
