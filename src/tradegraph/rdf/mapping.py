"""An extraction becomes one named graph, whose name is the record's IRI.

What the graph holds (all IRIs deterministic, no blank nodes, so that remote SPARQL
endpoints can take it and re-ingesting gives the same triples):

* the record node: ``tg:Record``, title, date, source, file hash;
* each entity: its ``tg:`` type, ``skos:prefLabel`` / ``skos:altLabel``, GeoNames
  ``owl:sameAs`` and ISO codes, and ``schema:mentions`` from the record;
* each relation twice: the plain triple ``s tg:p o`` (both directions for symmetric
  predicates) for simple queries, and an ``rdf:Statement``/``tg:Assertion`` node with the
  evidence sentence, offsets, method, confidence, role/topic and the record's date;
* each fact: a plain datatype triple ``s tg:employees 80000`` and a ``tg:Fact`` node with
  unit, qualifier, date and evidence.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from typing import Any

from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SDO, SKOS

from ..model import SYMMETRIC_PREDICATES, Evidence, Extraction
from .vocab import GEONAMES, ID, RECORD, TG

# IRI characters a source URL may not contain (RFC 3987 excludes; rdflib would emit bad N-Triples).
_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def entity_iri(entity_id: str) -> URIRef:
    return ID[entity_id]


def record_iri(record_id: str) -> URIRef:
    return RECORD[record_id]


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in (("tg", TG._NS), ("id", ID), ("rec", RECORD), ("skos", SKOS),
                       ("dct", DCTERMS), ("prov", PROV), ("schema", SDO), ("owl", OWL)):
        graph.bind(prefix, ns, override=True)
    return graph


def date_literal(value: str | None) -> Literal | None:
    """ISO date, year-month or year as the matching XSD type; anything else is not a date.

    >>> date_literal("2019-12").datatype == XSD.gYearMonth
    True
    """
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return None


def safe_source(url: str | None) -> URIRef | Literal | None:
    """A source URL as an IRI only when it is plain http(s); anything else stays a string."""
    if not url:
        return None
    if re.match(r"https?://", url, re.I) and not _UNSAFE_IRI.search(url):
        return URIRef(url)
    return Literal(url)


def value_literal(value: Any) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        if value.is_integer():
            return Literal(int(value), datatype=XSD.integer)
        return Literal(Decimal(repr(value)), datatype=XSD.decimal)
    dated = date_literal(str(value))
    return dated if dated is not None else Literal(str(value))


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _add_evidence(g: Graph, node: URIRef, evidence: Evidence) -> None:
    g.add((node, TG.evidenceText, Literal(evidence.text)))
    g.add((node, TG.evidenceStart, Literal(evidence.start, datatype=XSD.integer)))
    g.add((node, TG.evidenceEnd, Literal(evidence.end, datatype=XSD.integer)))


def to_graph(extraction: Extraction, *, sha256: str | None = None,
             file_name: str | None = None) -> Graph:
    """The record's named graph (an rdflib ``Graph`` whose identifier is the record IRI)."""
    rec = extraction.record
    rec_node = record_iri(rec.id)
    g = bind_prefixes(Graph(identifier=rec_node))
    rec_date = date_literal(rec.date)

    g.add((rec_node, RDF.type, TG.Record))
    g.add((rec_node, RDF.type, PROV.Entity))
    if rec.title:
        g.add((rec_node, DCTERMS.title, Literal(rec.title)))
    if rec_date is not None:
        g.add((rec_node, DCTERMS.date, rec_date))
    source = safe_source(rec.source)
    if source is not None:
        g.add((rec_node, DCTERMS.source, source))
    if sha256:
        g.add((rec_node, TG.sha256, Literal(sha256)))
    if file_name:
        g.add((rec_node, TG.fileName, Literal(file_name)))

    for e in extraction.entities:
        node = entity_iri(e.id)
        g.add((node, RDF.type, TG[e.type]))
        g.add((node, SKOS.prefLabel, Literal(e.name)))
        for alias in e.aliases:
            if alias != e.name:
                g.add((node, SKOS.altLabel, Literal(alias)))
        geonames = e.identifiers.get("geonames")
        if geonames and str(geonames).isdigit():
            g.add((node, OWL.sameAs, GEONAMES[f"{geonames}/"]))
        iso = e.identifiers.get("iso3166")
        if iso:
            g.add((node, TG.isoCode, Literal(iso)))
        g.add((rec_node, SDO.mentions, node))

    for r in extraction.relations:
        s, o, p = entity_iri(r.subject), entity_iri(r.object), TG[r.predicate]
        g.add((s, p, o))
        if r.predicate in SYMMETRIC_PREDICATES:
            g.add((o, p, s))
        # Attributes are part of the identity: one person can hold two roles at one firm.
        node = URIRef(f"{rec_node}/assertion/"
                      f"{_digest(r.subject, r.predicate, r.object, r.evidence.start, r.evidence.end, sorted(r.attributes.items()))}")
        g.add((node, RDF.type, TG.Assertion))
        g.add((node, RDF.type, RDF.Statement))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, PROV.wasDerivedFrom, rec_node))
        g.add((node, TG.confidence, Literal(round(float(r.confidence), 3), datatype=XSD.decimal)))
        if rec_date is not None:
            g.add((node, DCTERMS.date, rec_date))
        _add_evidence(g, node, r.evidence)
        for key, value in r.attributes.items():
            if key in ("role", "topic", "method") and value:
                g.add((node, TG[key], Literal(str(value))))

    for f in extraction.facts:
        s = entity_iri(f.subject)
        value = value_literal(f.value)
        g.add((s, TG[f.property], value))
        node = URIRef(f"{rec_node}/fact/{_digest(f.subject, f.property, f.value, f.evidence.start)}")
        g.add((node, RDF.type, TG.Fact))
        g.add((node, TG.about, s))
        g.add((node, TG.factProperty, TG[f.property]))
        g.add((node, RDF.value, value))
        g.add((node, PROV.wasDerivedFrom, rec_node))
        if f.unit:
            g.add((node, TG.unit, Literal(f.unit)))
        if f.qualifier:
            g.add((node, TG.qualifier, Literal(f.qualifier)))
        fact_date = date_literal(f.date)
        if fact_date is not None:
            g.add((node, TG.factDate, fact_date))
        if rec_date is not None:
            g.add((node, DCTERMS.date, rec_date))
        _add_evidence(g, node, f.evidence)
    return g
