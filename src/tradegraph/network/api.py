"""Store-level entry points for the commands: open the projection, resolve names, report.

Each function takes an open store and plain arguments and returns JSON-able data, so the
CLI stays a few lines and tests call these directly. Names resolve through
:func:`tradegraph.lookup.find_entity` (label or alias, case- and accent-insensitive; a miss or
an ambiguity raises ``NotFoundError`` naming the closest candidates).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import BadInputError, TradegraphError
from ..lookup import EntityRef, find_entity
from ..store.base import Store

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

EMPTY_STORE = "the store is empty; add records with: tradegraph ingest RECORDS --store {location}"
PLACE_TYPES = ("Region", "City", "Country", "GovernmentBody")


def load_graph(store: Store, **kwargs) -> nx.MultiDiGraph:
    """``to_networkx(store)``, or a ``TradegraphError`` saying how to ingest when it is empty."""
    from .project import to_networkx

    G = to_networkx(store, **kwargs)
    if G.number_of_nodes() == 0:
        raise TradegraphError(EMPTY_STORE.format(location=getattr(store, "location", "STORE")))
    return G


def resolve(store: Store, G: nx.Graph, name: str, types: tuple[str, ...] | None = None) -> EntityRef:
    """The entity called ``name``, which must also be a node of ``G``."""
    ref = find_entity(store, name, types)
    if ref.iri not in G:
        raise BadInputError(f"{ref.label} ({ref.type}) is not part of the network")
    return ref


def opportunities_report(store: Store, *, for_name: str | None = None, region: str | None = None,
                         limit: int | None = 20) -> dict:
    """Ranked opportunities, optionally for one entity and/or within one region."""
    from .opportunities import opportunities

    G = load_graph(store)
    focus = resolve(store, G, for_name) if for_name else None
    place = resolve(store, G, region, PLACE_TYPES) if region else None
    found = opportunities(G, focus=focus.iri if focus else None,
                          region=place.iri if place else None, limit=limit)
    return {
        "for": _ref(focus), "region": _ref(place),
        "opportunities": [dict(rank=i, **o.to_dict()) for i, o in enumerate(found, 1)],
        "records": _cited_records(G, (r for o in found for r in o.records)),
    }


def path_report(store: Store, a: str, b: str, *, max_hops: int = 4, limit: int = 3) -> dict:
    """Shortest explained paths between two named entities."""
    from .paths import explained_paths

    if max_hops < 1:
        raise BadInputError("--max-hops must be at least 1")
    G = load_graph(store)
    source, target = resolve(store, G, a), resolve(store, G, b)
    if source.iri == target.iri:
        raise BadInputError(f"{a!r} and {b!r} are the same entity ({source.label})")
    paths = explained_paths(G, source.iri, target.iri, max_hops=max_hops, limit=limit)
    return {"source": _ref(source), "target": _ref(target), "max_hops": max_hops, "paths": paths,
            "records": _cited_records(G, (r for p in paths for h in p["hops"] for r in h["records"]))}


def _ref(ref: EntityRef | None) -> dict | None:
    return None if ref is None else {"id": ref.iri, "label": ref.label, "type": ref.type}


def _cited_records(G: nx.Graph, iris) -> dict:
    records = G.graph.get("records", {})
    return {iri: records.get(iri, {"title": None, "date": None, "source": None})
            for iri in dict.fromkeys(iris)}
