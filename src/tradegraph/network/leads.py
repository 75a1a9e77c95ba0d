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
                            TYPED_PREDICATES, WEIGHTS, PathComponents, _best_path_nodes, _Candidate,
                            _RULE_ORDER, reference_date, type_compatibility)

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


class _Walk:
    """What one start node ``u`` reaches: candidates with their rule and intermediates, and
    its resource-allocation index with each node reached, exact up to the hubs."""

    def __init__(self, ix: _Index, u, hub_cap: int):
        types, nbrs, typed, hdeg, deg = ix.type, ix.nbrs, ix.typed, ix.hdegree, ix.degree
        self.u, self.mine = u, nbrs[u]
        self.found: dict = {}  # v -> [rule rank, intermediates], as candidates_for keeps them
        self.ra: dict = {}  # v -> sum of 1/degree over common neighbours with <= hub_cap
        heavy = []
        found, ra, mine = self.found, self.ra, self.mine
        collab = types[u] in COLLABORATOR_TYPES
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
        self.heavy = [(ix.typed_set(x), 1.0 / hdeg[x]) for x in heavy]
        self.heavy_mass = sum(inv for _, inv in self.heavy)  # what the hubs can add, at most

    def exact_ra(self, v) -> float:
        value = self.ra.get(v, 0.0)
        for members, inv in self.heavy:
            if v in members:
                value += inv
        return value

    def peers(self, ix: _Index, hub_cap: int) -> dict:
        """Peer → the shared contact found first (as ``candidates_for`` records it)."""
        u, types, deg = self.u, ix.type, ix.degree
        peers: dict = {}
        for w, preds in self.mine.items():
            if preds.isdisjoint(CONTACT_PREDICATES) or types[w] not in LEAD_TYPES or deg[w] > hub_cap:
                continue
            for p in ix.rule_list(w, "parties"):
                if p != u and p not in peers:
                    peers[p] = w
        return peers

    def add_peer_contacts(self, ix: _Index, peers: dict, hub_cap: int) -> None:
        u, mine, found = self.u, self.mine, self.found
        for p, shared in peers.items():
            if ix.degree[p] > hub_cap:
                continue
            for v in ix.rule_list(p, "leads"):
                if v == u or v in mine:
                    continue
                c = found.get(v)
                if c is None:
                    found[v] = [_PEER, [(shared, p)]]
                elif c[0] == _PEER:
                    c[1].append((shared, p))


class _Best:
    """The candidates scoring at least ``theta``, the ``k``-th best score seen so far."""

    def __init__(self, k: int):
        self.k, self.theta = k, -1.0
        self._scores: list = []  # min-heap of the k best scores
        self._rows: list = []

    def could_enter(self, high: float) -> bool:
        return high + MARGIN >= self.theta

    def add(self, score: float, u, v, rank: int, via: list) -> None:
        if not self.could_enter(score):
            return
        self._rows.append((-score, str(u), str(v), u, v, rank, via))
        scores = self._scores
        if len(scores) < self.k:
            heapq.heappush(scores, score)
        elif score > scores[0]:
            heapq.heapreplace(scores, score)
        if len(scores) == self.k and scores[0] > self.theta:
            self.theta = scores[0]
            if len(self._rows) > 8 * self.k + 64:  # drop what has fallen below the k-th best
                self._rows = [row for row in self._rows if -row[0] >= self.theta]

    def ranked(self) -> list[_Candidate]:
        self._rows.sort(key=lambda row: row[:3])
        return [_Candidate(u, v, _RULES[rank], list(via)) for *_, u, v, rank, via in self._rows[:self.k]]


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
        Filled with counts of what the bounds saved: ``starts`` (start nodes walked) of
        ``candidates_of`` (start nodes that could have leads), ``stopped_at`` (the first one
        skipped), ``scored`` and ``pruned`` candidates.

    Returns
    -------
    list of _Candidate
        Best first, each with ``u`` the end the exhaustive listing names first.
    """
    if k <= 0:
        return []
    reference = reference or reference_date(G)
    ix = _Index(G)
    types, typed, hdeg = ix.type, ix.typed, ix.hdegree
    source_set = set(G) if sources is None else {s for s in sources if s in G}
    w_s, w_t, w_e, w_r = (WEIGHTS[key] for key in ("structure", "type", "evidence", "recency"))
    rest = w_e + w_r  # evidence and recency are at most 1
    best_type = {t: max(type_compatibility(t, o) for o in
                        (COLLABORATOR_TYPES if t in COLLABORATOR_TYPES else LEAD_TYPES))
                 for t in COLLABORATOR_TYPES | PARTY_TYPES}

    bound = {}  # bound 1: the most any lead of a start node can score
    for u in source_set:
        t = types[u]
        if t in PARTY_TYPES:
            bound[u] = w_s + w_t * best_type[t] + rest
        elif t in COLLABORATOR_TYPES:
            ra_max = sum(1.0 / hdeg[x] for x in typed[u] if hdeg[x] > 1)
            bound[u] = w_s * _structure(ra_max) + w_t * best_type[t] + rest
    order = sorted(bound, key=lambda n: (-bound[n], str(n)))

    path_components = PathComponents(G, reference)
    compat: dict = {}
    best = _Best(k)
    walked = scored = pruned = 0
    stopped_at = None
    for u in order:
        if not best.could_enter(bound[u]):
            stopped_at = u
            break
        walked += 1
        tu, su = types[u], str(u)
        walk = _Walk(ix, u, hub_cap)
        peer_ra: dict = {}
        if tu in PARTY_TYPES:
            peers = walk.peers(ix, hub_cap)
            peer_ra = {p: walk.exact_ra(p) for p in peers}
            # bound 3: a peer-contact lead sums u's index with some of these peers
            if best.could_enter(w_s * _structure(PEER_DISCOUNT * sum(peer_ra.values()))
                                + w_t * best_type[tu] + rest):
                walk.add_peer_contacts(ix, peers, hub_cap)

        for v, (rank, via) in walk.found.items():
            if rank != _PEER and v in source_set and str(v) < su:
                continue  # scored from v, the end the exhaustive listing takes first
            t = compat.get((tu, types[v]))
            if t is None:
                t = compat[(tu, types[v])] = type_compatibility(tu, types[v])
            # bound 2: hubs add at most heavy_mass to the index; exact for peer contacts
            ra_high = (PEER_DISCOUNT * sum(peer_ra[p] for _, p in via) if rank == _PEER
                       else walk.ra.get(v, 0.0) + walk.heavy_mass)
            high = w_s * _structure(ra_high) + w_t * t
            if not best.could_enter(high + rest):
                pruned += 1
                continue
            e, r = path_components(_best_path_nodes(G, _Candidate(u, v, _RULES[rank], via), ix.degree))
            if not best.could_enter(high + w_e * e + w_r * r):
                pruned += 1
                continue
            raw = ra_high if rank == _PEER or not walk.heavy else walk.exact_ra(v)
            st = round(_structure(raw), 4)
            scored += 1
            best.add(round(sum((w_s * st, w_t * t, w_e * e, w_r * r)), 4), u, v, rank, via)

    if stats is not None:
        stats.update(starts=walked, candidates_of=len(order), stopped_at=stopped_at,
                     scored=scored, pruned=pruned)
    return best.ranked()
