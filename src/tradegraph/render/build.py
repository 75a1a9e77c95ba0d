"""From a store to the graph a page draws: projection, then the chosen view."""

from __future__ import annotations

from typing import Iterable

import networkx as nx

from ..store.base import Store
from .views import check_types, opportunity_view, select_view


def build_view(store: Store, *, focus: str | None = None, depth: int = 1,
               types: Iterable[str] = (), since: str | None = None,
               opportunities: bool = False) -> tuple[nx.MultiDiGraph, str, str]:
    """The view's graph, a heading and a one-line description of the view.

    Raises ``NotFoundError`` (exit 2, closest names) for an unknown ``focus``.
    """
    from ..network.api import load_graph, resolve

    wanted = check_types(types)
    G = load_graph(store, since=since)
    heading, notes = "tradegraph network", []
    ref = resolve(store, G, focus) if focus else None
    if opportunities:
        from ..network.opportunities import opportunities as find_opportunities

        found = find_opportunities(G, focus=ref.iri if ref else None, limit=None)
        G = opportunity_view(G, found)
        heading = "Collaboration opportunities" + (f" for {ref.label}" if ref else "")
        notes.append(f"{sum(o.kind == 'stated' for o in found)} stated, "
                     f"{sum(o.kind == 'inferred' for o in found)} inferred")
        if wanted:
            G = select_view(G, types=wanted)
    else:
        G = select_view(G, focus=ref.iri if ref else None, depth=depth, types=wanted)
        if ref:
            heading = f"{ref.label} ({ref.type})"
            notes.append(f"{depth} hop{'s' if depth != 1 else ''} around it")
    if wanted:
        notes.append("types: " + ", ".join(wanted))
    if since:  # entities whose every relation is older than ``since`` are left out
        keep = ref.iri if ref else None
        G.remove_nodes_from([n for n in list(G) if G.degree(n) == 0 and n != keep])
        notes.append(f"relations since {since}")
    return G, heading, "; ".join(notes)
