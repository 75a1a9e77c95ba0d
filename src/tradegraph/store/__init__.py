"""Open a store by location: a directory (embedded Oxigraph) or an http(s) SPARQL endpoint."""

from __future__ import annotations

import os

from .base import QueryResult, Store
from .terms import Term

DEFAULT_STORE = "tradegraph-store"

__all__ = ["DEFAULT_STORE", "QueryResult", "Store", "Term", "open_store"]


def open_store(location: str | None = None, *, create: bool = False) -> Store:
    """The store at ``location`` (else ``$TRADEGRAPH_STORE``, else ``./tradegraph-store``).

    ``create`` makes a new embedded store when none exists; readers pass False, so that a
    typo in a path says "no store" instead of quietly answering from an empty one.
    """
    location = location or os.environ.get("TRADEGRAPH_STORE") or DEFAULT_STORE
    if location.startswith(("http://", "https://")):
        from .remote import RemoteStore

        return RemoteStore(location)
    from .embedded import EmbeddedStore

    return EmbeddedStore(location, create=create)
