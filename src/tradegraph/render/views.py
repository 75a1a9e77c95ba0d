"""Which part of the projection a page shows: all of it, an ego network, chosen types,
or the collaboration opportunities. Each view returns a new graph; the input is untouched.
"""

from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from .style import ENTITY_TYPES


def check_types(types: Iterable[str]) -> list[str]:
    """Entity type names, matched case-insensitively against the data model's types.

    >>> check_types(["firm", "GovernmentBody"])
    ['Firm', 'GovernmentBody']
    """
    from ..errors import BadInputError

    known = {t.lower(): t for t in ENTITY_TYPES}
    out = []
    for t in types:
        if t.lower() not in known:
            raise BadInputError(f"unknown entity type {t!r}; choose from {', '.join(ENTITY_TYPES)}")
        out.append(known[t.lower()])
    return out


def select_view(G: nx.MultiDiGraph, *, focus: Any = None, depth: int = 1,
                types: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """A copy of ``G``: the ego network of ``focus`` (``depth`` hops, either direction), then
    only entities of ``types`` (the focus itself always stays).

    >>> G = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> nx.set_node_attributes(G, {"a": "Firm", "b": "City", "c": "Firm", "d": "Firm"}, "type")
    >>> sorted(select_view(G, focus="b", depth=1))
    ['a', 'b', 'c']
    >>> sorted(select_view(G, focus="b", depth=2, types=["Firm"]))
    ['a', 'b', 'c', 'd']
    >>> sorted(select_view(G, types=["City"]))
    ['b']
    """
    if depth < 0:
        from ..errors import BadInputError

        raise BadInputError("--depth must be 0 or more")
    keep = set(G)
    if focus is not None:
        keep = set(nx.single_source_shortest_path_length(G.to_undirected(as_view=True), focus,
                                                         cutoff=depth))
    if types:
        wanted = set(types)
        keep = {n for n in keep if G.nodes[n].get("type") in wanted or n == focus}
    return G.subgraph(keep).copy()


def opportunity_view(G: nx.MultiDiGraph, found: Iterable[Any]) -> nx.MultiDiGraph:
    """The parties of each opportunity, the entities that explain inferred ones, and the
    relations among them; stated opportunity edges get ``opportunity="stated"``, and each
    inferred lead becomes an edge with ``opportunity="inferred"``, its score and reasons.

    ``found`` holds ``network.opportunities.Opportunity`` objects (or their ``to_dict()``).
    """
    items = [o.to_dict() if hasattr(o, "to_dict") else dict(o) for o in found]
    nodes: set = set()
    for o in items:
        nodes.update(p["id"] for p in o["parties"])
        for hop in o.get("path") or ():
            nodes.update(hop[end]["id"] for end in ("from", "to") if isinstance(hop.get(end), dict))
    nodes &= set(G)
    H = G.subgraph(nodes).copy()
    for u, v, key, data in H.edges(keys=True, data=True):
        if data.get("predicate", key) == "collaborationOpportunity":
            data["opportunity"] = "stated"
    for o in items:
        if o["kind"] != "inferred":
            continue
        u, v = (p["id"] for p in o["parties"][:2])
        if u not in H or v not in H:
            continue
        evidence = list(o.get("evidence") or ())
        H.add_edge(u, v, key=f"inferred:{o.get('rule', '')}", predicate="collaborationOpportunity",
                   opportunity="inferred", score=round(float(o.get("score", 0)), 3),
                   reasons=[f"{o.get('rule', 'inferred')}: {o.get('why', '')}"],
                   topic=", ".join(o.get("topics") or ()) or None, count=1,
                   records=list(o.get("records") or ()), titles=[], evidence=evidence,
                   first_date=o.get("date"), last_date=o.get("date"))
    return H
