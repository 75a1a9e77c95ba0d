"""Who holds the network together: top connectors (degree) and brokers (betweenness).

Pure functions over a projected graph (``to_networkx``'s ``MultiDiGraph`` or any simple
graph); direction and parallel predicates are ignored, a neighbour counts once.

>>> import networkx as nx
>>> G = nx.Graph([("hub", "a"), ("hub", "b"), ("hub", "c"), ("a", "b")])
>>> [(r["id"], r["degree"]) for r in top_connectors(G, limit=2)]
[('hub', 3), ('a', 2)]
>>> brokers(nx.path_graph(["x", "y", "z"]), limit=1)[0]["id"]
'y'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from .project import as_int_graph, as_simple

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

EXACT_BETWEENNESS_MAX_NODES = 3000  # above this, betweenness samples k source nodes
BETWEENNESS_WORK = 10_000_000  # sampled sources x (nodes + edges): about 20 s in pure Python


def default_samples(n_nodes: int, n_edges: int) -> int:
    """Sources to sample: as many as ``BETWEENNESS_WORK`` allows, between 16 and 500.

    >>> default_samples(100_000, 300_000)
    25
    """
    return max(16, min(500, BETWEENNESS_WORK // max(1, n_nodes + n_edges)))


def _row(H: nx.Graph, node: str, **scores) -> dict:
    data = H.nodes[node]
    return {"id": node, "label": data.get("label", node), "type": data.get("type"), **scores}


def _ranked(scores: dict, limit: int | None) -> list[tuple[str, float]]:
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return ranked[:limit] if limit else ranked


def top_connectors(G: nx.Graph, *, limit: int | None = 10,
                   types: Iterable[str] | None = None) -> list[dict]:
    """Entities with the most distinct neighbours, best first.

    Parameters
    ----------
    G : networkx graph
        The projection (multi/directed graphs are reduced with ``to_weighted_graph``).
    limit : int, optional
        How many to return (None: all).
    types : iterable of str, optional
        Rank only entities of these types (neighbours of any type still count).

    Returns
    -------
    list of dict
        ``id``, ``label``, ``type``, ``degree`` (distinct neighbours) and ``weight``
        (supporting records summed over those neighbours).
    """
    H = as_simple(G)
    wanted = set(types) if types else None
    scores = {n: d for n, d in H.degree() if wanted is None or H.nodes[n].get("type") in wanted}
    return [_row(H, n, degree=int(d), weight=int(H.degree(n, weight="weight")))
            for n, d in _ranked(scores, limit)]


def brokers(G: nx.Graph, *, limit: int | None = 10, k: int | None = None, seed: int = 0,
            exact_max_nodes: int = EXACT_BETWEENNESS_MAX_NODES) -> list[dict]:
    """Entities that sit on the most shortest paths between others (betweenness), best first.

    Exact below ``exact_max_nodes`` nodes; above, estimated from ``k`` sampled sources
    (default ``default_samples``: scaled to the graph's size) with a fixed ``seed``, so
    answers are repeatable.
    Entities with zero betweenness are left out.

    Returns
    -------
    list of dict
        ``id``, ``label``, ``type``, ``betweenness`` (normalised, 0..1) and ``approximate``.
    """
    import networkx as nx

    H = as_simple(G)
    n = H.number_of_nodes()
    if k is None and n > exact_max_nodes:
        k = default_samples(n, H.number_of_edges())
    if k is not None and k >= n:
        k = None
    I, names = as_int_graph(H)  # same sources sampled, same scores; small ints are faster keys
    scores = nx.betweenness_centrality(I, k=k, seed=seed if k else None, normalized=True)
    scores = {names[i]: s for i, s in scores.items() if s > 0}
    return [_row(H, node, betweenness=round(s, 6), approximate=k is not None)
            for node, s in _ranked(scores, limit)]
