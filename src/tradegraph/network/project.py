"""Project the store's RDF into a networkx graph: the input of every analysis and page.

``to_networkx(store)`` asks the store a handful of bulk SELECTs (entities, aliases,
identifiers, records, facts, assertions) and folds the answers into a
``networkx.MultiDiGraph``. The attribute names below are a contract: the analytics here and
the pages (``render``) read them.

Nodes — key: the entity IRI (``https://w3id.org/tradegraph/id/firm/hisense``)

==============  ======================================================================
``label``       the preferred name (``skos:prefLabel``)
``type``        the data model's type: ``Firm``, ``City``, ``Region``, ...
``aliases``     list of other names (``skos:altLabel``), sorted
``identifiers`` dict: ``geonames`` (the GeoNames IRI), ``iso3166`` (country code)
``facts``       list of dicts: ``property``, ``value``, ``unit``, ``qualifier``, ``date``
                (the fact's own date), ``text`` (evidence), ``record``, ``record_date``
==============  ======================================================================

Edges — ``(subject IRI, object IRI, key)`` where the key is the predicate's local name
(``headquarteredIn``), so there is at most one edge per predicate and direction.
Symmetric predicates (``metWith``, ``partnerOf``, ``collaborationOpportunity``) appear once
per pair, from the smaller IRI to the larger, with ``symmetric=True``.

==============  ======================================================================
``predicate``   the predicate's local name (same as the key)
``symmetric``   True for the symmetric predicates
``count``       number of distinct records that support the edge
``records``     list of record IRIs, oldest first (undated last)
``titles``      list of record titles, aligned with ``records``
``first_date``  earliest record date (ISO text, may be a year or year-month), or None
``last_date``   latest record date, or None
``evidence``    list of dicts: ``text``, ``record``, ``title``, ``date``, ``source``,
                ``method``, ``role``, ``topic``, ``confidence``
==============  ======================================================================

Graph attributes: ``G.graph["records"]`` maps each record IRI to its ``title``, ``date`` and
``source``; ``G.graph["since"]`` is the cut-off the projection used.

``to_weighted_graph(G)`` turns the projection into a simple undirected ``networkx.Graph``
(``weight`` = summed ``count`` over every predicate between the pair, ``predicates`` =
sorted list of them) for algorithms that want one (betweenness, Louvain, link prediction).

>>> import networkx as nx
>>> G = nx.MultiDiGraph()
>>> G.add_node("a", label="A", type="Firm"); G.add_node("b", label="B", type="City")
>>> _ = G.add_edge("a", "b", key="hasOfficeIn", predicate="hasOfficeIn", count=2)
>>> _ = G.add_edge("b", "a", key="visited", predicate="visited", count=1)
>>> H = to_weighted_graph(G)
>>> H["a"]["b"]["weight"], H["a"]["b"]["predicates"]
(3, ['hasOfficeIn', 'visited'])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from ..lookup import PREFIXES, _local
from ..model import ENTITY_TYPES, SYMMETRIC_PREDICATES
from ..store.base import Store

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

TG = "https://w3id.org/tradegraph/ns#"
PAGE_SIZE = 10_000  # remote endpoints cut results silently (Virtuoso's ResultSetMaxRows)

# The default graph is the union of the record graphs, and it repeats a triple once per record
# that holds it: joining two such patterns (an entity's type and its label) multiplies the
# repeats (n records mentioning a firm gave n x n rows). So each join either has one side
# made distinct first (entities), or stays inside one record graph, where the statement
# nodes of assertions and facts live (their IRIs are per record, the graph names the record).
_TYPES = " ".join(f"tg:{t}" for t in ENTITY_TYPES)
Q_ENTITIES = f"""SELECT DISTINCT ?e ?type ?label WHERE {{
  {{ SELECT DISTINCT ?e ?type WHERE {{ VALUES ?type {{ {_TYPES} }} ?e a ?type }} }}
  ?e skos:prefLabel ?label
}}"""
Q_ALIASES = "SELECT DISTINCT ?e ?alias WHERE { ?e skos:altLabel ?alias }"
Q_IDENTIFIERS = """SELECT DISTINCT ?e ?same ?iso WHERE {
  { ?e owl:sameAs ?same } UNION { ?e tg:isoCode ?iso }
}"""
Q_RECORDS = """SELECT DISTINCT ?r ?title ?date ?source WHERE {
  ?r a tg:Record .
  OPTIONAL { ?r dct:title ?title } OPTIONAL { ?r dct:date ?date } OPTIONAL { ?r dct:source ?source }
}"""
Q_FACTS = """SELECT ?e ?prop ?value ?unit ?qualifier ?fdate ?text ?rec WHERE { GRAPH ?rec {
  ?f tg:about ?e ; tg:factProperty ?prop ; rdf:value ?value .
  OPTIONAL { ?f tg:evidenceText ?text } OPTIONAL { ?f tg:unit ?unit }
  OPTIONAL { ?f tg:qualifier ?qualifier } OPTIONAL { ?f tg:factDate ?fdate }
} }"""
Q_ASSERTIONS = """SELECT ?s ?p ?o ?rec ?text ?method ?role ?topic ?conf WHERE { GRAPH ?rec {
  ?a rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?a tg:evidenceText ?text } OPTIONAL { ?a tg:method ?method }
  OPTIONAL { ?a tg:role ?role } OPTIONAL { ?a tg:topic ?topic } OPTIONAL { ?a tg:confidence ?conf }
} }"""


def _select(store: Store, sparql: str, order: str) -> list[tuple]:
    """All rows of a SELECT; paged with LIMIT/OFFSET on remote endpoints, whole otherwise.

    ``order`` (``"?e ?type"``, variables of the pattern, projected or not) must order the
    rows totally, or pages could overlap.
    """
    query = PREFIXES + sparql
    if not str(getattr(store, "location", "")).startswith(("http://", "https://")):
        return store.query(query).rows
    rows: list[tuple] = []
    offset = 0
    while True:
        page = store.query(f"{query} ORDER BY {order} LIMIT {PAGE_SIZE} OFFSET {offset}").rows
        rows.extend(page)
        if len(page) < PAGE_SIZE:
            return rows
        offset += PAGE_SIZE


def _v(term) -> str | None:
    return None if term is None else term.value


def _date_key(date: str | None) -> tuple[int, str]:
    return (1, "") if date is None else (0, date)


def to_networkx(store: Store, *, since: str | None = None,
                types: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The store's entities and relations as a ``MultiDiGraph`` (attributes: module docstring).

    Parameters
    ----------
    store : Store
        Any backend; six bulk queries, independent of the graph's size.
    since : str, optional
        ISO date, year-month or year: keep only evidence from records dated on or after it
        (undated records are dropped too). Nodes stay, so a name still resolves.
    types : iterable of str, optional
        Keep only entities of these types (``{"Firm", "Region"}``) and the edges between them.
    """
    import networkx as nx

    wanted = set(types) if types else None
    G = nx.MultiDiGraph(since=since)

    records: dict[str, dict] = {}
    for r, title, date, source in _select(store, Q_RECORDS, "?r"):
        records[r.value] = {"title": _v(title), "date": _v(date), "source": _v(source)}
    G.graph["records"] = records

    # Rows are sorted, so every backend (whatever order it answers in) gives the same graph,
    # node and edge order included: seeded algorithms (Louvain) depend on that order.
    for e, typ, label in _by_value(_select(store, Q_ENTITIES, "?e ?type ?label"), 0, 1, 2):
        t = _local(typ.value)
        if wanted and t not in wanted:
            continue
        if e.value not in G:  # one label and type per entity: the first in sorted order
            G.add_node(e.value, label=label.value, type=t, aliases=[], identifiers={}, facts=[])
    for e, alias in _select(store, Q_ALIASES, "?e ?alias"):
        node = G.nodes.get(e.value)
        if node is not None and alias.value != node["label"] and alias.value not in node["aliases"]:
            node["aliases"].append(alias.value)
    for data in G.nodes.values():
        data["aliases"].sort()
    for e, same, iso in _select(store, Q_IDENTIFIERS, "?e ?same ?iso"):
        node = G.nodes.get(e.value)
        if node is None:
            continue
        if same is not None:
            node["identifiers"]["geonames"] = same.value
        if iso is not None:
            node["identifiers"]["iso3166"] = iso.value
    for e, prop, value, unit, qualifier, fdate, text, rec in _by_value(
            _select(store, Q_FACTS, "?f ?rec"), 0, 7, 1, 6, 2):
        node = G.nodes.get(e.value)
        rec_date = records.get(rec.value, {}).get("date")
        if node is None or not _recent(rec_date, since):
            continue
        node["facts"].append({
            "property": _local(prop.value), "value": value.python(), "unit": _v(unit),
            "qualifier": _v(qualifier), "date": _v(fdate), "text": _v(text),
            "record": rec.value, "record_date": rec_date})
    for data in G.nodes.values():
        data["facts"].sort(key=lambda f: (f["property"], _date_key(f["record_date"])))

    for s, p, o, rec, text, method, role, topic, conf in _by_value(
            _select(store, Q_ASSERTIONS, "?a ?rec"), 0, 2, 1, 3, 4, 6, 7):
        s, o, pred = s.value, o.value, _local(p.value)
        if s not in G or o not in G:
            continue
        meta = records.get(rec.value, {})
        if not _recent(meta.get("date"), since):
            continue
        symmetric = pred in SYMMETRIC_PREDICATES
        if symmetric and o < s:
            s, o = o, s
        if not G.has_edge(s, o, key=pred):
            G.add_edge(s, o, key=pred, predicate=pred, symmetric=symmetric, evidence=[])
        G.edges[s, o, pred]["evidence"].append({
            "text": _v(text), "record": rec.value, "title": meta.get("title"),
            "date": meta.get("date"), "source": meta.get("source"), "method": _v(method),
            "role": _v(role), "topic": _v(topic),
            "confidence": conf.python() if conf is not None else None})

    for _, _, data in G.edges(data=True):
        _summarise_edge(data)
    return G


def _by_value(rows: list[tuple], *columns: int) -> list[tuple]:
    """``rows`` sorted by the text of the given columns (an unbound value sorts first)."""
    return sorted(rows, key=lambda row: tuple("" if row[i] is None else row[i].value for i in columns))


def _recent(date: str | None, since: str | None) -> bool:
    return since is None or (date is not None and date >= since)


def _summarise_edge(data: dict) -> None:
    """Fill ``records``, ``titles``, ``count`` and dates from an edge's evidence list."""
    data["evidence"].sort(key=lambda ev: (_date_key(ev["date"]), ev["record"], ev["text"] or ""))
    seen: dict[str, dict] = {}
    for ev in data["evidence"]:
        seen.setdefault(ev["record"], ev)
    data["records"] = list(seen)
    data["titles"] = [ev["title"] for ev in seen.values()]
    data["count"] = len(seen)
    dates = sorted(ev["date"] for ev in seen.values() if ev["date"])
    data["first_date"] = dates[0] if dates else None
    data["last_date"] = dates[-1] if dates else None


def to_weighted_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """A simple undirected graph: one edge per connected pair, ``weight`` = summed counts.

    Node attributes ``label`` and ``type`` are kept; edge ``predicates`` lists the predicates
    between the pair. Self-loops are dropped.
    """
    import networkx as nx

    H = nx.Graph()
    H.add_nodes_from((n, {"label": d.get("label", n), "type": d.get("type")})
                     for n, d in G.nodes(data=True))
    # Fold every edge into one dict per unordered pair (first seen first), then write the
    # adjacency in one go: the same nodes, edges, order and attributes as adding them one
    # by one with has_edge/add_edge, at a fraction of the cost.
    pairs: dict = {}
    get = pairs.get
    multi = G.is_multigraph()
    edges = G.edges(keys=True, data="count", default=1) if multi else \
        ((u, v, d.get("predicate", "related"), d.get("count", 1)) for u, v, d in G.edges(data=True))
    for u, v, key, count in edges:
        if u == v:
            continue
        edge = get((u, v)) or get((v, u))
        if edge is None:
            pairs[(u, v)] = {"weight": count, "predicates": [key]}
        else:
            edge["weight"] += count
            if key not in edge["predicates"]:
                edge["predicates"] = sorted([*edge["predicates"], key])
    adj = H._adj
    for (u, v), edge in pairs.items():
        adj[u][v] = edge
        adj[v][u] = edge
    return H


def as_int_graph(H: nx.Graph) -> tuple[nx.Graph, list]:
    """``H`` with nodes 0..n-1 (in ``H``'s order) and only edge ``weight``, plus the names.

    Same node and adjacency order as ``nx.convert_node_labels_to_integers(H)``, so seeded
    algorithms (Louvain, sampled betweenness) give the same answers, faster: small ints
    hash and compare faster than long IRIs, and no attribute dicts are copied.
    """
    import networkx as nx

    names = list(H)
    index = {n: i for i, n in enumerate(names)}
    I = nx.Graph()
    I.add_nodes_from(range(len(names)))
    I.add_weighted_edges_from((index[u], index[v], w) for u, v, w in H.edges(data="weight", default=1))
    return I, names


def as_simple(G: nx.Graph) -> nx.Graph:
    """``G`` itself if it is already simple and undirected, else ``to_weighted_graph(G)``."""
    if G.is_multigraph() or G.is_directed():
        return to_weighted_graph(G)
    return G
