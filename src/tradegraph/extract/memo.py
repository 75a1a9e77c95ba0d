"""Memory for pure functions of a name.

A record names the same firms, places and people many times, and a corpus names them in
record after record; what extraction reads off a name alone (its votes, its cut into
pieces, its folded key) is the same every time. ``names_cache`` remembers it.

Only short strings are remembered: a pathological record (a 5 MB line of capitalised words)
would otherwise pin its huge "names" in memory.

>>> @names_cache
... def shout(name: str) -> str:
...     return name.upper()
>>> shout("Qingdao"), shout("Qingdao"), shout.cache_info().hits
('QINGDAO', 'QINGDAO', 1)
"""

from __future__ import annotations

from functools import lru_cache, wraps
from typing import Callable, TypeVar

T = TypeVar("T")
LONGEST = 200  # characters; names are far shorter
ENTRIES = 1 << 14  # per function: a few MB at most, plenty for the names a corpus repeats


def names_cache(fn: Callable[..., T]) -> Callable[..., T]:
    """``lru_cache`` for a function whose first argument is a name (hashable arguments only);
    names longer than ``LONGEST`` are passed straight through."""
    cached = lru_cache(maxsize=ENTRIES)(fn)

    @wraps(fn)
    def call(name: str, *args):
        return cached(name, *args) if len(name) <= LONGEST else fn(name, *args)

    call.cache_info = cached.cache_info  # type: ignore[attr-defined]
    call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    return call
