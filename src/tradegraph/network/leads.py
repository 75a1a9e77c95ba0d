"""The best inferred leads of a whole graph (or a region), found without scoring them all.

:func:`top_leads` returns the candidates of the ``k`` best leads: exactly the first ``k`` of
scoring *every* candidate of every start node with the rules and score of
:mod:`.opportunities` and sorting them (score, then the parties' ids). The exhaustive way
is ``inferred_opportunities(G, limit=None)``; tests compare the two on random graphs.

On a large graph most of the millions of candidates cannot come near the top, and three
upper bounds say so before they are scored. Each score component is at most 1 and
``score = 0.4 structure + 0.25 type + 0.2 evidence + 0.15 recency``, so with ``theta`` the
``k``-th best score found so far:

1. **Start nodes.** A pair's resource-allocation index is a sum over common neighbours
   ``w`` of ``1 / degree(w)``, so no pair of ``u`` beats ``RAmax(u)``, the sum over all of
   ``u``'s typed neighbours (those with another neighbour). ``u``'s bound is
   ``0.4 structure(RAmax(u)) + 0.25 (best type match of u's type) + 0.35``; a place or body
   gets 1.0 (its peer-contact leads have no cheap bound). Start nodes are taken in falling
   bound order, which finds good leads early, and the search stops at the first whose bound
   is below ``theta``: no later one can do better.
2. **Candidates.** Candidate generation walks every intermediate the rules allow (one with
   at most ``hub_cap`` neighbours, the same rule as ``--for``), so each candidate's rule,
   intermediates and explaining path, hence its type, evidence and recency components, are
   exact. Only its index is cheap to over-estimate: while walking ``u``'s neighbours the
   search sums ``1 / degree(w)`` over those with at most ``hub_cap`` typed neighbours, and
   adds ``heavy(u)`` (the sum over the others, each below ``1 / hub_cap``) as a bound.
   A candidate is scored exactly (its remaining common neighbours looked up among those few
   hubs) only if that bound reaches ``theta``.
3. **Peer contacts** of a place ``u`` are walked only if ``0.8`` times the sum of ``u``'s
   index with every peer, the most a peer-contact lead of ``u`` can get, reaches ``theta``.

Bounds are compared with a margin of ``1e-4`` (components are rounded to four places), so
nothing that could tie is dropped. Each pair is scored once, from the end the exhaustive
listing names first (the smaller id when both are start nodes).

The search returns candidates; :func:`.opportunities.inferred_opportunities` scores and
explains them with the same code as for one entity, so the two listings agree.

>>> import networkx as nx
>>> G = nx.MultiDiGraph(records={})
>>> for n, t in [("f1", "Firm"), ("f2", "Firm"), ("uni", "University"), ("ai", "Sector")]:
...     G.add_node(n, label=n, type=t)
>>> for s in ("f1", "f2", "uni"):
...     _ = G.add_edge(s, "ai", key="activeIn", predicate="activeIn", count=1, evidence=[],
...                    records=["r1"], last_date="2020")
>>> [(c.u, c.v, c.rule) for c in top_leads(G, 2)]
[('f1', 'uni', 'shared-sector'), ('f2', 'uni', 'shared-sector')]
"""

from __future__ import annotations

import heapq
import math
from typing import TYPE_CHECKING, Iterable

from .opportunities import (COLLABORATOR_TYPES, CONTACT_PREDICATES, CONTACT_TYPES, HUB_CAP,
                            LEAD_TYPES, PARTY_TYPES, PEER_DISCOUNT, SECTOR_PREDICATES,
                            TYPED_PREDICATES, WEIGHTS, _Candidate, _RULE_ORDER, evidence_score,
                            recency_score, reference_date, type_compatibility)

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

MARGIN = 1e-4  # bounds vs rounded scores: never drop what could tie
_RULES = sorted(_RULE_ORDER, key=_RULE_ORDER.get)  # rank -> rule name
_SECTOR, _CONTACT, _PEER = (_RULE_ORDER[r] for r in ("shared-sector", "shared-contact", "peer-contact"))


class _Index:
    """Per-node neighbour lists of the whole graph, built once per search.

    ``nbrs[n]``: neighbour → predicates (either direction, interned frozensets);
    ``typed[n]``: neighbours by a contact or sector relation (the typed projection);
    the rule lists (``sector``, ``contact``, ``parties``, ``leads``) are made on first use.
    """

    def __init__(self, G: nx.Graph):
        interned: dict = {}
        directed, multi = G.is_directed(), G.is_multigraph()
        self.type = {n: d.get("type") for n, d in G._node.items()}
        self.nbrs, self.typed = {}, {}
        for n in G:
            out: dict = {}
            for adj in ((G._succ[n], G._pred[n]) if directed else (G._adj[n],)):
                for nbr, data in adj.items():
                    keys = data.keys() if multi else (data.get("predicate", "related"),)
                    old = out.get(nbr)
                    key = frozenset(keys) if old is None else old.union(keys)
                    out[nbr] = interned.setdefault(key, key)
            self.nbrs[n] = out
            self.typed[n] = [x for x, p in out.items() if x != n and not p.isdisjoint(TYPED_PREDICATES)]
        self.degree = {n: len(x) for n, x in self.nbrs.items()}
        self.hdegree = {n: len(x) for n, x in self.typed.items()}
        self._lists: dict = {}
        self._sets: dict = {}

    def rule_list(self, n, which: str) -> list:
        """``n``'s neighbours by sector / contact relations, or its party / lead contacts."""
        key = (which, n)
        out = self._lists.get(key)
        if out is None:
            allowed = SECTOR_PREDICATES if which == "sector" else CONTACT_PREDICATES
            types = PARTY_TYPES if which == "parties" else LEAD_TYPES if which == "leads" else None
            out = self._lists[key] = [v for v, p in self.nbrs[n].items() if not p.isdisjoint(allowed)
                                      and (types is None or self.type[v] in types)]
        return out

    def typed_set(self, n) -> set:
        out = self._sets.get(n)
        if out is None:
            out = self._sets[n] = set(self.typed[n])
        return out


def _structure(ra: float) -> float:
    return 1.0 - math.exp(-2.0 * ra)


def top_leads(G: nx.Graph, k: int, *, sources: Iterable | None = None, hub_cap: int = HUB_CAP,
              reference: str | None = None, stats: dict | None = None) -> list[_Candidate]:
    """The candidates of the ``k`` best inferred leads from ``sources`` (default: every node).

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The projection.
    k : int
        How many leads.
    sources : iterable of nodes, optional
        Start nodes (e.g. a region's members); the other party may be any node.
    hub_cap : int
        Intermediates with more neighbours make no lead (as in ``candidates_for``).
    stats : dict, optional
        Filled with counts of what the bounds saved: ``starts`` (start nodes walked),
        ``stopped_at`` (the first one skipped), ``scored`` and ``pruned`` candidates.

    Returns
    -------
    list of _Candidate
        Best first, each with ``u`` the end the exhaustive listing names first.
    """
    if k <= 0:
        return []
    reference = reference or reference_date(G)
    ix = _Index(G)
    types, nbrs, typed, hdeg, deg = ix.type, ix.nbrs, ix.typed, ix.hdegree, ix.degree
    source_set = set(G) if sources is None else {s for s in sources if s in G}
    w_s, w_t, w_e, w_r = (WEIGHTS[k_] for k_ in ("structure", "type", "evidence", "recency"))
    rest = w_e + w_r

    def best_type(t) -> float:
        targets = COLLABORATOR_TYPES if t in COLLABORATOR_TYPES else LEAD_TYPES
        return max(type_compatibility(t, o) for o in targets)

    best_types = {t: best_type(t) for t in COLLABORATOR_TYPES | PARTY_TYPES}
    bound = {}
    for u in source_set:
        t = types[u]
        if t in PARTY_TYPES:
            bound[u] = w_s + w_t * best_types[t] + rest
        elif t in COLLABORATOR_TYPES:
            ra_max = sum(1.0 / hdeg[x] for x in typed[u] if hdeg[x] > 1)
            bound[u] = w_s * _structure(ra_max) + w_t * best_types[t] + rest
    order = sorted(bound, key=lambda n: (-bound[n], str(n)))

    hops: dict = {}

    def hop(a, b):
        info = hops.get((a, b))
        if info is None:
            records, latest = set(), None
            for x, y in ((a, b), (b, a)):
                if G.has_edge(x, y):
                    for data in (G[x][y].values() if G.is_multigraph() else [G[x][y]]):
                        records.update(data.get("records", []))
                        d = data.get("last_date")
                        if d and (latest is None or d > latest):
                            latest = d
            info = hops[(a, b)] = hops[(b, a)] = (records, latest)
        return info

    evidence_of: dict = {}
    recency_of: dict = {}
    compat: dict = {}
    best: list = []  # min-heap of the k best scores so far: best[0] is theta once full
    pool: list = []  # every candidate that scored at least theta when found
    theta = -1.0
    walked = scored = pruned = 0
    stopped_at = None

    def push(score, u, v, rule, via):
        nonlocal theta
        pool.append((-score, str(u), str(v), u, v, rule, via))
        if len(best) < k:
            heapq.heappush(best, score)
        elif score > best[0]:
            heapq.heapreplace(best, score)
        if len(best) == k and best[0] > theta:
            theta = best[0]
            if len(pool) > 8 * k + 64:  # drop what has fallen below the k-th best
                pool[:] = [row for row in pool if -row[0] >= theta]

    for u in order:
        if bound[u] + MARGIN < theta:
            stopped_at = u
            break
        walked += 1
        mine, tu = nbrs[u], types[u]
        su = str(u)
        ra: dict = {}
        heavy = []
        found: dict = {}  # v -> [rank, via]
        collab = tu in COLLABORATOR_TYPES
        for x, preds in mine.items():
            if x == u or preds.isdisjoint(TYPED_PREDICATES):
                continue
            dx = hdeg[x]
            if dx > hub_cap:
                heavy.append(x)
                continue
            inv = 1.0 / dx
            get = ra.get
            for v in typed[x]:
                ra[v] = get(v, 0.0) + inv
            if not collab or deg[x] > hub_cap:
                continue
            tx = types[x]
            if tx == "Sector" and not preds.isdisjoint(SECTOR_PREDICATES):
                rank, reach = _SECTOR, ix.rule_list(x, "sector")
            elif tx in CONTACT_TYPES and not preds.isdisjoint(CONTACT_PREDICATES):
                rank, reach = _CONTACT, ix.rule_list(x, "contact")
            else:
                continue
            for v in reach:
                if v == u or v in mine or types[v] not in COLLABORATOR_TYPES:
                    continue
                c = found.get(v)
                if c is None or rank < c[0]:
                    found[v] = [rank, [x]]
                elif c[0] == rank:
                    c[1].append(x)
        heavy_sets = [(ix.typed_set(x), 1.0 / hdeg[x]) for x in heavy]
        heavy_mass = sum(inv for _, inv in heavy_sets)

        def exact_ra(v):
            value = ra.get(v, 0.0)
            for members, inv in heavy_sets:
                if v in members:
                    value += inv
            return value

        peer_ra: dict = {}
        if tu in PARTY_TYPES:
            peers: dict = {}
            for w, preds in mine.items():
                if preds.isdisjoint(CONTACT_PREDICATES) or types[w] not in LEAD_TYPES or deg[w] > hub_cap:
                    continue
                for p in ix.rule_list(w, "parties"):
                    if p != u and p not in peers:
                        peers[p] = w
            peer_ra = {p: exact_ra(p) for p in peers}
            most = PEER_DISCOUNT * sum(peer_ra.values())
            if w_s * _structure(most) + w_t * best_types[tu] + rest + MARGIN >= theta:
                for p, shared in peers.items():
                    if deg[p] > hub_cap:
                        continue
                    for v in ix.rule_list(p, "leads"):
                        if v == u or v in mine:
                            continue
                        c = found.get(v)
                        if c is None:
                            found[v] = [_PEER, [(shared, p)]]
                        elif c[0] == _PEER:
                            c[1].append((shared, p))

        for v, (rank, via) in found.items():
            if rank != _PEER and v in source_set and str(v) < su:
                continue  # scored from v, the end the exhaustive listing takes first
            tv = types[v]
            t = compat.get((tu, tv))
            if t is None:
                t = compat[(tu, tv)] = type_compatibility(tu, tv)
            if rank == _PEER:
                ra_high = PEER_DISCOUNT * sum(peer_ra[p] for _, p in via)
            else:
                ra_high = ra.get(v, 0.0) + heavy_mass
            if w_s * _structure(ra_high) + w_t * t + rest + MARGIN < theta:
                pruned += 1
                continue
            # the explaining path, as _best_path_nodes picks it: the least connected intermediate
            if rank == _PEER:
                shared, peer = via[0] if len(via) == 1 else min(via, key=lambda sp: (deg[sp[1]], str(sp)))
                records, date = set(), None
                for a, b in ((u, shared), (shared, peer), (peer, v)):
                    r, d = hop(a, b)
                    records |= r
                    if d is not None and (date is None or d > date):
                        date = d
                n_records = len(records)
            else:
                w = via[0] if len(via) == 1 else min(via, key=lambda n: (deg[n], str(n)))
                (r1, d1), (r2, d2) = hop(u, w), hop(w, v)
                n_records = len(r1 | r2) if r1 and r2 else len(r1) + len(r2)
                date = d1 if d2 is None or (d1 is not None and d1 >= d2) else d2
            e = evidence_of.get(n_records)
            if e is None:
                e = evidence_of[n_records] = round(evidence_score(n_records), 4)
            r = recency_of.get(date)
            if r is None:
                r = recency_of[date] = recency_score(date, reference)
            if w_s * _structure(ra_high) + w_t * t + w_e * e + w_r * r + MARGIN < theta:
                pruned += 1
                continue
            raw = ra_high if rank == _PEER or not heavy_sets else exact_ra(v)
            st = round(_structure(raw), 4)
            score = round(sum((w_s * st, w_t * t, w_e * e, w_r * r)), 4)
            scored += 1
            if score + MARGIN >= theta:
                push(score, u, v, rank, via)

    pool.sort(key=lambda row: row[:3])
    if stats is not None:
        stats.update(starts=walked, candidates_of=len(order), stopped_at=stopped_at,
                     scored=scored, pruned=pruned)
    return [_Candidate(u, v, _RULES[rank], list(via)) for *_, u, v, rank, via in pool[:k]]
