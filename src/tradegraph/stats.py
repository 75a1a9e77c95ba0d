"""Counts over the graph: records, triples, entities per type, relations per predicate, facts."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lookup import PREFIXES, _local
from .store.base import Store


@dataclass
class GraphStats:
    records: int = 0
    triples: int = 0
    entities: int = 0
    facts: int = 0
    types: dict[str, int] = field(default_factory=dict)
    predicates: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"records": self.records, "triples": self.triples, "entities": self.entities,
                "facts": self.facts, "entities_by_type": self.types,
                "relations_by_predicate": self.predicates}


def graph_stats(store: Store) -> GraphStats:
    """Distinct entities per type and distinct (subject, object) pairs per predicate."""
    stats = GraphStats()

    def count(sparql: str) -> int:
        rows = store.query(PREFIXES + sparql).rows
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    stats.records = count("SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a tg:Record }")
    stats.triples = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    stats.facts = count("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a tg:Fact }")
    # Over the entity index where the store keeps one: each entity once, where the record
    # graphs repeat it for every record that mentions it.
    for typ, n in store.query(PREFIXES + """
        SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e a ?type ; skos:prefLabel ?label .
          FILTER(STRSTARTS(STR(?type), STR(tg:)))
        } GROUP BY ?type ORDER BY DESC(?n)""", over_entity_index=True).rows:
        stats.types[_local(typ.value)] = int(n.value)
    stats.entities = sum(stats.types.values())
    for pred, n in store.query(PREFIXES + """
        SELECT ?pred (COUNT(*) AS ?n) WHERE {
          SELECT DISTINCT ?pred ?s ?o WHERE { GRAPH ?g { ?a a tg:Assertion ; rdf:predicate ?pred ;
                                                            rdf:subject ?s ; rdf:object ?o } }
        } GROUP BY ?pred ORDER BY DESC(?n)""").rows:
        stats.predicates[_local(pred.value)] = int(n.value)
    return stats
