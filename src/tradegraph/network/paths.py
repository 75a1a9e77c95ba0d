"""How two entities are connected: the shortest paths, each hop explained by its evidence.

Direction is ignored when searching (a region that *visited* a firm connects them either
way) and reported on each hop: ``forward`` when the path follows the relation from subject
to object, ``backward`` when against it, ``symmetric`` for metWith/partnerOf/
collaborationOpportunity.

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> for n, t in [("lcr", "Region"), ("hisense", "Firm"), ("qingdao", "City")]:
...     G.add_node(n, label=n.title(), type=t)
>>> ev = [{"text": "...", "record": "r1", "date": "2020"}]
>>> _ = G.add_edge("lcr", "hisense", key="visited", predicate="visited", count=1, evidence=ev, records=["r1"])
>>> _ = G.add_edge("hisense", "qingdao", key="headquarteredIn", predicate="headquarteredIn",
...                count=1, evidence=ev, records=["r1"])
>>> [p["text"] for p in explained_paths(G, "lcr", "qingdao")]
['Lcr —visited→ Hisense —headquartered in→ Qingdao']
>>> [h["direction"] for h in explained_paths(G, "qingdao", "lcr")[0]["hops"]]
['backward', 'backward']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import BadInputError
from ..lookup import PREDICATE_LABELS

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

MAX_CANDIDATES = 500  # shortest paths enumerated before ranking


def neighbours(G: nx.Graph, node) -> set:
    """Neighbours in either direction (successors and predecessors of a directed graph)."""
    if G.is_directed():
        return set(G._succ[node]) | set(G._pred[node])
    return set(G._adj[node])


def _neighbour_cache(G: nx.Graph):
    """``nbrs(node)``: ``neighbours`` as a tuple, each node's computed once (per search)."""
    cache: dict = {}
    if G.is_directed():
        succ, pred = G._succ, G._pred

        def nbrs(node):
            out = cache.get(node)
            if out is None:
                s, p = succ[node], pred[node]
                out = cache[node] = tuple(s) + tuple(w for w in p if w not in s) if p else tuple(s)
            return out
    else:
        adj = G._adj

        def nbrs(node):
            out = cache.get(node)
            if out is None:
                out = cache[node] = tuple(adj[node])
            return out
    return nbrs


def _bfs(G: nx.Graph, start, cutoff: int, stop=None) -> dict:
    """Hop distances from ``start`` up to ``cutoff``; stops after the level that reaches ``stop``."""
    nbrs = _neighbour_cache(G)
    dist = {start: 0}
    frontier = [start]
    level = 0
    while frontier and level < cutoff:
        level += 1
        nxt = []
        for u in frontier:
            for w in nbrs(u):
                if w not in dist:
                    dist[w] = level
                    nxt.append(w)
        if stop is not None and stop in dist:
            break
        frontier = nxt
    return dist


def _shortest_paths(G: nx.Graph, source, target, max_hops: int, nbrs=None) -> list[list]:
    """Up to ``MAX_CANDIDATES`` shortest paths (ignoring direction), by bidirectional BFS.

    The smaller frontier grows first; once the two searches meet at distance d, every
    shortest path passes through a node at position p with known distances from both ends,
    and the paths are the chains back to the source times the chains on to the target.
    Each search records, for every node it reaches, the nodes one level closer to its end
    (its parents), so the chains are read off without rescanning the neighbours of hubs.
    """
    nbrs = nbrs or _neighbour_cache(G)
    ds, dt = {source: 0}, {target: 0}
    ps: dict = {source: []}
    pt: dict = {target: []}
    fs, ft = [source], [target]
    ls = lt = 0  # levels explored from each end
    d = p = None
    while fs and ft and d is None and ls + lt < max_hops:
        from_source = len(fs) <= len(ft)
        dist, other, frontier, parents = (ds, dt, fs, ps) if from_source else (dt, ds, ft, pt)
        level = (ls if from_source else lt) + 1
        nxt, met = [], []
        for u in frontier:
            for w in nbrs(u):
                k = dist.get(w)
                if k is None:
                    dist[w] = level
                    parents[w] = [u]
                    nxt.append(w)
                    if w in other:
                        met.append(w)
                elif k == level:
                    parents[w].append(u)
        if met:
            d = min(ds[w] + dt[w] for w in met)
            p = level if from_source else d - level
        if from_source:
            fs, ls = nxt, level
        else:
            ft, lt = nxt, level
    if d is None or d > max_hops:
        return []
    meet = sorted((v for v, k in ds.items() if k == p and dt.get(v) == d - p), key=str)
    ordered: dict = {}

    def chains(node, parents, stop, limit):
        """Chains from ``node`` to ``stop`` with distance falling by one each step."""
        out, stack = [], [[node]]
        while stack and len(out) < limit:
            chain = stack.pop()
            last = chain[-1]
            if last == stop:
                out.append(chain)
                continue
            key = (id(parents), last)
            steps = ordered.get(key)
            if steps is None:
                steps = ordered[key] = sorted(parents[last], key=str, reverse=True)
            for w in steps:
                stack.append(chain + [w])
        return out

    paths: list[list] = []
    for m in meet:
        heads = chains(m, ps, source, MAX_CANDIDATES)
        tails = chains(m, pt, target, MAX_CANDIDATES)
        for head in heads:
            for tail in tails:
                paths.append(head[::-1] + tail[1:])
                if len(paths) >= MAX_CANDIDATES:
                    return paths
    return paths


def _node(G: nx.Graph, n) -> dict:
    data = G.nodes[n]
    return {"id": n, "label": data.get("label", n), "type": data.get("type")}


def edges_between(G: nx.Graph, u, v, prefer=()) -> list[tuple[str, str, dict]]:
    """Every edge between ``u`` and ``v`` as (direction seen from u, predicate, data), best first.

    Best: a predicate in ``prefer`` first, then one with an evidence sentence (a few relations
    are found from a record as a whole, without one), then the most supporting records.
    """
    found = []
    for a, b, direction in ((u, v, "forward"), (v, u, "backward")):
        if not G.has_edge(a, b):
            continue
        if G.is_multigraph():
            items = G[a][b].items()
        else:
            data = G[a][b]
            items = [(data.get("predicate", "related"), data)]
        for key, data in items:
            d = "symmetric" if data.get("symmetric") else direction
            if d == "symmetric" and direction == "backward" and not G.is_directed():
                continue
            found.append((d, data.get("predicate", key), data))
    found.sort(key=lambda item: (item[1] not in prefer, not _quotable(item[2]), -item[2].get("count", 1),
                                 item[1], item[0]))
    return found


def _quotable(data: dict) -> bool:
    return any(ev.get("text") for ev in data.get("evidence", ()))


def reading(predicate: str, direction: str) -> str:
    """How a hop reads along the path: ``visited`` forward, ``visited by`` backward."""
    out_label, in_label = PREDICATE_LABELS.get(predicate, (predicate, f"{predicate} (inverse)"))
    return in_label if direction == "backward" else out_label


def explain_hop(G: nx.Graph, u, v, *, evidence_limit: int = 3, prefer=()) -> dict:
    """One hop: the best-supported relation between ``u`` and ``v``, its evidence, the rest."""
    found = edges_between(G, u, v, prefer)
    direction, predicate, data = found[0]
    evidence = list(data.get("evidence", []))
    evidence.sort(key=lambda ev: ev.get("date") or "", reverse=True)
    evidence.sort(key=lambda ev: not ev.get("text"))  # sentences first, newest first
    subj, obj = (v, u) if direction == "backward" else (u, v)
    statement = (f"{G.nodes[subj].get('label', subj)} {reading(predicate, 'forward')} "
                 f"{G.nodes[obj].get('label', obj)}")
    return {
        "from": _node(G, u), "to": _node(G, v), "predicate": predicate, "direction": direction,
        "reading": reading(predicate, direction), "statement": statement, "count": data.get("count", 1),
        "first_date": data.get("first_date"), "last_date": data.get("last_date"),
        "records": list(data.get("records", [])), "evidence": evidence[:evidence_limit],
        "also": [{"predicate": p, "direction": d, "reading": reading(p, d)} for d, p, _ in found[1:]],
    }


def explained_paths(G: nx.Graph, source, target, *, max_hops: int = 4, limit: int = 3) -> list[dict]:
    """The shortest paths (at most ``max_hops`` hops) from ``source`` to ``target``, explained.

    All shortest paths are enumerated (up to ``MAX_CANDIDATES``) and the ``limit`` best are
    returned: strongest weakest hop first (most supporting records), then through the least
    connected intermediates (a path through a specific firm says more than one through a
    country), then most records overall. An empty list means no connection within
    ``max_hops``.

    Returns
    -------
    list of dict
        ``length`` (hops), ``nodes`` (``id``, ``label``, ``type``), ``hops`` (see
        ``explain_hop``: ``from``, ``to``, ``predicate``, ``direction``, ``reading``,
        ``statement`` (the relation read subject-first), ``count``, ``records``, ``evidence``, ``also``), ``strength`` (weakest hop's record
        count) and ``text`` (one line).
    """
    for n in (source, target):
        if n not in G:
            raise BadInputError(f"{n} is not in the graph")
    if source == target:
        raise BadInputError("a path needs two different entities")
    if max_hops < 1:
        raise BadInputError("--max-hops must be at least 1")
    nbrs = _neighbour_cache(G)
    found = _shortest_paths(G, source, target, max_hops, nbrs)
    if not found:
        return []
    degree: dict = {}
    best: dict = {}

    def deg(n):
        if n not in degree:
            degree[n] = len(nbrs(n))
        return degree[n]

    def count(u, v):
        if (u, v) not in best:
            best[(u, v)] = edges_between(G, u, v)[0][2].get("count", 1)
        return best[(u, v)]

    ranked = []
    for path in found:
        counts = [count(u, v) for u, v in zip(path, path[1:])]
        key = (-min(counts), sum(deg(n) for n in path[1:-1]), -sum(counts),
               [G.nodes[n].get("label", n) for n in path])
        ranked.append((key, path))
    ranked.sort(key=lambda item: item[0])
    explained = [(key, path, [explain_hop(G, u, v) for u, v in zip(path, path[1:])])
                 for key, path in ranked[:limit]]
    out = []
    for _, path, hops in explained[:limit]:
        text = G.nodes[path[0]].get("label", path[0])
        for h in hops:
            text += f" —{h['reading']}→ {h['to']['label']}"
        out.append({"length": len(hops), "nodes": [_node(G, n) for n in path], "hops": hops,
                    "strength": min(h["count"] for h in hops), "text": text})
    return out
