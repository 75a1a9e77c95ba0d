"""Collaboration opportunities: the ones records state, and warm leads the graph suggests.

**Stated** opportunities are the ``collaborationOpportunity`` edges: the two parties, the
topics, every evidence sentence with its record and date. They always rank above inferred
ones.

**Inferred** leads are pairs of entities that are *not yet connected* but sit two typed
hops apart (three for peer contacts). Candidates come from three rules:

``shared-sector``
    both are active in (or run an initiative on) the same ``Sector``: a firm working on
    smart transportation and a university or a region's programme that works on it too.
``shared-contact``
    both met, visited, partnered, invested in, took part in or belong to the same
    firm, body, event or person: two organisations sharing partners.
``peer-contact``
    a place or public body ``u`` and a firm/organisation ``v`` that a *peer* of ``u`` (a
    place or body that shares at least one contact with ``u``) met, visited or partnered,
    but ``u`` has not.

Each candidate is scored from four documented components, each in [0, 1]:

``structure``  ``1 - exp(-2 * ra)`` where ``ra`` is networkx's resource allocation index of
               the pair on the *typed projection* (a simple undirected graph of contact and
               sector relations only: two firms both located in China share nothing), computed
               with ``ebunch`` = the candidate pairs. For ``peer-contact``, ``ra`` is the sum of
               the RA index between ``u`` and each peer that met ``v``, discounted by 0.8 for
               the extra hop. The Adamic–Adar index is reported beside it.
``type``       how naturally the two types collaborate (``TYPE_COMPATIBILITY``): firm–region
               1.0, firm–university 0.9, ... firm–firm 0.5.
``evidence``   ``1 - exp(-n / 2)``, n = distinct records behind the explaining hops.
``recency``    ``0.5 ** (years / 3)``: years between the latest hop date and the newest
               date in the graph (so a score does not drift with the calendar).

``score = 0.4 structure + 0.25 type + 0.2 evidence + 0.15 recency``. Every suggestion
carries its explanation: the hops of the path (relation, direction, evidence, records).

**Hubs.** An intermediate (shared sector or contact, a peer's shared contact, the peer
itself) with more than ``HUB_CAP`` (200) neighbours makes no lead: sharing a sector with
thousands of firms, or a firm that hundreds of delegations visited, says nothing specific
about a pair (the resource-allocation index would give it less than 1/200 anyway). Hubs
still count in the index of pairs found through something more specific. The rule is the
same for one entity and for the whole graph, so a lead has one score wherever it is listed.

**Whole graph.** The overall listing is the best ``limit`` leads of every entity's
candidates together, ranked as above: what a user asks for ("whom should anyone call
next?"), not the best few per entity. :func:`.leads.top_leads` finds exactly those without
scoring the millions of hopeless candidates of a large graph: upper bounds on each score
skip them, and start nodes are taken best bound first so the search can stop early.
``limit=None`` scores every candidate (the reference the tests compare with).

>>> import networkx as nx
>>> G = nx.MultiDiGraph(records={})
>>> for n, t in [("firm", "Firm"), ("uni", "University"), ("ai", "Sector")]:
...     G.add_node(n, label=n, type=t)
>>> ev = [{"text": "...", "record": "r1", "date": "2020-01-01", "topic": None}]
>>> for s in ("firm", "uni"):
...     _ = G.add_edge(s, "ai", key="activeIn", predicate="activeIn", count=1, evidence=ev,
...                    records=["r1"], last_date="2020-01-01")
>>> [(o.kind, o.rule, [p["id"] for p in o.parties]) for o in opportunities(G)]
[('inferred', 'shared-sector', ['firm', 'uni'])]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .paths import explain_hop

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

STATED = "collaborationOpportunity"
SECTOR_PREDICATES = frozenset({"activeIn", "participatesIn"})
CONTACT_PREDICATES = frozenset({"metWith", "visited", "partnerOf", "participatedIn", "participatesIn",
                                "investsIn", "collaborationOpportunity", "organisedBy",
                                "affiliatedWith", "subsidiaryOf", "acquired"})
LOCATION_PREDICATES = frozenset({"locatedIn", "headquarteredIn", "hasOfficeIn"})
TYPED_PREDICATES = SECTOR_PREDICATES | CONTACT_PREDICATES

COLLABORATOR_TYPES = frozenset({"Firm", "University", "Organisation", "GovernmentBody",
                                "Initiative", "Region", "City"})
CONTACT_TYPES = frozenset({"Firm", "University", "Organisation", "GovernmentBody", "Initiative",
                           "Region", "City", "Event", "Person"})
PARTY_TYPES = frozenset({"Region", "City", "GovernmentBody", "Country"})
LEAD_TYPES = frozenset({"Firm", "University", "Organisation"})

_PLACES = ("Region", "City", "GovernmentBody")
TYPE_COMPATIBILITY: dict[frozenset, float] = {
    **{frozenset({"Firm", p}): 1.0 for p in _PLACES},
    frozenset({"Firm", "University"}): 0.9,
    frozenset({"Firm", "Initiative"}): 0.8,
    frozenset({"University", "Initiative"}): 0.8,
    **{frozenset({"University", p}): 0.7 for p in _PLACES},
    frozenset({"University"}): 0.7,
    **{frozenset({a, b}): 0.6 for a in _PLACES for b in _PLACES},
    **{frozenset({"Initiative", p}): 0.6 for p in _PLACES},
    frozenset({"Firm", "Organisation"}): 0.6,
    frozenset({"Firm"}): 0.5,
    **{frozenset({"Organisation", t}): 0.5 for t in ("University", "Organisation", "Initiative", *_PLACES)},
}
DEFAULT_COMPATIBILITY = 0.3
WEIGHTS = {"structure": 0.4, "type": 0.25, "evidence": 0.2, "recency": 0.15}
PEER_DISCOUNT = 0.8
RECENCY_HALF_LIFE_YEARS = 3.0
HUB_CAP = 200  # an intermediate with more neighbours is too general to suggest a lead
_RULE_ORDER = {"shared-contact": 0, "shared-sector": 1, "peer-contact": 2}  # strongest first


@dataclass
class Opportunity:
    kind: str  # "stated" or "inferred"
    rule: str  # "stated", "shared-sector", "shared-contact", "peer-contact"
    parties: list[dict]
    score: float
    components: dict[str, float] = field(default_factory=dict)
    topics: list[str] = field(default_factory=list)
    why: str = ""
    path: list[dict] = field(default_factory=list)
    via: list[dict] = field(default_factory=list)
    evidence: list[dict] = field(default_factory=list)
    records: list[str] = field(default_factory=list)
    date: str | None = None

    def to_dict(self) -> dict:
        return {"kind": self.kind, "rule": self.rule, "score": self.score,
                "components": self.components, "parties": self.parties, "topics": self.topics,
                "why": self.why, "path": self.path, "via": self.via, "evidence": self.evidence,
                "records": self.records, "date": self.date}


# -- scoring components (pure, tested on their own) ---------------------------------------

def type_compatibility(a: str | None, b: str | None) -> float:
    """How naturally two entity types collaborate, 0..1 (``TYPE_COMPATIBILITY``).

    >>> type_compatibility("Firm", "Region"), type_compatibility("Region", "Firm")
    (1.0, 1.0)
    >>> type_compatibility("Person", "Sector")
    0.3
    """
    return TYPE_COMPATIBILITY.get(frozenset({a, b}), DEFAULT_COMPATIBILITY)


def structure_score(ra: float) -> float:
    """Resource-allocation index squashed into 0..1: ``1 - exp(-2 ra)``.

    >>> structure_score(0.0), round(structure_score(0.5), 3)
    (0.0, 0.632)
    """
    return 1.0 - math.exp(-2.0 * ra)


def evidence_score(n_records: int) -> float:
    """``1 - exp(-n / 2)`` for n distinct supporting records.

    >>> round(evidence_score(1), 3), round(evidence_score(4), 3)
    (0.393, 0.865)
    """
    return 1.0 - math.exp(-n_records / 2.0)


def _year(date: str | None) -> float | None:
    if not date:
        return None
    try:
        parts = [int(p) for p in date[:10].split("-")]
    except ValueError:
        return None
    year, month, day = (parts + [6, 15])[:3] if len(parts) == 1 else (parts + [15])[:3]
    return year + (month - 1) / 12 + (day - 1) / 365


def recency_score(date: str | None, reference: str | None) -> float:
    """``0.5 ** (years / 3)`` between ``date`` and ``reference``; 0 when undated.

    >>> recency_score("2020-03-11", "2020-03-11"), recency_score("2017-03-11", "2020-03-11")
    (1.0, 0.5)
    >>> recency_score(None, "2020")
    0.0
    """
    d, ref = _year(date), _year(reference)
    if d is None:
        return 0.0
    years = max(0.0, (ref - d) if ref is not None else 0.0)
    return round(0.5 ** (years / RECENCY_HALF_LIFE_YEARS), 6)


def combined_score(components: dict[str, float]) -> float:
    """The weighted sum of ``WEIGHTS``, rounded to 4 places.

    >>> combined_score({"structure": 1, "type": 1, "evidence": 1, "recency": 1})
    1.0
    """
    return round(sum(WEIGHTS[k] * components.get(k, 0.0) for k in WEIGHTS), 4)


# -- graph helpers --------------------------------------------------------------------------

def _typed_neighbours(G: nx.Graph, n) -> dict:
    """Neighbour → set of predicates between them (either direction)."""
    out: dict = {}
    if G.is_multigraph():
        for nbr, keys in G._succ[n].items():
            out.setdefault(nbr, set()).update(keys)
        if G.is_directed():
            for nbr, keys in G._pred[n].items():
                out.setdefault(nbr, set()).update(keys)
    else:
        for nbr, data in G._adj[n].items():
            out.setdefault(nbr, set()).add(data.get("predicate", "related"))
        if G.is_directed():
            for nbr, data in G._pred[n].items():
                out.setdefault(nbr, set()).add(data.get("predicate", "related"))
    return out


def _connected(G: nx.Graph, u, v) -> bool:
    return G.has_edge(u, v) or (G.is_directed() and G.has_edge(v, u))


def typed_projection(G: nx.Graph, around: Iterable | None = None) -> nx.Graph:
    """A simple undirected graph of contact and sector relations only.

    With ``around``, only the edges touching those nodes (enough for exact link-prediction
    indices between any of them and their 2-hop candidates: a common neighbour's degree
    counts all of its typed edges).
    """
    import networkx as nx

    H = nx.Graph()
    nodes = G.nodes if around is None else around
    for n in nodes:
        for nbr, preds in _typed_neighbours(G, n).items():
            if preds & TYPED_PREDICATES and nbr != n:
                H.add_edge(n, nbr)
    return H


def region_members(G: nx.Graph, region) -> set:
    """The region and what lies in it: places, organisations located, headquartered or with an
    office there (up to three levels: firm → city → region), and initiatives they run."""
    members = {region}
    frontier = [region]
    for _ in range(3):
        nxt = []
        for place in frontier:
            for nbr in (G._pred[place] if G.is_directed() else G._adj[place]):
                if nbr in members:
                    continue
                keys = G._pred[place][nbr] if G.is_directed() else G._adj[place][nbr]
                keys = set(keys) if G.is_multigraph() else {keys.get("predicate")}
                if keys & LOCATION_PREDICATES:
                    members.add(nbr)
                    nxt.append(nbr)
        frontier = nxt
    for m in list(members):
        for nbr, preds in _typed_neighbours(G, m).items():
            if G.nodes[nbr].get("type") == "Initiative" and "participatesIn" in preds:
                members.add(nbr)
    return members


def reference_date(G: nx.Graph) -> str | None:
    """The newest record date in the graph (the 'now' of recency scores)."""
    dates = [r.get("date") for r in G.graph.get("records", {}).values() if r.get("date")]
    if not dates:
        dates = [d.get("last_date") for _, _, d in G.edges(data=True) if d.get("last_date")]
    return max(dates) if dates else None


# -- stated ---------------------------------------------------------------------------------

def _party(G: nx.Graph, n) -> dict:
    data = G.nodes[n]
    return {"id": n, "label": data.get("label", n), "type": data.get("type")}


def stated_opportunities(G: nx.Graph, *, focus=None, members: set | None = None,
                         reference: str | None = None) -> list[Opportunity]:
    """Every ``collaborationOpportunity`` edge, with topics, evidence, records and date.

    ``focus``: only those involving this node; ``members``: only those with a party in the set
    (with ``focus``: the *other* party in the set).
    """
    reference = reference or reference_date(G)
    out = []
    for u, v, data in _stated_edges(G, focus):
        if focus is not None and v == focus:
            u, v = v, u
        if members is not None:
            if focus is not None and v not in members:
                continue
            if focus is None and u not in members and v not in members:
                continue
        evidence = sorted(data.get("evidence", []), key=lambda e: e.get("date") or "", reverse=True)
        topics = sorted({e["topic"] for e in evidence if e.get("topic")})
        date = data.get("last_date")
        comps = {"structure": 1.0, "type": type_compatibility(G.nodes[u].get("type"), G.nodes[v].get("type")),
                 "evidence": round(evidence_score(data.get("count", 1)), 4),
                 "recency": recency_score(date, reference)}
        hop = explain_hop(G, u, v, prefer={STATED}, evidence_limit=len(evidence))
        topic_text = f" on {', '.join(topics)}" if topics else ""
        out.append(Opportunity(
            kind="stated", rule="stated", parties=[_party(G, u), _party(G, v)],
            score=combined_score(comps), components=comps, topics=topics,
            why=f"{G.nodes[u].get('label', u)} and {G.nodes[v].get('label', v)}: a collaboration "
                f"opportunity{topic_text} named in {data.get('count', 1)} record(s)",
            path=[hop], evidence=evidence, records=list(data.get("records", [])), date=date))
    out.sort(key=lambda o: (-o.score, o.parties[0]["label"], o.parties[1]["label"]))
    return out


def _stated_edges(G: nx.Graph, focus):
    if focus is None:
        for u, v, k, d in G.edges(keys=True, data=True) if G.is_multigraph() else (
                (u, v, d.get("predicate"), d) for u, v, d in G.edges(data=True)):
            if k == STATED:
                yield u, v, d
        return
    for nbr, preds in _typed_neighbours(G, focus).items():
        if STATED in preds:
            for a, b in ((focus, nbr), (nbr, focus)):
                if G.has_edge(a, b) and (not G.is_multigraph() or G.has_edge(a, b, key=STATED)):
                    yield a, b, (G.edges[a, b, STATED] if G.is_multigraph() else G.edges[a, b])
                    break


# -- inferred -------------------------------------------------------------------------------

@dataclass
class _Candidate:
    u: object
    v: object
    rule: str
    via: list = field(default_factory=list)  # intermediates: w, or (w, peer) for peer-contact
    nodes: list | None = None  # the explaining path, once chosen


def candidates_for(G: nx.Graph, u, *, hub_cap: int = HUB_CAP,
                   nbrs_cache: dict | None = None) -> dict:
    """Typed 2-hop (and peer 3-hop) candidates for ``u``: {v: _Candidate}, not yet connected.

    A candidate found by several rules keeps the strongest rule (shared-contact, then
    shared-sector, then peer-contact) and all its intermediates.
    """
    cache = nbrs_cache if nbrs_cache is not None else {}

    def nbrs(n):
        out = cache.get(n)
        if out is None:
            out = cache[n] = _typed_neighbours(G, n)
        return out

    types = G._node  # node -> attribute dict (G.nodes[n] without the view's overhead)
    tu = types[u].get("type")
    found: dict = {}
    if tu not in COLLABORATOR_TYPES and tu not in PARTY_TYPES:
        return found
    mine = nbrs(u)
    rank = _RULE_ORDER

    def add(v, rule, via):
        if v == u or v in mine or types[v].get("type") not in COLLABORATOR_TYPES:
            return
        c = found.get(v)
        if c is None or rank[rule] < rank[c.rule]:
            found[v] = c = _Candidate(u, v, rule, [])
        if c.rule == rule:
            c.via.append(via)

    if tu in COLLABORATOR_TYPES:
        for w, preds in mine.items():
            tw = types[w].get("type")
            if tw == "Sector" and not preds.isdisjoint(SECTOR_PREDICATES):
                rule, allowed = "shared-sector", SECTOR_PREDICATES
            elif tw in CONTACT_TYPES and not preds.isdisjoint(CONTACT_PREDICATES):
                rule, allowed = "shared-contact", CONTACT_PREDICATES
            else:
                continue
            w_nbrs = nbrs(w)
            if len(w_nbrs) > hub_cap:
                continue
            for v, vpreds in w_nbrs.items():
                if not vpreds.isdisjoint(allowed):
                    add(v, rule, w)

    if tu in PARTY_TYPES:
        # a list in adjacency order (not a set): which shared contact is recorded for a peer
        # must not depend on string hashing, which changes from one process to the next
        contacts = [w for w, p in mine.items() if not p.isdisjoint(CONTACT_PREDICATES)
                    and types[w].get("type") in LEAD_TYPES]
        peers: dict = {}
        for w in contacts:
            w_nbrs = nbrs(w)
            if len(w_nbrs) > hub_cap:
                continue
            for p, preds in w_nbrs.items():
                if p != u and not preds.isdisjoint(CONTACT_PREDICATES) and types[p].get("type") in PARTY_TYPES:
                    peers.setdefault(p, w)
        for p, shared in peers.items():
            p_nbrs = nbrs(p)
            if len(p_nbrs) > hub_cap:
                continue
            for v, preds in p_nbrs.items():
                if not preds.isdisjoint(CONTACT_PREDICATES) and types[v].get("type") in LEAD_TYPES:
                    add(v, "peer-contact", (shared, p))
    return found


def _score_candidates(G: nx.Graph, cands: list[_Candidate], reference: str | None,
                      H: nx.Graph | None = None, nbrs_cache: dict | None = None,
                      limit: int | None = None) -> list[tuple[float, dict, _Candidate]]:
    """Components and score of each candidate; link prediction runs once over all pairs.

    Everything a score needs but that many candidates share is computed once: each hop's
    records and latest date, each node's degree, the recency of each date, the evidence
    score of each record count, the compatibility of each type pair. With ``limit``, only
    the ``limit`` best are returned, ranked (score, then the parties' ids), and only they get
    a components dict; otherwise every candidate, in the given order.
    """
    import heapq

    import networkx as nx

    if H is None:
        around = set()
        for c in cands:
            around.add(c.u)
            around.update(w if c.rule != "peer-contact" else w[0] for w in c.via)
        for u in {c.u for c in cands}:
            around.update(_typed_neighbours(G, u))
        H = typed_projection(G, around)
    pairs = set()
    for c in cands:
        if c.rule == "peer-contact":
            pairs.update((c.u, peer) for _, peer in c.via)
        else:
            pairs.add((c.u, c.v))
    pairs = [(a, b) for a, b in pairs if a in H and b in H]
    ra = {(a, b): s for a, b, s in nx.resource_allocation_index(H, pairs)}
    aa = {(a, b): s for a, b, s in nx.adamic_adar_index(H, pairs)}

    degrees: dict = {}
    if nbrs_cache:
        degrees.update((n, len(nb)) for n, nb in nbrs_cache.items())
    path_components = PathComponents(G, reference)
    compat: dict = {}
    nodes = G.nodes
    w_s, w_t, w_e, w_r = (WEIGHTS[k] for k in ("structure", "type", "evidence", "recency"))
    assert list(WEIGHTS) == ["structure", "type", "evidence", "recency"]  # summation order

    rows = []
    for c in cands:
        if c.rule == "peer-contact":
            raw_ra = PEER_DISCOUNT * sum(ra.get((c.u, peer), 0.0) for _, peer in c.via)
            raw_aa = PEER_DISCOUNT * sum(aa.get((c.u, peer), 0.0) for _, peer in c.via)
        else:
            raw_ra, raw_aa = ra.get((c.u, c.v), 0.0), aa.get((c.u, c.v), 0.0)
        c.nodes = _best_path_nodes(G, c, degrees)
        e, r = path_components(c.nodes)
        types = (nodes[c.u].get("type"), nodes[c.v].get("type"))
        t = compat.get(types)
        if t is None:
            t = compat[types] = type_compatibility(*types)
        st = round(structure_score(raw_ra), 4)
        # same products, same order as combined_score: the same float
        score = round(sum((w_s * st, w_t * t, w_e * e, w_r * r)), 4)
        rows.append((score, st, raw_ra, raw_aa, t, e, r, c))

    if limit is not None:
        if len(rows) > limit:  # only rows scoring at least the limit-th best can make the cut
            floor = heapq.nlargest(limit, (row[0] for row in rows))[-1]
            rows = [row for row in rows if row[0] >= floor]
        rows.sort(key=lambda row: (-row[0], str(row[7].u), str(row[7].v)))
        rows = rows[:limit]
    return [(score, {"structure": st, "resource_allocation": round(raw_ra, 4),
                     "adamic_adar": round(raw_aa, 4), "type": t, "evidence": e, "recency": r}, c)
            for score, st, raw_ra, raw_aa, t, e, r, c in rows]


class PathComponents:
    """``(evidence, recency)`` components of an explaining path (a list of nodes).

    Evidence counts the distinct records behind the path's hops, recency takes the latest
    hop date. Each hop's records and date, each count's and each date's component are
    computed once, since many candidates share them.
    """

    def __init__(self, G: nx.Graph, reference: str | None):
        self.G, self.reference = G, reference
        self._hops: dict = {}  # (a, b) -> (records, latest date) over every edge between a and b
        self._evidence: dict = {}
        self._recency: dict = {}

    def hop(self, a, b) -> tuple[set, str | None]:
        info = self._hops.get((a, b))
        if info is None:
            records, latest = set(), None
            for data in _edge_datas(self.G, a, b):
                records.update(data.get("records", []))
                d = data.get("last_date")
                if d and (latest is None or d > latest):
                    latest = d
            info = self._hops[(a, b)] = self._hops[(b, a)] = (records, latest)
        return info

    def __call__(self, path: list) -> tuple[float, float]:
        if len(path) == 3:
            (r1, d1), (r2, d2) = self.hop(path[0], path[1]), self.hop(path[1], path[2])
            n_records = len(r1 | r2) if r1 and r2 else len(r1) + len(r2)
            date = d1 if d2 is None or (d1 is not None and d1 >= d2) else d2
        else:
            records, date = set(), None
            for x, y in zip(path, path[1:]):
                r, d = self.hop(x, y)
                records |= r
                if d is not None and (date is None or d > date):
                    date = d
            n_records = len(records)
        e = self._evidence.get(n_records)
        if e is None:
            e = self._evidence[n_records] = round(evidence_score(n_records), 4)
        r = self._recency.get(date)
        if r is None:
            r = self._recency[date] = recency_score(date, self.reference)
        return e, r


def _edge_datas(G: nx.Graph, a, b) -> list[dict]:
    out = []
    for x, y in ((a, b), (b, a)):
        if G.has_edge(x, y):
            out.extend(G[x][y].values() if G.is_multigraph() else [G[x][y]])
    return out


def _best_path_nodes(G: nx.Graph, c: _Candidate, degrees: dict | None = None) -> list:
    """The explaining path through the most specific intermediate (fewest neighbours)."""
    degrees = degrees if degrees is not None else {}

    def degree(n):
        if n not in degrees:
            degrees[n] = len(_typed_neighbours(G, n))
        return degrees[n]

    if c.rule == "peer-contact":
        shared, peer = c.via[0] if len(c.via) == 1 else min(c.via, key=lambda wp: (degree(wp[1]), str(wp)))
        return [c.u, shared, peer, c.v]
    w = c.via[0] if len(c.via) == 1 else min(c.via, key=lambda n: (degree(n), str(n)))
    return [c.u, w, c.v]


def _explain(G: nx.Graph, score: float, comps: dict, c: _Candidate) -> Opportunity:
    nodes = c.nodes or _best_path_nodes(G, c)
    prefer = SECTOR_PREDICATES if c.rule == "shared-sector" else CONTACT_PREDICATES
    path = [explain_hop(G, a, b, prefer=prefer) for a, b in zip(nodes, nodes[1:])]
    label = lambda n: G.nodes[n].get("label", n)  # noqa: E731
    if c.rule == "shared-sector":
        sectors = sorted({label(w) for w in c.via})
        why = f"both work on {', '.join(sectors)}"
        topics = sectors
    elif c.rule == "shared-contact":
        why = f"both connected to {', '.join(sorted({label(w) for w in c.via})[:5])}"
        topics = []
    else:
        peers = sorted({label(p) for _, p in c.via})
        why = (f"peer{'s' if len(peers) > 1 else ''} {', '.join(peers[:5])} met "
               f"{label(c.v)}; {label(c.u)} has not")
        topics = []
    via = ([_party(G, w) for w in c.via] if c.rule != "peer-contact"
           else [_party(G, p) for p in dict.fromkeys(p for _, p in c.via)])
    evidence = [ev for hop in path for ev in hop["evidence"][:1]]
    records = list(dict.fromkeys(r for hop in path for r in hop["records"]))
    dates = [h["last_date"] for h in path if h["last_date"]]
    return Opportunity(kind="inferred", rule=c.rule, parties=[_party(G, c.u), _party(G, c.v)],
                       score=score, components=comps, topics=topics, why=why, path=path, via=via,
                       evidence=evidence, records=records, date=max(dates) if dates else None)


def inferred_opportunities(G: nx.Graph, *, focus=None, members: set | None = None,
                           limit: int | None = 20, reference: str | None = None,
                           hub_cap: int | None = None) -> list[Opportunity]:
    """Warm leads: typed candidate pairs not yet connected, scored and explained, best first.

    ``focus``: leads for this node. ``members``: without ``focus``, leads from these nodes
    (e.g. ``region_members``); with it, leads whose other party is in the set.
    ``hub_cap``: intermediates with more neighbours make no lead (default ``HUB_CAP``, the
    same for one entity and for the whole graph, so a lead scores the same in both).
    ``limit``: how many (None: every lead). Without ``focus`` the best ``limit`` are found
    by :func:`.leads.top_leads`, exactly the first ``limit`` of the exhaustive listing.
    """
    reference = reference or reference_date(G)
    hub_cap = hub_cap or HUB_CAP
    cache: dict = {}
    if focus is not None:
        found = candidates_for(G, focus, hub_cap=hub_cap, nbrs_cache=cache)
        cands = [c for v, c in found.items() if members is None or v in members]
    elif limit:
        from .leads import top_leads

        cands = top_leads(G, limit, sources=members, hub_cap=hub_cap, reference=reference)
        cache = None
    else:
        sources = members if members is not None else G.nodes
        seen: dict = {}
        for u in sorted(sources, key=str):
            for v, c in candidates_for(G, u, hub_cap=hub_cap, nbrs_cache=cache).items():
                key = (u, v) if str(u) <= str(v) else (v, u)
                if key not in seen or _RULE_ORDER[c.rule] < _RULE_ORDER[seen[key].rule]:
                    seen[key] = c
        cands = list(seen.values())
    if not cands:
        return []
    chosen = _score_candidates(G, cands, reference, nbrs_cache=cache, limit=limit or None)
    if not limit:
        chosen.sort(key=lambda item: (-item[0], str(item[2].u), str(item[2].v)))
    return [_explain(G, score, comps, c) for score, comps, c in chosen]


def opportunities(G: nx.Graph, *, focus=None, region=None, limit: int | None = 20,
                  hub_cap: int | None = None) -> list[Opportunity]:
    """Stated opportunities, then inferred leads, at most ``limit`` in all.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        The projection (``to_networkx``).
    focus : node, optional
        Only opportunities involving this entity.
    region : node, optional
        Only opportunities involving the region or what lies in it (``region_members``);
        with ``focus``, the other party must be in the region.
    limit : int, optional
        How many in all (None: every stated one and every inferred one).
    """
    members = region_members(G, region) if region is not None else None
    reference = reference_date(G)
    stated = stated_opportunities(G, focus=focus, members=members, reference=reference)
    if limit is not None and len(stated) >= limit:
        return stated[:limit]
    rest = None if limit is None else limit - len(stated)
    inferred = inferred_opportunities(G, focus=focus, members=members, limit=rest,
                                      reference=reference, hub_cap=hub_cap)
    return stated + inferred
