"""The embedded store's entity index: one copy of what the records say about entities'
types, names and places.

Every record graph repeats the entities it mentions (a city named in 5,000 records is typed
and labelled 5,000 times), so a question about distinct entities over the union of graphs
reads every copy: counting entities by type took 10 s at 100,000 records, and the firms in a
place 24 s. The embedded store therefore keeps the union of these triples, each once, in
its default graph (the unnamed one, which no ``GRAPH ?g`` pattern sees and whose triples
are all in record graphs too, so the union that queries see is unchanged):

* ``?e rdf:type ?class`` for the data model's entity classes;
* ``?e skos:prefLabel ?label`` and ``?e tg:nameKey ?key``;
* the place relations ``tg:locatedIn``, ``tg:headquarteredIn`` and ``tg:hasOfficeIn``;

always with an entity (``id:``) as subject. The invariant, kept on every write: the index
holds exactly the triples of this kind that at least one record graph holds. A record's
graph and its index changes go in one transaction, so a crash never leaves them out of step.

A query that reads nothing else (no ``GRAPH``, no provenance) may say so with
``# @over entity-index``: the embedded store then answers it over the index alone. It is
written to be right over the union of record graphs as well, which is what a remote
endpoint answers it over (its own engine, its own indexes).

Plain strings only: the store package stays free of rdflib (the cold ``firm`` path).
"""

from __future__ import annotations

from . import base

# An empty named graph, created with the index: tells a store with no entity yet from one
# written before the index existed (which is then indexed once, when opened). An empty
# graph holds no quad, so no query pattern matches it.
INDEX_BUILT_GRAPH = "urn:tradegraph:entity-index"

_TG = "https://w3id.org/tradegraph/ns#"
_ENTITY_PREFIX = "https://w3id.org/tradegraph/id/"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ENTITY_CLASSES = tuple(_TG + c for c in (
    "Country", "Region", "City", "Firm", "University", "GovernmentBody", "Organisation",
    "MediaOutlet", "Person", "Event", "Initiative", "Sector"))
INDEXED_PREDICATES = ("http://www.w3.org/2004/02/skos/core#prefLabel", _TG + "nameKey",
                      _TG + "locatedIn", _TG + "headquarteredIn", _TG + "hasOfficeIn")

_SUBJECT_START = f"<{_ENTITY_PREFIX}"
_PREDICATE_TOKENS = tuple(f"> <{p}> " for p in INDEXED_PREDICATES)
_TYPE_TOKENS = tuple(f"> <{_RDF_TYPE}> <{c}> ." for c in ENTITY_CLASSES)

_INDEXED_TRIPLE = (
    f"FILTER(STRSTARTS(STR(?s), \"{_ENTITY_PREFIX}\") && "
    f"(?p IN ({', '.join(f'<{p}>' for p in INDEXED_PREDICATES)}) || "
    f"(?p = <{_RDF_TYPE}> && ?o IN ({', '.join(f'<{c}>' for c in ENTITY_CLASSES)}))))")


def is_indexed(subject: str, predicate: str, obj: str) -> bool:
    """Whether a triple (its IRIs, and its object's value, as plain strings) is index material."""
    if not subject.startswith(_ENTITY_PREFIX):
        return False
    return predicate in INDEXED_PREDICATES or (predicate == _RDF_TYPE and obj in ENTITY_CLASSES)


def indexed_lines(ntriples: str) -> str:
    """The lines of a record's N-Triples (one ``s p o .`` per line) that are index material.

    >>> indexed_lines('<https://w3id.org/tradegraph/id/city/leeds> '
    ...               '<http://www.w3.org/2004/02/skos/core#prefLabel> "Leeds" .\\n'
    ...               '<https://w3id.org/tradegraph/record/r1> '
    ...               '<http://www.w3.org/2004/02/skos/core#prefLabel> "A record" .\\n')
    '<https://w3id.org/tradegraph/id/city/leeds> <http://www.w3.org/2004/02/skos/core#prefLabel> "Leeds" .\\n'
    """
    picked = []
    for line in ntriples.splitlines():
        if not line.startswith(_SUBJECT_START):
            continue
        # An IRI holds no ">", so the first one ends the subject.
        rest = line[line.find(">"):].rstrip()
        if rest.startswith(_PREDICATE_TOKENS) or rest.endswith(_TYPE_TOKENS):
            picked.append(line.rstrip() + "\n")
    return "".join(picked)


def replace_graph_update(graph_iri: str, ntriples: str) -> str:
    """One SPARQL Update that swaps a record graph and mends the index to match."""
    return (f"{_unindex(graph_iri)} ;\n{base.replace_graph_update(graph_iri, ntriples)} ;\n"
            f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} {_INDEXED_TRIPLE} }}")


def drop_graph_update(graph_iri: str) -> str:
    """One SPARQL Update that drops a record graph and what only it gave the index."""
    return f"{_unindex(graph_iri)} ;\nDROP SILENT GRAPH <{graph_iri}>"


def _unindex(graph_iri: str) -> str:
    # No join with the index: deleting a triple that is not there does nothing.
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph_iri}> {{ ?s ?p ?o }} {_INDEXED_TRIPLE}\n"
            f"  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{graph_iri}>) }} }}")


def rebuild_index_updates() -> list[str]:
    """SPARQL Updates that build the whole index again from every record graph (a store
    written before the index, crash recovery), to run in order.

    One update per predicate and per class, each an index range of the record graphs rather
    than a filter over every quad, and each its own transaction, so that memory is bounded by
    the largest (one update for all took 5.4 GiB at 100,000 records). ``INDEX_BUILT_GRAPH``
    comes last: a rebuild cut short is started again at the next open.
    """
    ranges = [f"GRAPH ?g {{ ?s <{p}> ?o }} BIND(<{p}> AS ?p)" for p in INDEXED_PREDICATES]
    ranges += [f"GRAPH ?g {{ ?s <{_RDF_TYPE}> <{c}> }} BIND(<{_RDF_TYPE}> AS ?p) BIND(<{c}> AS ?o)"
               for c in ENTITY_CLASSES]
    return ([f"DROP SILENT GRAPH <{INDEX_BUILT_GRAPH}> ;\nDROP SILENT DEFAULT"]
            + [f"INSERT {{ ?s ?p ?o }} WHERE {{ {pattern} "
               f"FILTER(STRSTARTS(STR(?s), \"{_ENTITY_PREFIX}\")) }}" for pattern in ranges]
            + [f"CREATE SILENT GRAPH <{INDEX_BUILT_GRAPH}>"])
